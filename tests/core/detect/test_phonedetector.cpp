// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/phonedetector.h"
#include "detecttesthelpers.h"

#include <QFile>
#include <QTest>

using namespace Blackout;

class TestPhoneDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void findInOcrText();
    void findInRegion_data();
    void findInRegion();
    void sampleMemo();
    void utf8Offsets_data();
    void utf8Offsets();
};

void TestPhoneDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    // Formats
    row("us parentheses", "Call +1 (617) 555-0148 today", {"+1 (617) 555-0148"});
    row("us dashes", "mobile 617-555-0193.", {"617-555-0193"});
    row("trunk zero read as @", "my mobile +44 (@0)7700 900881 or", {"+44 (@0)7700 900881"});
    row("trunk zero read as O", "office +44 (O)20 7946 0737.", {"+44 (O)20 7946 0737"});
    row("us dots", "Tel: 206.995.5622", {"206.995.5622"});
    row("international after a list's comma", "sohara:x:1004:1004:SIOBHAN O'HARA,Room 4.12,+353 1 555 0142,:/home",
        {"+353 1 555 0142"});
    row("us plain spaced", "Phone: 303 555 0119", {"303 555 0119"});
    row("us with country dashes", "+1-303-555-0119", {"+1-303-555-0119"});
    row("uk mobile", "Mob. 07700 900014", {"07700 900014"});
    row("uk trunk in parentheses", "+44 (0)7700 900881", {"+44 (0)7700 900881"});
    row("uk landline ext", "T 0161 496 0020 x204", {"0161 496 0020 x204"});
    row("ext word", "Tel: +44 (0)20 7946 0457 ext. 1856", {"+44 (0)20 7946 0457 ext. 1856"});
    row("german mobile", "Handy: 0160 8251080", {"0160 8251080"});
    row("german intl", "Phone: +49 (0)221 4848 176", {"+49 (0)221 4848 176"});
    row("german hamburg", "M 040 76474086", {"040 76474086"});
    row("french dotted", "Tel: 04.30.48.86.83", {"04.30.48.86.83"});
    row("french intl", "+33 6 67 08 23 87", {"+33 6 67 08 23 87"});
    row("spanish", "móvil 965 44 95 41", {"965 44 95 41"});
    row("spanish intl", "+34 933 266 477", {"+34 933 266 477"});
    row("two numbers", "T 415-913-5317 / Mob. 0160 8251080", {"415-913-5317", "0160 8251080"});
    row("nbsp-free after non-ascii", "Grüße aus Köln — Telefon +49 221 4848176", {"+49 221 4848176"});
    row("emoji before", "📞 +1 212 555 0147", {"+1 212 555 0147"});
    row("broken over lines", "reachable on 0221\n8041209 or by mail", {"0221\n8041209"});
    row("reference with a misread hyphen", "Invoice INV?2024-86134 - Mail", {});
    row("reference with O read as zero", "order P0-66523 (19 pallets) ships", {});
    row("glued one-letter label still", "T0161 496 0491", {"0161 496 0491"});
    row("broken between groups with an extension", "on my mobile 0161\n496 0405 x847 or leave", {"0161\n496 0405 x847"});
    row("broken inside a group", "at the office on 09 56 64 76\n09. Thanks", {"09 56 64 76\n09"});
    row("broken after a hyphen", "at the office on 303-555-\n0104 or by mail", {"303-555-\n0104"});
    row("valid number, house number below", "T: 06 89 70 93 31\n130 avenue Victor Hugo", {"06 89 70 93 31"});
    row("valid number, house number in pairs below", "Chloé Dubois, 01 79 88 72 24\n49 rue de la Paix, 13005 Marseille", {"01 79 88 72 24"});
    row("us number, house number below", "Tel: (212) 555-0103\n9631 Sunset Boulevard", {"(212) 555-0103"});
    row("reference broken after its hyphen", "Reference: INV-\n2024-67540.\nThanks", {});
    row("international broken", "reachable on +49 30\n2823386-0 or at anja@example.de", {"+49 30\n2823386-0"});
    row("signature pipe", "d.whitfield@hallorancapital.example | +1 617 555 0148", {"+1 617 555 0148"});
    row("split ocr boxes", "Call (617) 555 - 0148", {"(617) 555 - 0148"});
    row("bare digits with keyword", "Phone 6175550148", {"6175550148"});
    row("ocr glued label", "T0161 496 0491 ext. 1669 | M 07700 900078", {"0161 496 0491 ext. 1669", "07700 900078"});
    // Look-alikes that must not match
    row("glued to a word", "ABC0161 496 0491", {});
    row("date dots", "on 18.08.2024 we", {});
    row("date iso", "before 2024-03-19.", {});
    row("compact date", "before 2024-0319.", {});
    row("iso date and time in a commit list", "Hannah Okafor <h.okafor@lagosbridge.ng> 2024-03-18 11:15:00", {});
    row("iso date and an hour cut at its colon", "Fix crash (#412)  2024-03-12 10:", {});
    row("time", "at 14:30:00 sharp", {});
    row("price dollar", "charged $1,234,567.00 twice", {});
    row("price euro", "total 1.234.567,89 €", {});
    row("version four part", "client 10.0.19045.1234", {});
    row("version short", "v 4.12.0.318", {});
    row("ip address", "from 139.57.71.219 (Outlook)", {});
    row("order number", "order SO51794065 and order #5179406512", {});
    row("invoice number", "Invoice no. 4418 2290 551", {});
    row("ticket", "Ticket #31370001", {});
    row("isbn", "ISBN 978-3-16-148410-0", {});
    row("isbn bare", "9783161484100", {});
    row("card digits", "card 5596-8698-5385-1258", {});
    row("iban digits", "IBAN DE89 3704 0044 0532 0130 00", {});
    row("ssn shape", "SSN 743-40-4572", {});
    row("bare reference", "Ref 4521837744", {});
    row("postcode and house number", "Goethestraße 120\n20173 Hamburg", {});
}

void TestPhoneDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PhoneDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

void TestPhoneDetector::findInRegion_data()
{
    // Issue #18: national formats of the region setting, and international format whatever the setting.
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    struct Number {
        const char *region;
        const char *national;
        const char *international;
    };
    // Example numbers of each region's plan (libphonenumber's metadata), as people write them.
    const Number numbers[] = {
        {"US", "(201) 555-0123", "+1 201-555-0123"},     {"CA", "(506) 234-5678", "+1 506 234 5678"},
        {"GB", "07400 123456", "+44 7400 123456"},       {"GB", "020 7946 0018", "+44 20 7946 0018"},
        {"DE", "030 123456", "+49 30 123456"},           {"DE", "01512 3456789", "+49 1512 3456789"},
        {"FR", "01 23 45 67 89", "+33 1 23 45 67 89"},   {"FR", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"ES", "612 34 56 78", "+34 612 34 56 78"},      {"ES", "810 12 34 56", "+34 810 12 34 56"},
        {"IT", "312 345 6789", "+39 312 345 6789"},      {"IT", "02 1234 5678", "+39 02 1234 5678"},
        {"NL", "06 12345678", "+31 6 12345678"},         {"NL", "010 123 4567", "+31 10 123 4567"},
        {"SE", "08-12 34 56", "+46 8 12 34 56"},         {"SE", "070-123 45 67", "+46 70 123 45 67"},
        {"NO", "406 12 345", "+47 406 12 345"},          {"NO", "21 23 45 67", "+47 21 23 45 67"},
        {"DK", "32 12 34 56", "+45 32 12 34 56"},        {"DK", "20 12 34 56", "+45 20 12 34 56"},
        {"FI", "041 2345678", "+358 41 2345678"},        {"FI", "09 1234567", "+358 9 1234567"},
        {"CH", "044 668 18 00", "+41 44 668 18 00"},     {"CH", "078 123 45 67", "+41 78 123 45 67"},
        {"AT", "0664 123456", "+43 664 123456"},         {"AT", "01 234567890", "+43 1 234567890"},
        {"BE", "0470 12 34 56", "+32 470 12 34 56"},     {"BE", "02 123 45 67", "+32 2 123 45 67"},
        {"IE", "085 012 3456", "+353 85 012 3456"},      {"PT", "912 345 678", "+351 912 345 678"},
        {"PL", "512 345 678", "+48 512 345 678"},        {"AU", "0412 345 678", "+61 412 345 678"},
        {"JP", "090-1234-5678", "+81 90-1234-5678"},     {"IN", "081234 56789", "+91 81234 56789"},
        {"BR", "(11) 96123-4567", "+55 11 96123-4567"},
    };
    for (const Number &n : numbers) {
        const QString region = QString::fromLatin1(n.region);
        const QString national = QString::fromUtf8(n.national);
        const QString international = QString::fromUtf8(n.international);
        QTest::addRow("%s national %s", n.region, n.national)
            << region << QStringLiteral("Call me on %1 today.").arg(national) << QStringList{national};
        QTest::addRow("%s national alone %s", n.region, n.national) << region << national << QStringList{national};
        // International format is found under any setting: here the home region is another one.
        const QString other = region == QLatin1String("DE") ? QStringLiteral("US") : QStringLiteral("DE");
        QTest::addRow("%s international under %s", n.region, qPrintable(other))
            << other << QStringLiteral("Tel: %1").arg(international) << QStringList{international};
    }
    // Not phone numbers under a region setting.
    QTest::addRow("DE date") << "DE" << "am 12.03.2024 um 10:00" << QStringList{};
    QTest::addRow("DE postcode and city") << "DE" << "10115 Berlin" << QStringList{};
    QTest::addRow("DE price") << "DE" << "Preis 1.234,56 EUR" << QStringList{};
    QTest::addRow("FR order") << "FR" << "Commande n° 75002123" << QStringList{};
    QTest::addRow("GB invoice") << "GB" << "Invoice no. 4418 2290 551" << QStringList{};
    QTest::addRow("NL version") << "NL" << "versie 10.0.19045.1234" << QStringList{};
    QTest::addRow("SE org number") << "SE" << "Faktura 2024-118" << QStringList{};
    QTest::addRow("US tracking") << "US" << "Tracking 1Z999AA10123456784" << QStringList{};
}

void TestPhoneDetector::findInRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    DetectionContext context;
    context.phoneRegion = region;
    PhoneDetector detector;
    QCOMPARE(foundTexts(detector, text, context), expected);
}

void TestPhoneDetector::sampleMemo()
{
    // Issue 2: the body of resources/samples/leaked-memo.eml names two numbers in one sentence.
    QFile file(QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    QVERIFY(raw.contains(QLatin1String("+1 (617) 555-0148")));
    const QString sentence = QStringLiteral("If the auditors ask, refer them to me directly on +1 (617) 555-0148 or to "
                                            "Renée Castellanos on her mobile, 617-555-0193. Please do not put any of this in writing.");
    PhoneDetector detector;
    QCOMPARE(foundTexts(detector, sentence), QStringList({"+1 (617) 555-0148", "617-555-0193"}));
}

void TestPhoneDetector::utf8Offsets_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addRow("ascii") << QStringLiteral("Call ");
    QTest::addRow("latin-1") << QStringLiteral("Grüße, Renée: ");
    QTest::addRow("cjk") << QStringLiteral("電話番号 ");
    QTest::addRow("emoji surrogate pair") << QStringLiteral("📞📞 ");
    QTest::addRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral(" call ");
}

void TestPhoneDetector::utf8Offsets()
{
    QFETCH(QString, prefix);
    const QString text = prefix + QStringLiteral("+1 (617) 555-0148 and 617-555-0193");
    PhoneDetector detector;
    const QList<Match> matches = detector.find(text, DetectionContext());
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).start, int(prefix.size()));
    QCOMPARE(text.mid(matches.at(0).start, matches.at(0).length), QStringLiteral("+1 (617) 555-0148"));
    QCOMPARE(text.mid(matches.at(1).start, matches.at(1).length), QStringLiteral("617-555-0193"));
    const QList<int> map = PhoneDetector::utf8ToStringIndex(text);
    QCOMPARE(map.size(), int(text.toUtf8().size()) + 1);
}

void TestPhoneDetector::findInOcrText()
{
    DetectionContext ocr;
    ocr.ocrText = true;
    PhoneDetector detector;
    // "or" glued to the number, its o read as a zero.
    QCOMPARE(foundTexts(detector, QStringLiteral("on my mobile +33 6 41 70 63 730r leave a message"), ocr),
             QStringList{QStringLiteral("+33 6 41 70 63 73")});
    // Outside OCR text the digits are what the file says.
    QCOMPARE(foundTexts(detector, QStringLiteral("on my mobile +33 6 41 70 63 730r leave a message"), {}), QStringList{});
    // Not before a word: a code glued to a letter stays no number.
    QCOMPARE(foundTexts(detector, QStringLiteral("ref 0161 496 0730r."), ocr), QStringList{});
    // The trunk zero's closing parenthesis lost, the number broken over two lines.
    QCOMPARE(foundTexts(detector, QStringLiteral("the office on +33\n(0 64 1601 06."), ocr),
             QStringList{QStringLiteral("+33\n(0 64 1601 06")});
    // The bar between two numbers of a signature read as a one.
    QCOMPARE(foundTexts(detector, QStringLiteral("T (020) 7946 0737 1 M 0161 496 0575"), ocr),
             (QStringList{QStringLiteral("(020) 7946 0737"), QStringLiteral("0161 496 0575")}));
}

QTEST_GUILESS_MAIN(TestPhoneDetector)
#include "test_phonedetector.moc"
