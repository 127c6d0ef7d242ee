// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets found, replayed in the normal suite. Each must end with the same clear error.
#include "document/documentloader.h"

#include <QTest>

using namespace Blackout;

class TestFuzzFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("PNG chunk longer than the file") << "png-overlong-text-chunk.png" << "damaged or truncated";
    }

    void finding()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto opened = DocumentLoader::open(QStringLiteral(BLACKOUT_TEST_DATA "/hostile/") + file, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    }

    // Glyph boxes of a damaged PDF can lie anywhere: they are kept within a page's size of the page, so the
    // sums made with them later (a box grown by a margin) stay in range; the page is read as usual.
    void pdfGlyphBoxesStayNearThePage()
    {
        const auto opened = DocumentLoader::open(QStringLiteral(BLACKOUT_TEST_DATA "/hostile/pdf-glyphs-scaled-past-int.pdf"), {});
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const auto page = opened.value()->page(0);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        const QSize size = page->image.size();
        const QRectF near(-size.width(), -size.height(), 3.0 * size.width(), 3.0 * size.height());
        int words = 0;
        for (const TextLayer &layer : page->layers) {
            for (const Word &word : layer.words()) {
                QVERIFY2(near.contains(word.box) || word.box.isEmpty(), qPrintable(word.text));
                ++words;
            }
        }
        QVERIFY(words >= 5); // "Visible text on the page" and the hidden word
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "test_fuzzfindings.moc"
