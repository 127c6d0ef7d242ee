// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ibandetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestIbanDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void TestIbanDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    row("germany grouped", "IBAN: DE89 3704 0044 0532 0130 00", {"DE89 3704 0044 0532 0130 00"});
    row("germany compact", "DE89370400440532013000", {"DE89370400440532013000"});
    row("uk", "GB82 WEST 1234 5698 7654 32", {"GB82 WEST 1234 5698 7654 32"});
    row("france", "FR14 2004 1010 0505 0001 3M02 606", {"FR14 2004 1010 0505 0001 3M02 606"});
    row("netherlands", "NL91 ABNA 0417 1643 00", {"NL91 ABNA 0417 1643 00"});
    row("spain", "ES91 2100 0418 4502 0005 1332", {"ES91 2100 0418 4502 0005 1332"});
    row("italy", "IT60 X054 2811 1010 0000 0123 456", {"IT60 X054 2811 1010 0000 0123 456"});
    row("switzerland", "CH93 0076 2011 6238 5295 7", {"CH93 0076 2011 6238 5295 7"});
    row("austria", "AT61 1904 3002 3457 3201", {"AT61 1904 3002 3457 3201"});
    row("belgium", "BE68 5390 0754 7034", {"BE68 5390 0754 7034"});
    row("norway", "NO93 8601 1117 947", {"NO93 8601 1117 947"});
    row("poland", "PL61 1090 1014 0000 0712 1981 2874", {"PL61 1090 1014 0000 0712 1981 2874"});
    row("sweden", "SE45 5000 0000 0583 9825 7466", {"SE45 5000 0000 0583 9825 7466"});
    row("denmark", "DK50 0040 0440 1162 43", {"DK50 0040 0440 1162 43"});
    row("finland", "FI21 1234 5600 0007 85", {"FI21 1234 5600 0007 85"});
    row("ireland", "IE29 AIBK 9311 5212 3456 78", {"IE29 AIBK 9311 5212 3456 78"});
    row("portugal", "PT50 0002 0123 1234 5678 9015 4", {"PT50 0002 0123 1234 5678 9015 4"});
    row("lowercase", "de89 3704 0044 0532 0130 00", {"de89 3704 0044 0532 0130 00"});
    row("dashes", "DE89-3704-0044-0532-0130-00", {"DE89-3704-0044-0532-0130-00"});
    row("ocr merged groups", "DE89 37040044 0532 013000", {"DE89 37040044 0532 013000"});
    row("ocr split groups", "DE89 3704 00 44 0532 0130 00", {"DE89 3704 00 44 0532 0130 00"});
    row("ocr O for zero", "DE89 37O4 0044 0532 0130 00", {"DE89 37O4 0044 0532 0130 00"});
    row("ocr l for one", "AT61 l904 3002 3457 3201", {"AT61 l904 3002 3457 3201"});
    row("followed by text", "DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", {"DE89 3704 0044 0532 0130 00"});
    row("sentence end", "to NL91ABNA0417164300.", {"NL91ABNA0417164300"});
    row("two ibans", "DE89370400440532013000 or GB82WEST12345698765432",
        {"DE89370400440532013000", "GB82WEST12345698765432"});
    row("after non-ascii", "Überweisung an Zoë: BE68 5390 0754 7034", {"BE68 5390 0754 7034"});
    // Must not match
    row("bad checksum", "DE88 3704 0044 0532 0130 00", {});
    row("wrong length", "DE89 3704 0044 0532 0130 0", {});
    row("unknown country", "XX89 3704 0044 0532 0130 00", {});
    row("bic", "BIC COBADEFFXXX", {});
    row("bic short", "SWIFT: DEUTDEFF", {});
    row("card", "4111 1111 1111 1111", {});
    row("phone", "+49 221 4848176", {});
    row("order", "order DE12345", {});
    row("postcode", "DE-10115 Berlin", {});
    row("glued to a word", "XDE89370400440532013000", {});
    row("too long glued", "DE8937040044053201300012", {});
    row("version", "AB12 v1.2.3", {});
    row("product code", "SKU GB12 ABCD 1234", {});
}

void TestIbanDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    IbanDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

QTEST_GUILESS_MAIN(TestIbanDetector)
#include "test_ibandetector.moc"
