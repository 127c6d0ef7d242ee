// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectorregistry.h"
#include "model/settings.h"

#include <QTest>

using namespace Blackout;

namespace {

constexpr qreal kCharWidth = 10;
constexpr qreal kLineHeight = 20;
constexpr qreal kLinePitch = 30;

// A layer with a box for every character: monospaced, one row per line, starting at (x0, y0).
TextLayer makeLayer(const QString &text, TextSource source = TextSource::Text, qreal x0 = 100, qreal y0 = 50,
                    float confidence = 1.0f)
{
    TextLayer layer(source);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        int col = 0;
        for (const QString &word : lines.at(l).split(QLatin1Char(' '))) {
            QList<QRectF> boxes;
            for (int i = 0; i < word.size(); ++i)
                boxes.append(QRectF(x0 + (col + i) * kCharWidth, y0 + l * kLinePitch, kCharWidth, kLineHeight));
            layer.appendWord(word, boxes, confidence);
            col += int(word.size()) + 1;
        }
        layer.endLine();
    }
    return layer;
}

QStringList hitTexts(const QList<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out.append(piiTypeId(h.type) + QLatin1Char(':') + h.text);
    return out;
}

} // namespace

class TestDetectorRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hits_data();
    void hits();
    void partialWordBoxes();
    void multiLineBoxes();
    void paddingScalesWithHeight();
    void twoLayersOneHit();
    void differentDataInTwoLayers();
    void secondReadingInOneLayer();
    void phoneOffsetsAfterNonAscii();
    void confidenceCombinesOcr();
    void enabledTypes();
    void fromSettings();
};

void TestDetectorRegistry::hits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("email beats name and url inside it")
        << "Write to amy.pascal@github.com now" << QStringList{"email:amy.pascal@github.com"};
    QTest::addRow("email in angle brackets") << "From: <amy@example.com>" << QStringList{"email:amy@example.com"};
    QTest::addRow("card beats phone") << "Card 4111 1111 1111 1111" << QStringList{"card:4111 1111 1111 1111"};
    QTest::addRow("iban beats phone") << "IBAN DE89 3704 0044 0532 0130 00"
                                      << QStringList{"iban:DE89 3704 0044 0532 0130 00"};
    QTest::addRow("iban keeps a card-like account number") << "IBAN DE95 4111 1111 1111 1111 00"
                                                           << QStringList{"iban:DE95 4111 1111 1111 1111 00"};
    QTest::addRow("ssn beats phone") << "SSN 743-40-4572" << QStringList{"ssn:743-40-4572"};
    QTest::addRow("ip not phone") << "from 139.57.71.219 today" << QStringList{"ip:139.57.71.219"};
    QTest::addRow("mixed line") << "Hi Amy, call +1 (617) 555-0148 or mail amy@example.com"
                                << QStringList{"name:Amy", "phone:+1 (617) 555-0148", "email:amy@example.com"};
    QTest::addRow("decoys only") << "Version 10.0.19045.1234 costs $1,299.00 on 18.08.2024, order #58213"
                                 << QStringList{};
    QTest::addRow("wrapped email reads as one") << "mail matthias.schroder@\nnorthwindtraders.com"
                                                << QStringList{"email:matthias.schroder@northwindtraders.com"};
    QTest::addRow("id: birth date and steuer-id in a body, iban stays iban")
        << "Date: 12.03.2024\nHello,\nmy date of birth: 12.03.1984, Steuer-ID 86095742719.\n"
           "IBAN DE89 3704 0044 0532 0130 00\nOrder 47036892816 shipped"
        << QStringList{"id:12.03.1984", "id:86095742719", "iban:DE89 3704 0044 0532 0130 00"};
    QTest::addRow("id loses to card") << "Passport No. 4111111111111111"
                                      << QStringList{"card:4111111111111111"};
    // A secret is stronger than a link, a phone number or a name; a link that carries a token stays a link
    // (its user name is hidden with it) and hides the token with it: one hit per datum.
    QTest::addRow("token in a personal link")
        << "https://example.com/account/reset?user=amy&token=6a7d01fabd6df9d0"
        << QStringList{"url:https://example.com/account/reset?user=amy&token=6a7d01fabd6df9d0"};
    QTest::addRow("access token in an api link")
        << "GET https://api.example.com/v1/me?access_token=Xk29fLq0Zr7TbW4nM8cVy3Ps"
        << QStringList{"url:https://api.example.com/v1/me?access_token=Xk29fLq0Zr7TbW4nM8cVy3Ps"};
    QTest::addRow("credentials in a database url") << "DATABASE_URL=postgres://app:S3cretPw9@db.example.com:5432/app"
                                                   << QStringList{"secret:app:S3cretPw9"};
    QTest::addRow("telegram token beats phone") << "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
                                                << QStringList{"secret:123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"};
    QTest::addRow("aws key beside a name") << "Amy Pascal: AKIAZ3MSJ5NQXR7TLW2P"
                                           << QStringList{"name:Amy Pascal", "secret:AKIAZ3MSJ5NQXR7TLW2P"};
    QTest::addRow("git log is no secret")
        << "commit 3f9a1c0e7b2d4f6a8c1e3b5d7f9a2c4e6b8d0f1a\nDate:   Thu Dec 3 05:52:22 2026\n\n    Rotate the token"
        << QStringList{};
    QTest::addRow("no-break spaces") << QStringLiteral("M 040\u00A076474086") << QStringList{"phone:040\u00A076474086"};
}

void TestDetectorRegistry::hits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Hit> hits = DetectorRegistry::standard().detect({makeLayer(text)}, DetectionContext());
    QCOMPARE(hitTexts(hits), expected);
}

void TestDetectorRegistry::partialWordBoxes()
{
    // "<amy@example.com>" is one word; the hit covers only the address, not the brackets.
    const QString text = QStringLiteral("From: <amy@example.com>");
    const QList<Hit> hits = DetectorRegistry::standard().detect({makeLayer(text)}, DetectionContext());
    QCOMPARE(hits.size(), 1);
    const Hit &hit = hits.first();
    QCOMPARE(hit.text, QStringLiteral("amy@example.com"));
    QCOMPARE(hit.start, int(text.indexOf(QLatin1Char('a'))));
    QCOMPARE(hit.boxes.size(), 1);
    // Characters 7..21 at 10 px each from x=100. A PDF text layer gives whole glyph cells: padded by
    // ceil(4% of 20 px) = 1 px (OCR boxes, tight on the ink, get 12%: see paddingScalesWithHeight).
    QCOMPARE(hit.boxes.first(), QRect(QPoint(100 + 7 * 10 - 1, 50 - 1), QPoint(100 + 22 * 10 + 1 - 1, 70 + 1 - 1)));
    QCOMPARE(hit.source, TextSource::Text);
    QCOMPARE(hit.layer, 0);
}

void TestDetectorRegistry::multiLineBoxes()
{
    const QString text = QStringLiteral("Send it to\n1185 Commonwealth Avenue\nBoston, MA 02134\nthanks");
    const QList<Hit> hits = DetectorRegistry::standard().detect({makeLayer(text)}, DetectionContext());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().type, PiiType::Address);
    QCOMPARE(hits.first().boxes.size(), 2);
    QVERIFY(hits.first().boxes.at(0).top() < 80 + 20 && hits.first().boxes.at(0).bottom() > 80);
    QVERIFY(hits.first().boxes.at(1).top() < 110 + 20 && hits.first().boxes.at(1).bottom() > 110);
    // The second fragment is "Boston, MA 02134": 16 characters from the line start.
    QCOMPARE(hits.first().boxes.at(1).width(), 16 * 10 + 2 * 1);
}

void TestDetectorRegistry::paddingScalesWithHeight()
{
    // OCR boxes: tiny text still gets at least 1 px; large text 12 % of its height.
    for (const auto &[height, pad] : {std::pair<qreal, int>{5, 1}, std::pair<qreal, int>{100, 12}}) {
        TextLayer layer(TextSource::Ocr);
        const QString word = QStringLiteral("203.0.113.9");
        QList<QRectF> boxes;
        for (int i = 0; i < word.size(); ++i)
            boxes.append(QRectF(10 + i * 10, 10, 10, height));
        layer.appendWord(word, boxes);
        const QList<Hit> hits = DetectorRegistry::standard().detect({layer}, DetectionContext());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().boxes.first().left(), 10 - pad);
        QCOMPARE(hits.first().boxes.first().height(), int(height) + 2 * pad);
    }
    // Glyph cells from a layout: 4 %, so a box does not reach into the lines above and below.
    TextLayer layout(TextSource::Layout);
    layout.appendWordSplitEvenly(QStringLiteral("203.0.113.9"), QRectF(10, 10, 110, 100));
    const QList<Hit> hits = DetectorRegistry::standard().detect({layout}, DetectionContext());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().boxes.first().height(), 100 + 2 * 4);
}

void TestDetectorRegistry::twoLayersOneHit()
{
    // The PDF text layer and OCR of the same pixels read the same address, OCR with one slip.
    const TextLayer text = makeLayer(QStringLiteral("Contact: amy.pascal@example.com"), TextSource::Text);
    const TextLayer ocr = makeLayer(QStringLiteral("Contact: amy.pascal©example.com"), TextSource::Ocr, 101, 51, 0.8f);
    const QList<Hit> hits = DetectorRegistry::standard().detect({text, ocr}, DetectionContext());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().layer, 0);
    QCOMPARE(hits.first().text, QStringLiteral("amy.pascal@example.com"));
}

void TestDetectorRegistry::differentDataInTwoLayers()
{
    // Same place, different data: two hits. Same data, different places: two hits.
    const TextLayer a = makeLayer(QStringLiteral("amy@example.com"), TextSource::Text);
    const TextLayer b = makeLayer(QStringLiteral("bob@contoso.org"), TextSource::Ocr);
    QCOMPARE(DetectorRegistry::standard().detect({a, b}, DetectionContext()).size(), 2);
    const TextLayer c = makeLayer(QStringLiteral("amy@example.com"), TextSource::Ocr, 100, 500);
    QCOMPARE(DetectorRegistry::standard().detect({a, c}, DetectionContext()).size(), 2);
}

void TestDetectorRegistry::secondReadingInOneLayer()
{
    // OCR reads a doubtful line twice and keeps both readings in one layer, at the same place. Where both
    // read the address alike it is one hit; where they differ, the report and the leak check keep both.
    TextLayer layer = makeLayer(QStringLiteral("Contact: amy.pascal@example.com"), TextSource::Ocr);
    layer.appendLayer(makeLayer(QStringLiteral("Contact amy.pascal@example.com."), TextSource::Ocr));
    const QList<Hit> same = DetectorRegistry::standard().detect({layer}, DetectionContext());
    QCOMPARE(hitTexts(same), QStringList{QStringLiteral("email:amy.pascal@example.com")});

    TextLayer differ = makeLayer(QStringLiteral("Contact: amy.pascal@example.com"), TextSource::Ocr);
    differ.appendLayer(makeLayer(QStringLiteral("Contact: amy.pasca1@example.com"), TextSource::Ocr));
    QCOMPARE(DetectorRegistry::standard().detect({differ}, DetectionContext()).size(), 2);

    // The same address on two lines, one read with a box tall enough to touch the other: two hits.
    TextLayer twoLines = makeLayer(QStringLiteral("amy.pascal@example.com"), TextSource::Ocr);
    twoLines.appendWordSplitEvenly(QStringLiteral("amy.pascal@example.com"), QRectF(100, 62, 220, 45));
    twoLines.endLine();
    QCOMPARE(DetectorRegistry::standard().detect({twoLines}, DetectionContext()).size(), 2);
}

void TestDetectorRegistry::phoneOffsetsAfterNonAscii()
{
    // libphonenumber reports UTF-8 byte offsets; the hit must still cover exactly the number's characters.
    const QString text = QStringLiteral("Grüße von Zoë 📞: +1 (617) 555-0148");
    const QList<Hit> hits = DetectorRegistry::standard().detect({makeLayer(text)}, DetectionContext());
    QStringList phones;
    for (const Hit &h : hits) {
        if (h.type == PiiType::Phone) {
            phones.append(h.text);
            QCOMPARE(h.start, int(text.indexOf(QLatin1Char('+'))));
            QCOMPARE(h.boxes.first().left(), 100 + int(text.indexOf(QLatin1Char('+'))) * 10 - 1);
        }
    }
    QCOMPARE(phones, QStringList{QStringLiteral("+1 (617) 555-0148")});
}

void TestDetectorRegistry::confidenceCombinesOcr()
{
    const QString text = QStringLiteral("IP 198.51.100.7");
    const QList<Hit> sure = DetectorRegistry::standard().detect({makeLayer(text, TextSource::Ocr, 0, 0, 1.0f)}, {});
    const QList<Hit> unsure = DetectorRegistry::standard().detect({makeLayer(text, TextSource::Ocr, 0, 0, 0.5f)}, {});
    QCOMPARE(sure.size(), 1);
    QCOMPARE(unsure.size(), 1);
    QVERIFY(sure.first().confidence > 0.8);
    QVERIFY(qAbs(unsure.first().confidence - sure.first().confidence * 0.5) < 1e-6);
}

void TestDetectorRegistry::enabledTypes()
{
    const TextLayer layer = makeLayer(QStringLiteral("amy@example.com +1 (617) 555-0148"));
    DetectionContext context;
    context.enabledTypes = {PiiType::Phone};
    QCOMPARE(hitTexts(DetectorRegistry::standard().detect({layer}, context)),
             QStringList{QStringLiteral("phone:+1 (617) 555-0148")});
    context.enabledTypes = {PiiType::Email};
    QCOMPARE(hitTexts(DetectorRegistry::standard().detect({layer}, context)),
             QStringList{QStringLiteral("email:amy@example.com")});
    // With links switched off, the token a link carries is still a secret.
    const TextLayer link = makeLayer(QStringLiteral("https://example.com/account/reset?user=amy&token=6a7d01fabd6df9d0"));
    context.enabledTypes = {PiiType::Secret, PiiType::Email};
    QCOMPARE(hitTexts(DetectorRegistry::standard().detect({link}, context)),
             QStringList{QStringLiteral("secret:6a7d01fabd6df9d0")});
}

void TestDetectorRegistry::fromSettings()
{
    Settings settings;
    settings.phoneRegion = QStringLiteral("de");
    settings.watchList = {QStringLiteral("Bluebird")};
    settings.customPatterns = {QStringLiteral("EMP-\\d+")};
    settings.bareDomainsAreUrls = true;
    settings.links = LinkPolicy::All;
    settings.enabledTypes = {PiiType::Name, PiiType::Custom};
    const QList<Person> people{Person{QStringLiteral("Amy Pascal"), QStringLiteral("amy@example.com")}};
    const DetectionContext context = DetectionContext::fromSettings(settings, people);
    QCOMPARE(context.phoneRegion, QStringLiteral("DE"));
    QCOMPARE(context.watchList, settings.watchList);
    QCOMPARE(context.customPatterns, settings.customPatterns);
    QVERIFY(context.bareDomainsAreUrls);
    QVERIFY(context.allLinks);
    QVERIFY(context.isEnabled(PiiType::Name));
    QVERIFY(!context.isEnabled(PiiType::Email));
    QCOMPARE(context.people.size(), 1);
    const QList<Hit> hits = DetectorRegistry::standard().detect(
        {makeLayer(QStringLiteral("pascal owns Bluebird, EMP-42, amy@example.com"))}, context);
    QCOMPARE(hitTexts(hits), QStringList({"name:pascal", "name:Bluebird", "custom:EMP-42"}));
}

QTEST_GUILESS_MAIN(TestDetectorRegistry)
#include "test_detectorregistry.moc"
