// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectorregistry.h"
#include "detect/unreadtextfinder.h"

#include <QTest>

using namespace Blackout;

// One OCR word per entry, left to right on one line: text, glyph height (page pixels), confidence, and the
// width of each letter as a share of its height.
struct OcrWord {
    QString text;
    qreal height;
    float confidence;
    qreal widthShare = 0.6;
};
Q_DECLARE_METATYPE(OcrWord)

namespace {

TextLayer ocrLine(const QList<OcrWord> &words, TextSource source = TextSource::Ocr)
{
    TextLayer layer(source);
    qreal x = 10;
    for (const OcrWord &w : words) {
        const qreal width = w.height * w.widthShare;
        QList<QRectF> boxes;
        for (int i = 0; i < w.text.size(); ++i)
            boxes.append(QRectF(x + i * width, 20, width, w.height));
        layer.appendWord(w.text, boxes, w.confidence);
        x += (w.text.size() + 1) * width;
    }
    layer.endLine();
    return layer;
}

QStringList matchTexts(const TextLayer &layer)
{
    QStringList out;
    for (const Match &m : UnreadTextFinder::find(layer))
        out.append(layer.text().mid(m.start, m.length));
    return out;
}

} // namespace

class TestUnreadTextFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void secondReadingCountsAsRead();
    void onlyOcrIsDoubted();
    void detectorsWinTheOverlap();
    void switchedOffWithItsType();
};

void TestUnreadTextFinder::find_data()
{
    QTest::addColumn<QList<OcrWord>>("words");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QList<OcrWord> &words, const QStringList &expected) {
        QTest::addRow("%s", name) << words << expected;
    };
    // Doubtful readings in the shape of data: a person can read them, no detector could judge them.
    row("address-like", {{"Mail", 14, 0.95f}, {"jsm1th©exarnple", 14, 0.3f}}, {"jsm1th©exarnple"});
    row("link-like", {{"see", 14, 0.95f}, {"https:/lbit.ly", 14, 0.4f}}, {"https:/lbit.ly"});
    row("query-like", {{"id=8a7f6c", 14, 0.2f}}, {"id=8a7f6c"});
    row("domain-like", {{"mai1.ex,arnple.org", 14, 0.3f}}, {"mai1.ex,arnple.org"});
    row("international number", {{"Tel", 14, 0.9f}, {"+49176l234S67", 14, 0.35f}}, {"+49176l234S67"});
    row("order number", {{"Order", 14, 0.9f}, {"SO84651660", 14, 0.35f}}, {});
    row("reference number", {{"RE-2023-4881", 14, 0.35f}}, {});
    row("run on a line is one match", {{"jon@", 14, 0.3f}, {"ex.a.mple", 14, 0.3f}, {"ok", 14, 0.9f}},
        {"jon@ ex.a.mple"});
    // Text too small to read (a thumbnail): doubted unless read with high confidence, whatever it says.
    row("tiny word", {{"Hannah", 4, 0.6f}}, {"Hannah"});
    row("tiny but sure", {{"Hannah", 4, 0.9f}}, {});
    row("tiny address", {{"h.weiss@mail.de", 4, 0.5f}}, {"h.weiss@mail.de"});
    // Specks and grid lines of a scanned sheet of graph paper read as words of no shape.
    row("tiny dashes of a scanned grid", {{"Besmet", 5, 0.0f, 5.8}}, {});
    row("tiny specks", {{"meee", 5, 0.13f}, {"cocos", 5, 0.3f}, {"Arm", 5, 0.13f}, {"coapeg", 5, 0.02f}}, {});
    // Doubtful ordinary words, icons and toolbar labels hold no datum: boxing them only hides the page.
    row("doubtful word", {{"messages", 14, 0.3f}}, {});
    row("icon and label", {{"@Tag", 14, 0.3f}}, {});
    row("toolbar bars", {{"||reply||", 14, 0.3f}}, {});
    row("icons and labels run together", {{"®@Tag", 14, 0.3f}, {"x", 14, 0.9f}, {"Forward]@Archive]|", 14, 0.3f}}, {});
    row("address between capitalised words", {{"Anna@Mail.Com", 14, 0.3f}}, {"Anna@Mail.Com"});
    row("www before a host read with confidence", {{"www.", 14, 0.3f}, {"initech.de", 14, 0.95f}}, {});
    row("scheme alone", {{"https://", 14, 0.3f}}, {});
    row("www with its host", {{"www.ex4mple.org", 14, 0.3f}}, {"www.ex4mple.org"});
    row("window buttons", {{"=Jë]x", 14, 0.2f}}, {});
    row("two characters", {{"@x", 14, 0.1f}}, {});
    row("confident data", {{"jo@example.com", 14, 0.8f}}, {});
    row("short number", {{"12345", 14, 0.2f}}, {});
}

void TestUnreadTextFinder::find()
{
    QFETCH(QList<OcrWord>, words);
    QFETCH(QStringList, expected);
    QCOMPARE(matchTexts(ocrLine(words)), expected);
}

void TestUnreadTextFinder::secondReadingCountsAsRead()
{
    // The first reading of a line doubts a word; a second reading of the same pixels reads it with confidence.
    TextLayer layer = ocrLine({{"jo©exarnple", 14, 0.3f}});
    layer.appendLayer(ocrLine({{"jo@example", 14, 0.92f}}));
    QCOMPARE(matchTexts(layer), QStringList{});
}

void TestUnreadTextFinder::onlyOcrIsDoubted()
{
    // A PDF text layer's characters are what the file says, not a guess.
    QCOMPARE(matchTexts(ocrLine({{"jo©exarnple", 14, 0.3f}}, TextSource::Text)), QStringList{});
}

void TestUnreadTextFinder::detectorsWinTheOverlap()
{
    // A doubtful word that a detector still reads as a datum is that datum, not unread text.
    const TextLayer layer = ocrLine({{"Write", 14, 0.9f}, {"amy@example.com", 14, 0.4f}, {"x=17f3a9", 14, 0.3f}});
    QStringList hits;
    for (const Hit &h : DetectorRegistry::standard().detect({layer}, DetectionContext()))
        hits.append(piiTypeId(h.type) + QLatin1Char(':') + h.text);
    QCOMPARE(hits.join(u'|'), QStringLiteral("email:amy@example.com|unread:x=17f3a9"));
}

void TestUnreadTextFinder::switchedOffWithItsType()
{
    const TextLayer layer = ocrLine({{"x=17f3a9", 14, 0.3f}});
    DetectionContext context;
    context.enabledTypes = {PiiType::Email, PiiType::Name};
    QVERIFY(DetectorRegistry::standard().detect({layer}, context).isEmpty());
}

QTEST_GUILESS_MAIN(TestUnreadTextFinder)
#include "test_unreadtextfinder.moc"
