// SPDX-License-Identifier: GPL-3.0-or-later
// dump_text FILES...: what Blackout reads on every page (each text layer, its source) and the hits it finds.
// A development aid for detection work: shows OCR slips next to what the detectors made of them.
#include "document/documentloader.h"
#include "ocr/ocrpreprocessor.h"
#include "pipeline/pageprocessor.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

using namespace Blackout;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const PageProcessor processor{Settings{}};
    QStringList paths = app.arguments().mid(1);
    // --prepared DIR: also write the image OCR is given for each page, to see what preprocessing made of it.
    QString preparedDir;
    if (paths.size() > 1 && paths.first() == QLatin1String("--prepared")) {
        preparedDir = paths.at(1);
        paths = paths.mid(2);
    }
    // --words: also every word of the layers with its box and confidence.
    const bool words = !paths.isEmpty() && paths.first() == QLatin1String("--words");
    if (words)
        paths = paths.mid(1);
    for (const QString &path : paths) {
        auto document = DocumentLoader::open(path);
        if (!document) {
            out << path << ": " << document.error().message << "\n";
            continue;
        }
        for (int i = 0; i < document.value()->pageCount(); ++i) {
            auto page = processor.process(*document.value(), i);
            if (!page) {
                out << path << " p" << i + 1 << ": " << page.error().message << "\n";
                continue;
            }
            if (!preparedDir.isEmpty()) {
                const QString name = QStringLiteral("%1/%2-p%3.png").arg(preparedDir, QFileInfo(path).completeBaseName()).arg(i + 1);
                const PreparedImage prepared = OcrPreprocessor::prepare(page.value().image, {}, PreprocessOptions{});
                prepared.image.save(name);
                out << name << ": resolution " << prepared.resolution << ", scale " << prepared.scale << "\n";
            }
            for (const TextLayer &layer : page.value().layers)
            {
                out << "=== " << path << " p" << i + 1 << " layer " << int(layer.source()) << "\n" << layer.text() << "\n";
                if (!words)
                    continue;
                for (const Word &w : layer.words()) {
                    const QRect b = w.box.toAlignedRect();
                    out << "  " << w.line << "\t" << w.text << "\t" << b.x() << "," << b.y() << " " << b.width() << "x"
                        << b.height() << "\t" << w.confidence << "\n";
                }
            }
            out << "--- hits\n";
            for (const Hit &hit : page.value().hits)
                out << piiTypeId(hit.type) << "\t" << hit.text << "\n";
        }
    }
    return 0;
}
