// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/textlayer.h"

#include <QTest>
#include <QTransform>

using namespace Blackout;

class TestTextLayer : public QObject {
    Q_OBJECT
private:
    // "ab cd\nef": chars 10 px wide, line 0 at y=0, line 1 at y=20.
    static TextLayer twoLines()
    {
        TextLayer layer(TextSource::Layout);
        layer.appendWord(QStringLiteral("ab"), {QRectF(0, 0, 10, 12), QRectF(10, 0, 10, 12)});
        layer.appendWord(QStringLiteral("cd"), {QRectF(30, 0, 10, 12), QRectF(40, 0, 10, 12)});
        layer.endLine();
        layer.appendWord(QStringLiteral("ef"), {QRectF(0, 20, 10, 12), QRectF(10, 20, 10, 12)});
        return layer;
    }

private Q_SLOTS:
    void splitByShapeGivesPunctuationLittle()
    {
        // "Dubois," as OCR reads it in a greeting, 88 pixels wide: the name ends where its "s" does.
        TextLayer layer(TextSource::Ocr);
        layer.appendWordSplitByShape(QStringLiteral("Dubois,"), QRectF(592, 917, 88, 24));
        const QList<QRectF> name = layer.spanBoxes(0, 6);
        QCOMPARE(name.size(), 1);
        QVERIFY2(name.first().right() > 592 + 88 * 0.92, qPrintable(QString::number(name.first().right())));
        QCOMPARE(layer.charBox(6).right(), 592.0 + 88);   // the comma closes the word
        TextLayer even(TextSource::Ocr);
        even.appendWordSplitEvenly(QStringLiteral("Dubois,"), QRectF(592, 917, 88, 24));
        QVERIFY(even.spanBoxes(0, 6).first().right() < 592 + 88 * 0.9);   // what the even split left uncovered
    }

    void flatTextHasSeparators()
    {
        const TextLayer layer = twoLines();
        QCOMPARE(layer.text(), QStringLiteral("ab cd\nef"));
        QVERIFY(layer.charBox(2).isNull());
        QCOMPARE(layer.charBox(3), QRectF(30, 0, 10, 12));
    }

    void spanInsideWordCoversOnlyItsCharacters()
    {
        const TextLayer layer = twoLines();
        const QList<QRectF> boxes = layer.spanBoxes(4, 1); // "d"
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first(), QRectF(40, 0, 10, 12));
    }

    void spanOverTwoLinesGivesOneBoxPerLine()
    {
        const TextLayer layer = twoLines();
        const QList<QRectF> boxes = layer.spanBoxes(3, 5, 1); // "cd\nef"
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(0), QRectF(29, -1, 22, 14));
        QCOMPARE(boxes.at(1), QRectF(-1, 19, 22, 14));
    }

    void wrappedLineWithoutNewlineStillSplits()
    {
        TextLayer layer;
        layer.appendWord(QStringLiteral("x"), {QRectF(100, 0, 10, 12)});
        layer.appendWord(QStringLiteral("y"), {QRectF(0, 20, 10, 12)});
        QCOMPARE(layer.spanBoxes(0, layer.size()).size(), 2);
    }

    void wordsKnowTheirLines()
    {
        const QList<Word> words = twoLines().words();
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.at(2).text, QStringLiteral("ef"));
        QCOMPARE(words.at(2).line, 1);
        QCOMPARE(words.at(1).box, QRectF(30, 0, 20, 12));
    }

    void confidenceIsTheLowestOfTheSpan()
    {
        TextLayer layer;
        layer.appendWord(QStringLiteral("a"), {QRectF(0, 0, 5, 5)}, 0.9f);
        layer.appendWord(QStringLiteral("b"), {QRectF(9, 0, 5, 5)}, 0.4f);
        QCOMPARE(layer.spanConfidence(0, 3), 0.4f);
        QCOMPARE(layer.spanConfidence(0, 1), 0.9f);
    }

    void transformMapsBoxesBack()
    {
        TextLayer layer = twoLines();
        layer.transform(QTransform::fromScale(0.5, 0.5).translate(20, 40));
        QCOMPARE(layer.charBox(0), QRectF(10, 20, 5, 6));
        QVERIFY(layer.charBox(2).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTextLayer)
#include "test_textlayer.moc"
