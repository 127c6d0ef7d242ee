// SPDX-License-Identifier: GPL-3.0-or-later
// The targeted leak check of pages Blackout laid out itself (issue #20) must catch what the full check
// catches: a redacted name that also stands outside any box, a box a pixel too short for its last glyph,
// a box filled with another colour, and text in the pixels that the page's text layer does not hold.
#include "export/exporter.h"
#include "export/leakcheck.h"
#include "redact/burnin.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QTest>

using namespace Blackout;

namespace {

// Lines of 20 px text drawn on white, as an email's layout draws them, with a Layout text layer giving the
// box of every character. Lines in `hidden` are drawn but left out of the text layer.
struct LaidOut {
    QImage image;
    TextLayer layer{TextSource::Layout};
};

LaidOut layOut(const QStringList &lines, const QList<int> &hidden = {})
{
    LaidOut page;
    page.image = QImage(720, 40 + 34 * int(lines.size()), QImage::Format_RGB32);
    page.image.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(20);
    const QFontMetricsF fm(font);
    QPainter painter(&page.image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i) {
        const qreal baseline = 40 + 34 * i;
        painter.drawText(QPointF(20, baseline), lines.at(i));
        if (hidden.contains(i))
            continue;
        for (const QString &word : lines.at(i).split(QLatin1Char(' '))) {
            const qsizetype at = lines.at(i).indexOf(word);
            QList<QRectF> boxes;
            for (qsizetype c = 0; c < word.size(); ++c) {
                const qreal left = 20 + fm.horizontalAdvance(lines.at(i).left(at + c));
                boxes.append(QRectF(left, baseline - fm.ascent(), fm.horizontalAdvance(word.at(c)), fm.height()));
            }
            page.layer.appendWord(word, boxes);
        }
        page.layer.endLine();
    }
    return page;
}

// The box of the nth occurrence of text in the layer, grown as a hit's box is.
QRect boxOf(const TextLayer &layer, const QString &text, int nth = 0)
{
    qsizetype at = layer.text().indexOf(text);
    for (int n = 0; n < nth; ++n)
        at = layer.text().indexOf(text, at + 1);
    return layer.spanBoxes(int(at), int(text.size())).first().toAlignedRect().adjusted(-2, -2, 2, 2);
}

Hit nameHit(const QRect &box, const QString &text = QStringLiteral("Amy Pascal"))
{
    Hit h;
    h.type = PiiType::Name;
    h.text = text;
    h.source = TextSource::Layout;
    h.boxes = {box};
    return h;
}

struct Checked {
    Result<QList<Leak>> leaks;
    QList<QRect> boxes;
};

// Burns the boxes in (with options), exports the page at its own size and runs the targeted check.
Checked check(const LaidOut &page, const QList<QRect> &boxes, const RedactionOptions &options = {},
              const QString &name = QStringLiteral("Amy Pascal"))
{
    QList<Hit> hits;
    for (const QRect &box : boxes)
        hits.append(nameHit(box, name));
    const RedactionSet set(hits);
    ExportRequest request;
    request.burnt = BurnIn::apply(page.image, set, options);
    request.preset = ExportPreset::byId(QStringLiteral("original")).value();
    const auto tiles = Exporter::renderTiles(request);
    LaidOutPage laidOut;
    laidOut.text = page.layer;
    laidOut.boxes = BurnIn::filledBoxes(page.image, set, options);
    laidOut.fill = RedactionOptions().fill();   // black: what the page is expected to hold
    return {LeakCheck::checkTargeted(tiles.value(), laidOut, set.redactedTexts()), laidOut.boxes};
}

QString describe(const Result<QList<Leak>> &leaks)
{
    if (!leaks)
        return leaks.error().message;
    QStringList out;
    for (const Leak &l : leaks.value())
        out.append(QStringLiteral("%1 at %2,%3 %4x%5").arg(l.text).arg(l.where.x()).arg(l.where.y()).arg(l.where.width()).arg(l.where.height()));
    return out.join(QStringLiteral("; "));
}

const QStringList kLines{QStringLiteral("From: Amy Pascal"), QStringLiteral("Subject: the budget"),
                         QStringLiteral("Hello team, the figures are attached."),
                         QStringLiteral("Regards, Amy Pascal")};

} // namespace

class TestTargetedLeakCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const auto engine = OcrEngine::forCurrentThread({});
        if (!engine)
            QSKIP(qPrintable(engine.error().message));
    }

    void silentWhenEveryOccurrenceIsCovered()
    {
        const LaidOut page = layOut(kLines);
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0),
                                       boxOf(page.layer, QStringLiteral("Amy Pascal"), 1)});
        QVERIFY2(c.leaks.ok() && c.leaks->isEmpty(), qPrintable(describe(c.leaks)));
    }

    void silentWhenTheWordsOfANameAreBoxedApart()
    {
        // The signature's given name and surname in boxes of their own: the space between them shows nothing.
        const LaidOut page = layOut(kLines);
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0),
                                       boxOf(page.layer, QStringLiteral("Amy"), 1),
                                       boxOf(page.layer, QStringLiteral("Pascal"), 1)});
        QVERIFY2(c.leaks.ok() && c.leaks->isEmpty(), qPrintable(describe(c.leaks)));
    }

    void firesOnANameOutsideAnyBox()
    {
        const LaidOut page = layOut(kLines);
        const QRect signature = boxOf(page.layer, QStringLiteral("Amy Pascal"), 1);
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0)});
        QVERIFY2(c.leaks.ok() && !c.leaks->isEmpty(), qPrintable(describe(c.leaks)));
        for (const Leak &leak : c.leaks.value()) {
            QCOMPARE(leak.text, QStringLiteral("Amy Pascal"));
            QVERIFY2(leak.where.intersects(signature), qPrintable(describe(c.leaks)));
        }
    }

    void foldsAsDetectionDoes()
    {
        // A redacted "Jörg Müller" written "Joerg Mueller" further down is the same name.
        const LaidOut page = layOut({QStringLiteral("From: Jörg Müller"), QStringLiteral("Regards, Joerg Mueller")});
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Jörg Müller"))}, {}, QStringLiteral("Jörg Müller"));
        QVERIFY2(c.leaks.ok() && !c.leaks->isEmpty(), qPrintable(describe(c.leaks)));
        for (const Leak &leak : c.leaks.value())   // from the text layer and from OCR, at the same place
            QVERIFY(leak.where.intersects(boxOf(page.layer, QStringLiteral("Joerg Mueller"))));
    }

    void firesOnABoxAPixelTooShort()
    {
        const LaidOut page = layOut(kLines);
        // The signature's box stops one pixel inside the last glyph's box: the edge of the l stays.
        const QRectF glyphs = page.layer.spanBoxes(int(page.layer.text().lastIndexOf(QStringLiteral("Amy Pascal"))), 10).first();
        // BurnIn pads every box: the box asked for is shorter by that padding too.
        const QRect tight = glyphs.toAlignedRect();
        QList<Hit> probe{nameHit(tight)};
        const int padding = BurnIn::filledBoxes(page.image, RedactionSet(probe)).first().right() - tight.right();
        QRect shortBox = tight;
        shortBox.setRight(int(std::floor(glyphs.right())) - 2 - padding);
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0), shortBox});
        QVERIFY2(c.leaks.ok() && c.leaks->size() >= 1, qPrintable(describe(c.leaks)));
        QVERIFY(c.leaks->first().where.intersects(shortBox.adjusted(0, 0, 4, 0)));
    }

    void firesOnABoxOfAnotherColour()
    {
        const LaidOut page = layOut(kLines);
        RedactionOptions red;
        red.style = RedactionStyleKind::Colour;
        red.colour = QColor(200, 0, 0);
        // The page says black; the boxes were filled red.
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0),
                                       boxOf(page.layer, QStringLiteral("Amy Pascal"), 1)}, red);
        QVERIFY(c.leaks.ok());
        QCOMPARE(c.leaks->size(), 2);
        QCOMPARE(c.leaks->first().where, c.boxes.first());
    }

    void readsTheLinesAroundABoxThatTheTextLayerLacks()
    {
        // The line under the greeting's box is in the pixels only (an image of a signature, say).
        const QStringList lines{QStringLiteral("From: Amy Pascal"), QStringLiteral("Amy Pascal (signed)"),
                                QStringLiteral("Subject: the budget")};
        const LaidOut page = layOut(lines, {1});
        const Checked c = check(page, {boxOf(page.layer, QStringLiteral("Amy Pascal"), 0)});
        QVERIFY2(c.leaks.ok() && c.leaks->size() == 1, qPrintable(describe(c.leaks)));
        QCOMPARE(c.leaks->first().text, QStringLiteral("Amy Pascal"));
        QVERIFY2(c.leaks->first().where.intersects(QRect(20, 52, 200, 24)), qPrintable(describe(c.leaks)));   // the hidden line
    }
};

QTEST_MAIN(TestTargetedLeakCheck)
#include "test_targetedleakcheck.moc"
