// SPDX-License-Identifier: GPL-3.0-or-later
// The layout helpers of the OCR: panels cut apart before reading, and lines the page layout left unread.
#include "ocr/missedtextfinder.h"
#include "ocr/ocrpreprocessor.h"
#include "ocr/panelsplitter.h"
#include "ocr/ruleremover.h"
#include "ocr/spellmarkremover.h"

#include <QFont>
#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace Blackout;

namespace {

// A mail client at device scale 1: a grey message list, a one-pixel border, a white reading pane.
QImage twoPanes(int borderX, bool drawBorder)
{
    QImage image(900, 500, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    p.fillRect(0, 60, borderX, 440, QColor(241, 243, 244));
    if (drawBorder)
        p.fillRect(borderX, 60, 1, 440, QColor(200, 200, 200));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(20, 30, QStringLiteral("Search mail"));
    for (int i = 0; i < 8; ++i) {
        p.drawText(12, 100 + 40 * i, QStringLiteral("Priya Hart  3:10 PM"));
        p.drawText(borderX + 20, 100 + 40 * i, QStringLiteral("I paid with my card 6011 7961 1906 5685."));
    }
    p.end();
    return image;
}

QImage smallTextBesideAvatar()
{
    QImage image(700, 60, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16);
    p.setFont(font);
    p.setPen(QColor(95, 99, 104));
    p.drawText(300, 36, QStringLiteral("daniel.hart@proton.me"));
    p.setBrush(QColor(40, 40, 40));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(640, 30), 24, 24);
    p.end();
    return image;
}

// A spreadsheet: rows of cells in a light grey grid, each address underlined by a spell checker's wave that
// joins its letters into one component as wide as the cell's text.
QImage cellsWithWavyUnderlines(int rows)
{
    QImage image(700, 30 + rows * 24, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    p.setFont(font);
    for (int r = 0; r <= rows; ++r) {
        p.setPen(QColor(190, 190, 190));
        p.drawLine(0, 10 + r * 24, 699, 10 + r * 24);
    }
    p.drawLine(100, 0, 100, image.height() - 1);
    p.drawLine(500, 0, 500, image.height() - 1);
    for (int r = 0; r < rows; ++r) {
        const int baseline = 28 + r * 24;
        p.setPen(QColor(20, 20, 20));
        p.drawText(104, baseline, QStringLiteral("someone.long-name%1@example.org").arg(r));
        p.setPen(QColor(60, 60, 60));
        for (int x = 104; x < 380; x += 4)
            p.drawLine(x, baseline + 1 + (x / 4) % 2 * 2, x + 4, baseline + 1 + (x / 4 + 1) % 2 * 2);
    }
    p.end();
    return image;
}

// A terminal's first header line right under the seam its coloured help bar leaves after polarity
// normalisation (a dark band touching the glyph tops), a thin rule below it, and a dark bar as tall as a line.
QImage lineUnderSeam()
{
    QImage image(600, 120, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(14);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(10, 30, QStringLiteral("From: Priya Hart <p.hart@gmail.com>"));
    p.fillRect(0, 14, 600, 7, Qt::black);    // the seam, down onto the capitals' tops
    p.fillRect(0, 40, 600, 1, Qt::black);    // a pane's border
    p.fillRect(0, 70, 600, 30, Qt::black);   // a dark bar: not a rule
    p.end();
    return image;
}

// A spreadsheet's cell as LibreOffice draws it: a name with a spell checker's red wave under it (a zigzag
// three pixels high, one step a pixel), a word in red text beside it and a straight red underline.
QImage nameOverAWave(const QColor &background, const QColor &ink)
{
    QImage image(420, 40, QImage::Format_RGB32);
    image.fill(background);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(ink);
    p.drawText(10, 20, QStringLiteral("Katarzyna Wójcik"));
    p.setPen(QColor(220, 30, 30));
    p.drawText(220, 20, QStringLiteral("OVERDUE mmm"));
    p.end();
    for (int x = 10; x < 130; ++x) {
        const int phase = x % 4;
        image.setPixel(x, 26 + (phase < 2 ? phase : 4 - phase), qRgb(255, 0, 0));
    }
    for (int x = 220; x < 330; ++x)
        image.setPixel(x, 34, qRgb(255, 0, 0));
    return image;
}

int darkIn(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += image.pixelColor(x, y).value() < 128;
    }
    return n;
}

} // namespace

class TestOcrLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void panelsSplitAtTheirBorder_data();
    void panelsSplitAtTheirBorder();
    void noPanelsNoSplit();
    void missedLineFound();
    void readLineNotFoundAgain();
    void underlinedCellsFoundInTheirGrid();
    void rulesTouchingTextAreCleared();
    void lineTouchingADarkBarKeepsItsPolarity();
    void lightLineOnAGreyGradientIsInverted();
    void darkTextOnAGreyBarOfADarkPageKeepsItsPolarity();
    void textBesideADarkColumnKeepsItsPolarity();
    void colouredTextOnADarkPanelKeepsItsLightness();
    void spellCheckWavesGoRedTextStays_data();
    void spellCheckWavesGoRedTextStays();
};

void TestOcrLayout::panelsSplitAtTheirBorder_data()
{
    QTest::addColumn<bool>("drawBorder");
    QTest::newRow("border line") << true;
    QTest::newRow("background change only") << false;
}

void TestOcrLayout::panelsSplitAtTheirBorder()
{
    QFETCH(bool, drawBorder);
    const int borderX = 320;
    const QList<QRect> panels = PanelSplitter::split(twoPanes(borderX, drawBorder));
    // The band above the panels, the list, the reading pane.
    QCOMPARE(panels.size(), 3);
    QCOMPARE(panels.at(0).top(), 0);
    QCOMPARE(panels.at(0).width(), 900);
    QVERIFY(panels.at(0).bottom() < 70);
    QVERIFY(qAbs(panels.at(1).right() - borderX) <= 2);
    QVERIFY(qAbs(panels.at(2).left() - borderX) <= 2);
    QCOMPARE(panels.at(2).right(), 899);
    // Together they cover the image once.
    int area = 0;
    for (const QRect &r : panels)
        area += r.width() * r.height();
    QCOMPARE(area, 900 * 500);
}

void TestOcrLayout::noPanelsNoSplit()
{
    QImage page(800, 600, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    p.setFont(font);
    for (int i = 0; i < 20; ++i)
        p.drawText(40, 40 + 25 * i, QStringLiteral("A paragraph of text | with a bar and lIl1 stems, line %1").arg(i));
    p.end();
    QCOMPARE(PanelSplitter::split(page), QList<QRect>{page.rect()});
}

void TestOcrLayout::missedLineFound()
{
    const QImage image = smallTextBesideAvatar();
    const QList<QRect> lines = MissedTextFinder::find(image, {}, 14);
    QCOMPARE(lines.size(), 1);   // the address; the avatar is no text
    QVERIFY(lines.first().contains(QRect(302, 22, 150, 14)));
    QVERIFY(lines.first().right() < 600);
}

void TestOcrLayout::readLineNotFoundAgain()
{
    const QImage image = smallTextBesideAvatar();
    QVERIFY(MissedTextFinder::find(image, {QRect(295, 15, 200, 30)}, 14).isEmpty());
}

void TestOcrLayout::underlinedCellsFoundInTheirGrid()
{
    constexpr int kRows = 6;
    const QImage image = cellsWithWavyUnderlines(kRows);
    // A word read next to the first cell reaches into its first letters: that is not the cell read.
    const QList<QRect> lines = MissedTextFinder::find(image, {QRect(60, 14, 70, 18)}, 11);
    QCOMPARE(lines.size(), kRows);
    for (int r = 0; r < kRows; ++r) {
        const QRect cellText(110, 18 + r * 24, 250, 10);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QRect &l) { return l.contains(cellText); }),
                 qPrintable(QString::number(r)));
    }
    for (const QRect &line : lines)
        QVERIFY(line.height() < 36); // about one row each, not the grid that joins them all
}

void TestOcrLayout::rulesTouchingTextAreCleared()
{
    QImage image = lineUnderSeam();
    const QRect glyphs(10, 22, 300, 10);   // below the seam: the rest of the text line
    const int glyphInk = darkIn(image, glyphs);
    QVERIFY(glyphInk > 200);
    QVERIFY(RuleRemover::remove(image, 10, 128) > 0);
    QCOMPARE(darkIn(image, QRect(400, 14, 190, 7)), 0);   // the seam beyond the text: gone
    QCOMPARE(darkIn(image, QRect(0, 40, 600, 1)), 0);     // the border: gone
    QCOMPARE(darkIn(image, glyphs), glyphInk);            // the glyphs below the seam: all kept
    QCOMPARE(darkIn(image, QRect(0, 70, 600, 30)), 600 * 30);   // the bar: kept
    QImage untouched = lineUnderSeam();
    QCOMPARE(RuleRemover::remove(untouched, 0, 128), 0);  // no text height measured: nothing to go by
}

void TestOcrLayout::lineTouchingADarkBarKeepsItsPolarity()
{
    // A terminal's help bar (light on black) with the first header line (dark on white) right under it, no gap:
    // the 24-pixel tiles on their border hold text of both polarities.
    // The bar ends 18 rows into a tile, as in a terminal at 1366x768.
    constexpr int barBottom = 42;
    QImage page(700, 80, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    p.fillRect(QRect(0, 22, 700, barBottom - 22), Qt::black);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(4, barBottom - 6, QStringLiteral("i:Exit  -:PrevPg  <Space>:NextPg  v:View Attachm.  d:Del  r:Reply"));
    p.setPen(Qt::black);
    p.drawText(4, barBottom + 10, QStringLiteral("From: Agnieszka Novakova <agnieszka_novakova22@contoso.co.uk>"));
    p.end();
    const QImage original = page;
    QVERIFY(OcrPreprocessor::normalisePolarity(page, true));
    // The line under the bar is left as it is, to the pixel...
    int changed = 0;
    for (int y = barBottom; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            changed += page.constScanLine(y)[x] != original.constScanLine(y)[x];
    }
    QCOMPARE(changed, 0);
    // ...and the bar becomes dark text on white, every row of it (its top edge, two rows at the foot of the
    // tile above, may stay: a thin rule that RuleRemover clears).
    for (int y = 24; y < barBottom; ++y)
        QVERIFY2(darkIn(page, QRect(0, y, 700, 1)) < 700 / 3, qPrintable(QStringLiteral("row %1").arg(y)));
}

void TestOcrLayout::lightLineOnAGreyGradientIsInverted()
{
    // A window's title bar: white bold text with a dark shadow on a grey gradient, a sliver of the white menu
    // bar below. White fills one level, the gradient spreads over many: the most common level is white.
    const auto titleBar = [](const QColor &text, const QColor &shadow) {
        QImage line(600, 26, QImage::Format_Grayscale8);
        for (int y = 0; y < 20; ++y)
            std::fill_n(line.scanLine(y), line.width(), uchar(182 - 28 * y / 19));
        for (int y = 20; y < line.height(); ++y)
            std::fill_n(line.scanLine(y), line.width(), uchar(250));
        QPainter p(&line);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        font.setBold(true);
        p.setFont(font);
        const QString title = QStringLiteral("RE: Background check for Matthias Schroder - Mail");
        p.setPen(shadow);
        p.drawText(11, 16, title);
        p.setPen(text);
        p.drawText(10, 15, title);
        p.end();
        return line;
    };
    QImage light = titleBar(Qt::white, QColor(110, 110, 110));
    QVERIFY(OcrPreprocessor::normaliseLinePolarity(light));
    QVERIFY(darkIn(light, QRect(10, 4, 400, 12)) > 400);   // the letters are dark now
    QImage dark = titleBar(Qt::black, QColor(200, 200, 200));
    QVERIFY(!OcrPreprocessor::normaliseLinePolarity(dark));
}

void TestOcrLayout::darkTextOnAGreyBarOfADarkPageKeepsItsPolarity()
{
    // A terminal's status bar in a dark theme: black bitmap text on a cyan bar (grey 144) that fills its 13
    // rows and straddles two tiles, on a black page. No tile there has empty background of the bar's level
    // between the letters, and the black below is most of each tile.
    QImage page(700, 96, QImage::Format_Grayscale8);
    page.fill(0);
    const QRect bar(0, 40, 700, 13);
    QPainter p(&page);
    p.fillRect(bar, QColor(144, 144, 144));
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(12);
    font.setStyleStrategy(QFont::NoAntialias);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(2, bar.bottom() - 2, QStringLiteral("-N  - 1/1: Mensah, Siobhan   Ticket BLK-1914: VPN keeps dropping on Rajesh's laptop"));
    p.setPen(Qt::white);
    p.drawText(2, 20, QStringLiteral("Cheers, Siobhan Mensah"));
    p.end();
    const QImage original = page;
    QVERIFY(OcrPreprocessor::normalisePolarity(page, true));
    // Every pixel of the bar's letters stays darker than the bar around it.
    int letters = 0, flipped = 0;
    for (int y = bar.top(); y <= bar.bottom(); ++y) {
        for (int x = bar.left(); x <= bar.right(); ++x) {
            if (original.constScanLine(y)[x] != 0)
                continue;
            ++letters;
            flipped += page.constScanLine(y)[x] >= 128;
        }
    }
    QVERIFY(letters > 1000);
    QCOMPARE(flipped, 0);
    // The white text above on black is inverted as before.
    QVERIFY(darkIn(page, QRect(0, 8, 300, 14)) > 100);
}


void TestOcrLayout::spellCheckWavesGoRedTextStays_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("ink");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(40, 40, 40) << QColor(230, 230, 230);
}

void TestOcrLayout::spellCheckWavesGoRedTextStays()
{
    QFETCH(QColor, background);
    QFETCH(QColor, ink);
    const QImage colour = nameOverAWave(background, ink);
    QImage gray = colour.convertToFormat(QImage::Format_Grayscale8);
    const QImage before = gray;
    const int backgroundLevel = before.pixelColor(0, 0).red();
    QVERIFY(SpellMarkRemover::remove(colour, gray) > 0);
    // The wave's rows hold nothing but background now...
    for (int y = 26; y <= 28; ++y) {
        for (int x = 0; x < 200; ++x)
            QCOMPARE(gray.pixelColor(x, y).red(), backgroundLevel);
    }
    // ...and every other pixel is as it was: the name, the red word (glyphs, not waves) and the straight line.
    int changedElsewhere = 0;
    for (int y = 0; y < gray.height(); ++y) {
        for (int x = 0; x < gray.width(); ++x)
            changedElsewhere += (y < 25 || y > 29 || x >= 200) && gray.constScanLine(y)[x] != before.constScanLine(y)[x];
    }
    QCOMPARE(changedElsewhere, 0);
}

void TestOcrLayout::textBesideADarkColumnKeepsItsPolarity()
{
    // A spreadsheet in a dark theme: light row numbers on a dark column, and white cells whose names start two
    // pixels after its edge. The 24-pixel tiles on that edge hold text of both polarities side by side.
    constexpr int edge = 40;
    QImage sheet(500, 280, QImage::Format_Grayscale8);
    sheet.fill(255);
    QPainter p(&sheet);
    p.fillRect(QRect(0, 0, edge, sheet.height()), QColor(50, 50, 50));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    p.setFont(font);
    const QStringList names{QStringLiteral("Lotte van der Berg"), QStringLiteral("Jürgen Weißmüller"),
                            QStringLiteral("Bjørn Åkesson"), QStringLiteral("Priya Raghunathan"),
                            QStringLiteral("Katarzyna Wójcik"), QStringLiteral("Okafor, Hannah")};
    for (int i = 0; i < 12; ++i) {
        const int baseline = 18 + 22 * i;
        p.setPen(QColor(220, 220, 220));
        p.drawText(12, baseline, QString::number(i + 2));
        p.setPen(Qt::black);
        p.drawText(edge + 2, baseline, names[i % names.size()]);
    }
    p.end();
    const QImage original = sheet;
    QVERIFY(OcrPreprocessor::normalisePolarity(sheet, true));
    int changed = 0;
    for (int y = 0; y < sheet.height(); ++y) {
        for (int x = edge; x < sheet.width(); ++x)
            changed += sheet.constScanLine(y)[x] != original.constScanLine(y)[x];
    }
    QCOMPARE(changed, 0);   // the cells, their first letters included, as they were
    QVERIFY(darkIn(sheet, QRect(0, 0, edge - 2, sheet.height())) < edge * sheet.height() / 4);   // the column turned
}

void TestOcrLayout::colouredTextOnADarkPanelKeepsItsLightness()
{
    // A dark mail client's header: green names on dark grey (Claws Mail: #047804 on #2D2D2D, 17 levels apart in
    // luminance), and a blue selection bar with white text below it.
    QImage colour(600, 80, QImage::Format_RGB32);
    colour.fill(QColor(45, 45, 45));
    QPainter p(&colour);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(QColor(4, 120, 4));
    p.drawText(10, 20, QStringLiteral("Ingrid Solberg-Haugen <ingrid.solberg-haugen@fjellpost.no>"));
    p.fillRect(QRect(0, 40, 600, 40), QColor(53, 132, 228));   // across the tiles' edge at 48
    p.setPen(Qt::white);
    p.drawText(10, 64, QStringLiteral("Visit on 22 May - directions   David J. Bradford"));
    p.end();
    const QImage gray = OcrPreprocessor::toGray(colour);
    const QImage luminance = colour.convertToFormat(QImage::Format_Grayscale8);
    int brightest = 0;
    for (int y = 0; y < 30; ++y) {
        for (int x = 0; x < gray.width(); ++x)
            brightest = std::max(brightest, int(gray.constScanLine(y)[x]));
    }
    QVERIFY2(brightest >= 100, qPrintable(QString::number(brightest)));   // the green letters stand out (luminance: 62 at most)
    QCOMPARE(gray.pixelColor(300, 32).red(), luminance.pixelColor(300, 32).red());   // the panel as it was
    for (int y = 44; y < 80; ++y) {   // the blue bar and its text as they were, but for its top edge
        QVERIFY(std::equal(gray.constScanLine(y), gray.constScanLine(y) + gray.width(), luminance.constScanLine(y)));
    }
}

QTEST_MAIN(TestOcrLayout)
#include "test_ocrlayout.moc"
