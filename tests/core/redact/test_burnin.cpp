// SPDX-License-Identifier: GPL-3.0-or-later
// Burn-in on real pixels: anti-aliased text drawn with QPainter, boxes as tight as a detector makes them.
#include "redact/burnin.h"

#include <QColorSpace>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Blackout;

namespace {

struct Drawn {
    QImage page;
    QRect secret;     ///< ink bounds of the secret word
    QRect neighbour;  ///< ink bounds of the word after it
};

QRect inkBounds(const QImage &image, const QRect &area)
{
    QRect r;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                r = r.united(QRect(x, y, 1, 1));
    return r;
}

// "secret neighbour" at pixelSize, anti-aliased, black on white.
Drawn drawLine(const QString &secret, int pixelSize = 20)
{
    Drawn d;
    d.page = QImage(600, 120, QImage::Format_RGB32);
    d.page.fill(Qt::white);
    QFont font;
    font.setPixelSize(pixelSize);
    const QFontMetrics fm(font);
    QPainter p(&d.page);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.setPen(Qt::black);
    const int baseline = 60;
    p.drawText(20, baseline, secret);
    const int next = 20 + fm.horizontalAdvance(secret + QStringLiteral("  "));
    p.drawText(next, baseline, QStringLiteral("neighbour"));
    p.end();
    d.secret = inkBounds(d.page, QRect(0, 0, next - 4, 120));
    d.neighbour = inkBounds(d.page, QRect(next, 0, 600 - next, 120));
    return d;
}

Hit hitFor(const QRect &box, PiiType type = PiiType::Email)
{
    Hit h;
    h.type = type;
    h.text = QStringLiteral("secret");
    h.boxes = {box};
    return h;
}

bool uniform(const QImage &image, const QRect &box, QRgb colour)
{
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            if (image.pixel(x, y) != colour)
                return false;
    return true;
}

} // namespace

class TestBurnIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noGlyphEdgeSurvives_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("pixelSize");
        QTest::addColumn<int>("shrink");
        QTest::addRow("email 20px, box 1px short") << QStringLiteral("amy.pascal@example.com") << 20 << 1;
        QTest::addRow("descenders 14px, box 2px short") << QStringLiteral("jpg Quigley") << 14 << 2;
        QTest::addRow("ascenders 32px, exact box") << QStringLiteral("Hbdfl 0171") << 32 << 0;
    }
    void noGlyphEdgeSurvives()
    {
        QFETCH(QString, secret);
        QFETCH(int, pixelSize);
        QFETCH(int, shrink);
        const Drawn d = drawLine(secret, pixelSize);
        QVERIFY(!d.secret.isEmpty());
        // A box that misses the outermost anti-aliased pixels, as character boxes from OCR often do.
        const QRect box = d.secret.adjusted(shrink, shrink, -shrink, -shrink);
        const RedactionSet set({hitFor(box)});
        const QImage out = BurnIn::apply(d.page, set);
        QCOMPARE(out.format(), QImage::Format_RGB32);
        const QList<QRect> filled = BurnIn::filledBoxes(d.page, set);
        QCOMPARE(filled.size(), 1);
        QVERIFY(filled.first().contains(d.secret));
        QVERIFY(uniform(out, filled.first(), qRgb(0, 0, 0)));
        // Nothing of the secret's ink is left outside the fill...
        const QRect around = d.secret.adjusted(-6, -6, 6, 6) & QRect(0, 0, d.neighbour.left() - 1, 120);
        for (int y = around.top(); y <= around.bottom(); ++y)
            for (int x = around.left(); x <= around.right(); ++x)
                if (!filled.first().contains(x, y))
                    QVERIFY2(out.pixel(x, y) == qRgb(255, 255, 255), qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
        // ...and the next word is untouched.
        QVERIFY(!filled.first().intersects(d.neighbour));
        QCOMPARE(out.copy(d.neighbour), d.page.copy(d.neighbour));
    }

    void layoutBoxLeavesTheLinesAboveAndBelowReadable()
    {
        // Three lines at a tight pitch, as an email layout sets them; the hit on the middle line comes
        // from the layout (a whole glyph cell, one line pitch tall) and must not reach its neighbours' ink.
        QImage page(600, 120, QImage::Format_RGB32);
        page.fill(Qt::white);
        QFont font;
        font.setPixelSize(28);
        const QFontMetrics fm(font);
        const int pitch = fm.height();
        QPainter p(&page);
        p.setFont(font);
        p.setPen(Qt::black);
        for (int line = 0; line < 3; ++line)
            p.drawText(10, 10 + line * pitch + fm.ascent(), QStringLiteral("Jgypq Qjg lines"));
        p.end();
        Hit hit = hitFor(QRect(10, 10 + pitch, fm.horizontalAdvance(QStringLiteral("Jgypq")), pitch).adjusted(-1, -1, 1, 1));
        hit.source = TextSource::Layout;
        const QImage out = BurnIn::apply(page, RedactionSet({hit}));
        const QRect above = inkBounds(page, QRect(0, 0, 600, 10 + pitch));
        const QRect below = inkBounds(page, QRect(0, 10 + 2 * pitch, 600, 120 - 10 - 2 * pitch));
        // Descenders of the line above and ascenders of the line below stay as they were, but for the
        // padding (1 px from detection, 2 px from burn-in) that clears anti-aliased fringes.
        QCOMPARE(out.copy(above.adjusted(0, 0, 0, -3)), page.copy(above.adjusted(0, 0, 0, -3)));
        QCOMPARE(out.copy(below.adjusted(0, 3, 0, 0)), page.copy(below.adjusted(0, 3, 0, 0)));
        QVERIFY(uniform(out, hit.boxes.first(), qRgb(0, 0, 0)));
    }

    void rejectedHitIsUntouched()
    {
        const Drawn d = drawLine(QStringLiteral("keep me"));
        RedactionSet set({hitFor(d.secret), hitFor(d.neighbour, PiiType::Name)});
        set.setDecision(0, Decision::Rejected);
        const QImage out = BurnIn::apply(d.page, set);
        QCOMPARE(out.copy(d.secret.adjusted(-3, -3, 3, 3)), d.page.copy(d.secret.adjusted(-3, -3, 3, 3)));
        QVERIFY(uniform(out, d.neighbour, qRgb(0, 0, 0)));
    }

    void typesSwitchedOffStartRejected()
    {
        Settings settings;
        settings.enabledTypes = {PiiType::Email};
        const RedactionSet set({hitFor(QRect(1, 1, 5, 5), PiiType::Email), hitFor(QRect(1, 1, 5, 5), PiiType::Name)},
                               settings);
        QVERIFY(set.isAccepted(0));
        QVERIFY(!set.isAccepted(1));
        QCOMPARE(set.boxesToRedact().size(), 1);
    }

    void manualRegionIsFilled()
    {
        QImage page(200, 100, QImage::Format_RGB32);
        page.fill(Qt::white);
        RedactionSet set;
        const int id = set.addRegion(QRect(50, 20, 40, 30));
        QVERIFY(set.moveRegion(id, QRect(60, 20, 40, 30)));
        const QImage out = BurnIn::apply(page, set);
        QVERIFY(uniform(out, QRect(58, 18, 44, 34), qRgb(0, 0, 0)));
        QCOMPARE(out.pixel(55, 35), qRgb(255, 255, 255));
        QVERIFY(set.removeRegion(id));
        QCOMPARE(BurnIn::apply(page, set), BurnIn::cleanCopy(page));
    }

    void largeRegionOnAPhotoGrowsOnlyALittle()
    {
        QImage page(400, 400, QImage::Format_RGB32);
        QRandomGenerator rng(5);
        for (int y = 0; y < 400; ++y)
            for (int x = 0; x < 400; ++x)
                page.setPixel(x, y, qRgb(int(rng.bounded(256)), int(rng.bounded(256)), int(rng.bounded(256))));
        RedactionSet set;
        set.addRegion(QRect(100, 100, 150, 150));
        const QRect filled = BurnIn::filledBoxes(page, set).first();
        QVERIFY(filled.contains(QRect(100, 100, 150, 150)));
        QVERIFY(QRect(92, 92, 166, 166).contains(filled));
    }

    void hideWidthRoundsUpAndPreviewMatches()
    {
        const Drawn shortText = drawLine(QStringLiteral("ab@c.de"));
        const Drawn longerText = drawLine(QStringLiteral("ab@cd.de"));
        RedactionOptions options;
        options.hideWidth = true;
        const QRect a = BurnIn::filledBoxes(shortText.page, RedactionSet({hitFor(shortText.secret)}), options).value(0);
        const QRect b = BurnIn::filledBoxes(longerText.page, RedactionSet({hitFor(longerText.secret)}), options).value(0);
        QVERIFY(a.width() >= shortText.secret.width());
        // Texts one character apart give bars of the same width: the length cannot be read off the bar.
        QCOMPARE(a.width(), b.width());
        // apply() changes exactly the pixels filledBoxes() reports.
        const RedactionSet set({hitFor(shortText.secret)});
        const QImage out = BurnIn::apply(shortText.page, set, options);
        QVERIFY(uniform(out, a, qRgb(0, 0, 0)));
        for (int y = 0; y < out.height(); ++y)
            for (int x = 0; x < out.width(); ++x)
                if (!a.contains(x, y))
                    QCOMPARE(out.pixel(x, y), shortText.page.pixel(x, y));
    }

    void colourStyle()
    {
        const Drawn d = drawLine(QStringLiteral("secret"));
        RedactionOptions options;
        options.style = RedactionStyleKind::Colour;
        options.colour = QColor(200, 30, 60, 100);   // transparency is ignored: fills are opaque
        const RedactionSet set({hitFor(d.secret)});
        const QImage out = BurnIn::apply(d.page, set, options);
        QVERIFY(uniform(out, BurnIn::filledBoxes(d.page, set, options).first(), qRgb(200, 30, 60)));
    }

    void labelStyleDrawsOnlyWhenItFits()
    {
        QImage page(400, 200, QImage::Format_RGB32);
        page.fill(Qt::white);
        RedactionOptions options;
        options.style = RedactionStyleKind::Label;
        const RedactionSet wide({hitFor(QRect(20, 20, 200, 30))});
        const QRect box = BurnIn::filledBoxes(page, wide, options).first();
        const QImage out = BurnIn::apply(page, wide, options);
        int light = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                light += qGray(out.pixel(x, y)) > 128;
        QVERIFY2(light > 20, "the [email] label is drawn in white on the black fill");
        QCOMPARE(out.pixel(box.left(), box.top()), qRgb(0, 0, 0));
        const RedactionSet narrow({hitFor(QRect(20, 20, 12, 30))});
        const QImage small = BurnIn::apply(page, narrow, options);
        QVERIFY(uniform(small, BurnIn::filledBoxes(page, narrow, options).first(), qRgb(0, 0, 0)));
    }

    void mosaicIsIndependentOfHiddenText()
    {
        auto page = [](const QString &text) {
            QImage image(300, 100, QImage::Format_RGB32);
            image.fill(Qt::white);
            QFont font;
            font.setPixelSize(20);
            QPainter p(&image);
            p.setFont(font);
            p.drawText(20, 60, text);
            return image;
        };
        struct { QImage page; } one{page(QStringLiteral("first secret"))}, two{page(QStringLiteral("other words!"))};
        QVERIFY(one.page != two.page);
        const QRect box(10, 30, 250, 45);
        RedactionOptions options;
        options.style = RedactionStyleKind::Mosaic;
        options.seed = 1234;
        RedactionSet setOne, setTwo;
        setOne.addRegion(box);
        setTwo.addRegion(box);
        const QImage outOne = BurnIn::apply(one.page, setOne, options);
        const QImage outTwo = BurnIn::apply(two.page, setTwo, options);
        const QRect filled = BurnIn::filledBoxes(one.page, setOne, options).first();
        QCOMPARE(filled, BurnIn::filledBoxes(two.page, setTwo, options).first());
        // Same seed, different hidden text: identical pixels, so nothing of the text is in them.
        QCOMPARE(outOne.copy(filled), outTwo.copy(filled));
        // And it is a mosaic, not a flat fill, and different with another seed.
        QVERIFY(!uniform(outOne, filled, outOne.pixel(filled.topLeft())));
        options.seed = 99;
        QVERIFY(BurnIn::apply(one.page, setOne, options).copy(filled) != outOne.copy(filled));
    }

    void transparentInputBecomesOpaque()
    {
        QImage page(50, 50, QImage::Format_ARGB32);
        page.fill(Qt::transparent);
        page.setText(QStringLiteral("Author"), QStringLiteral("someone"));
        const QImage out = BurnIn::apply(page, RedactionSet());
        QCOMPARE(out.format(), QImage::Format_RGB32);
        QCOMPARE(out.pixel(10, 10), qRgb(255, 255, 255));
        QVERIFY(out.textKeys().isEmpty());
        QVERIFY(!out.colorSpace().isValid());
    }

    void boxesOutsideThePageAreClipped()
    {
        QImage page(100, 50, QImage::Format_RGB32);
        page.fill(Qt::white);
        RedactionSet set({hitFor(QRect(80, 40, 100, 100)), hitFor(QRect(500, 500, 10, 10))});
        const QImage out = BurnIn::apply(page, set);
        QCOMPARE(out.size(), page.size());
        QCOMPARE(out.pixel(99, 49), qRgb(0, 0, 0));
        QCOMPARE(BurnIn::filledBoxes(page, set).size(), 1);
    }
};

QTEST_MAIN(TestBurnIn)
#include "test_burnin.moc"
