// SPDX-License-Identifier: GPL-3.0-or-later
// A probe for development, not a test: prints the names NameDetector finds in each line of stdin ("\n" in a
// line is a line break; --ocr treats the text as read by OCR; --secret prints SecretDetector's finds instead).
// Build it on demand: `ninja detect_probe`.
#include "detect/namedetector.h"
#include "detect/secretdetector.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Blackout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const NameDetector names;
    const SecretDetector secrets;
    const Detector &detector = app.arguments().contains(QStringLiteral("--secret")) ? static_cast<const Detector &>(secrets)
                                                                                    : names;
    DetectionContext context;
    context.ocrText = app.arguments().contains(QStringLiteral("--ocr"));
    QTextStream in(stdin);
    QTextStream out(stdout);
    while (!in.atEnd()) {
        const QString text = in.readLine().replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        out << text.left(60).replace(QLatin1Char('\n'), QLatin1Char('|')) << "\n";
        for (const Match &m : detector.find(text, context))
            out << "    [" << text.mid(m.start, m.length) << "] " << m.certainty << "\n";
    }
    return 0;
}
