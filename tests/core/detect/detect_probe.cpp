// SPDX-License-Identifier: GPL-3.0-or-later
// A probe for development, not a test: prints the names NameDetector finds in each line of stdin ("\n" in a
// line is a line break; --ocr treats the text as read by OCR; --id or --secret, --phone or --address print what
// that detector finds instead). Build it on demand: `ninja detect_probe`.
#include "detect/addressdetector.h"
#include "detect/iddetector.h"
#include "detect/namedetector.h"
#include "detect/phonedetector.h"
#include "detect/secretdetector.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Blackout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const NameDetector names;
    const IdDetector ids;
    const SecretDetector secrets;
    const PhoneDetector phones;
    const AddressDetector addresses;
    const QStringList args = app.arguments();
    const Detector &detector = args.contains(QStringLiteral("--id"))       ? static_cast<const Detector &>(ids)
                               : args.contains(QStringLiteral("--phone"))  ? static_cast<const Detector &>(phones)
                               : args.contains(QStringLiteral("--address")) ? static_cast<const Detector &>(addresses)
                               : args.contains(QStringLiteral("--secret")) ? static_cast<const Detector &>(secrets)
                                                                            : names;
    DetectionContext context;
    context.ocrText = app.arguments().contains(QStringLiteral("--ocr"));
    QTextStream in(stdin);
    QTextStream out(stdout);
    while (!in.atEnd()) {
        const QString text = in.readLine().replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        out << text.left(60).replace(QLatin1Char('\n'), QLatin1Char('|')) << "\n";
        for (const Match &m : detector.find(text, context))
            out << "    [" << text.mid(m.start, m.length) << "] " << m.certainty
                << (m.reading.isEmpty() ? QString() : QStringLiteral(" read as [%1]").arg(m.reading)) << "\n";
    }
    return 0;
}
