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

    // Without separators: a bare run counts when Luhn-valid and of a real issuer, with or without words
    // around it (issue #18). Each number alone, alone on its line of a short email, and beside words.
    const char *const bare[] = {
        "4111111111111111",    "4012888888881881",    "4222222222222",       "4000056655665556",
        "4917610000000000003", "5555555555554444",    "5105105105105100",    "5425233430109903",
        "2223003122003222",    "2221000000000009",    "2720991234567894",    "371449635398431",
        "378282246310005",     "340000000000009",     "6011111111111117",    "6445644564456445",
        "6229250000000003",    "601111111111111114",  "6500000000000000003", "30569309025904",
        "38520000023237",      "36227206271667",      "30950000000000",      "3530111333300000",
        "3566002020360505",    "352800000000000007",  "6200000000000005",    "6250941006528599",
        "62212611111111116",   "621234567890123457",  "6759649826438453",    "6799990100000000019",
        "6304000000000000",    "5018000000007",       "5038000000000000005", "2200000000000004",
    };
    for (const char *number : bare) {
        const QString n = QString::fromLatin1(number);
        QTest::addRow("bare alone %s", number) << n << QStringList{n};
        QTest::addRow("bare own line %s", number) << QStringLiteral("Hi,\n\n%1\n\nThanks").arg(n) << QStringList{n};
        QTest::addRow("bare in words %s", number) << QStringLiteral("paid with %1 yesterday.").arg(n) << QStringList{n};
    }
    row("bare after label", "Card number: 5555555555554444", {"5555555555554444"});
    row("bare amex in parentheses", "(371449635398431)", {"371449635398431"});
    row("bare then expiry", "4111111111111111 12/27", {"4111111111111111"});
    row("bare maestro 12 with context", "Maestro card 501800000009", {"501800000009"});
    row("visa dots", "card 4111.1111.1111.1111 exp", {"4111.1111.1111.1111"});
    row("amex dots", "3782.822463.10005", {"3782.822463.10005"});
    row("diners dots 4-6-4", "3056.930902.5904", {"3056.930902.5904"});
    row("dots luhn fails", "4111.1111.1111.1112", {});
    row("dots part of a longer dotted number", "1.4111.1111.1111.1111", {});
    row("dots decimal groups", "4111.1111.1111.1111.5", {});
    row("iban account with a card-like head", "IBAN DE95 4111 1111 1111 1111 00", {});
    row("iban account dashes", "GB33-4111-1111-1111-1111", {});
    // Bare runs that are no card.
    row("bare after tracking label", "Tracking: 4111111111111111", {});
    row("bare after order number label", "Order no. 5555555555554444", {});
    row("bare after imei label", "IMEI 4917610000000000003", {});
    row("bare after transaction id", "Transaction ID: 6011111111111117", {});
    row("grouped after order label is still a card", "Order: 4111 1111 1111 1111", {"4111 1111 1111 1111"});
    row("bare after paid with", "order paid with 4111111111111111", {"4111111111111111"});
    row("bare maestro 12 without context", "order 501800000009", {});
    row("bare luhn fails", "5555555555554445", {});
    row("bare unknown issuer 9", "9111111111111115", {});
    row("bare unknown issuer 1", "1234567812345670", {});
    row("bare mastercard past 2720", "2721000000000004", {});
    row("bare visa 15 digits", "490154203237518", {});
    row("bare jcb 15 digits imei", "IMEI 356938035643809", {});
    row("bare amex 16 digits", "3714496353984310", {});
    row("bare twenty digits", "41111111111111111111", {});
    row("ups tracking", "Tracking: 1Z999AA10123456784", {});
    row("usps tracking", "USPS 9400111899223197428490", {});
    row("fedex tracking", "FedEx 123456789012", {});
    row("isbn 13", "ISBN 9783161484100", {});
    row("isbn 13 dashes", "ISBN 978-0-306-40615-7", {});
    row("git hash", "commit 4111111111111111a3f9c2e7d8b6a5f4c3d2e1f0", {});
    row("hash with digit run", "sha 9f86d081884c7d659a2feaa0c55ad0154111111111111111", {});
    row("uuid", "id 4111a111-1111-4111-8111-411111111111", {});
    row("invoice prefix", "Invoice INV-4111111111111111", {});
    row("order glued letters", "Order SO4111111111111111", {});
    row("phone e164 luhn valid", "call +4915112345678", {});
    row("date time stamp", "20240319101500", {});
    row("unix ms timestamp", "1700000000000", {});
    row("price with cents", "total 4111111111111.11 USD", {});
    row("decimal", "0.4111111111111111", {});
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
