// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/carddetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestCardDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void TestCardDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    row("visa plain", "card 4111111111111111 on file", {"4111111111111111"});
    row("visa spaces", "4111 1111 1111 1111", {"4111 1111 1111 1111"});
    row("visa dashes", "4012-8888-8888-1881", {"4012-8888-8888-1881"});
    row("visa 13", "old card 4222222222222", {"4222222222222"});
    row("mastercard", "Mastercard 5555 5555 5555 4444", {"5555 5555 5555 4444"});
    row("mastercard 51", "5105-1051-0510-5100.", {"5105-1051-0510-5100"});
    row("mastercard 2-series", "2223 0031 2200 3222", {"2223 0031 2200 3222"});
    row("amex 4-6-5", "Amex 3782 822463 10005", {"3782 822463 10005"});
    row("amex plain", "371449635398431", {"371449635398431"});
    row("discover", "6011 1111 1111 1117", {"6011 1111 1111 1117"});
    row("discover 2", "6011-0009-9013-9424", {"6011-0009-9013-9424"});
    row("diners 14", "3056 9309 0259 04", {"3056 9309 0259 04"});
    row("diners 38", "38520000023237", {"38520000023237"});
    row("jcb", "JCB 3530 1113 3330 0000", {"3530 1113 3330 0000"});
    row("jcb 2", "3566-0020-2036-0505", {"3566-0020-2036-0505"});
    row("unionpay", "6200 0000 0000 0005", {"6200 0000 0000 0005"});
    row("maestro", "6759 6498 2643 8453", {"6759 6498 2643 8453"});
    row("in parentheses", "(4111 1111 1111 1111)", {"4111 1111 1111 1111"});
    row("after colon", "Card:4111111111111111", {"4111111111111111"});
    row("two cards", "4111111111111111 and 5555555555554444", {"4111111111111111", "5555555555554444"});
    row("after non-ascii", "Kreditkarte für Zoë: 4111 1111 1111 1111", {"4111 1111 1111 1111"});
    row("line end", "number\n4111 1111 1111 1111\nexp 12/27", {"4111 1111 1111 1111"});
    row("wrapped over lines", "my Discover card 6011 1111\n1111 1117, so", {"6011 1111\n1111 1117"});
    row("dash at line end", "my Visa card 4111-\n1111-1111-1111.", {"4111-\n1111-1111-1111"});
    // Must not match
    row("luhn fails", "4111 1111 1111 1112", {});
    row("unknown issuer", "9111 1111 1111 1115", {});
    row("too short", "4111 1111 111", {});
    row("too long run", "41111111111111111111111", {});
    row("last four", "card ending in 1111", {});
    row("expiry", "exp 12/27, CVV 123", {});
    row("phone", "+1 (617) 555-0148", {});
    row("order number", "order SO51794065", {});
    row("iban digits", "DE89 3704 0044 0532 0130 00", {});
    row("date", "2024-03-19 10:00", {});
    row("version", "10.0.19045.1234", {});
    row("price", "$4,111.11", {});
    row("ssn", "743-40-4572", {});
    row("tracking", "1Z999AA10123456784", {});
    row("isbn", "978-3-16-148410-0", {});
    row("part of decimal", "3.14159265358979323", {});
    row("inside a longer number", "x41111111111111119", {});
    row("amex wrong length", "3782 8224 6310 0051", {});
    row("mastercard wrong length", "5555 5555 5555 444", {});
}

void TestCardDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CardDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

QTEST_GUILESS_MAIN(TestCardDetector)
#include "test_carddetector.moc"
