// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ssndetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestSsnDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void TestSsnDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    row("dashes", "My SSN is 743-40-4572.", {"743-40-4572"});
    row("dashes no context", "number 123-45-6789 on file", {"123-45-6789"});
    row("wrapped after a dash", "we need Lena's SSN, which is 463-\n16-5381. Thanks", {"463-\n16-5381"});
    row("wrapped quoted", "SSN 507-03-\n| 0491 and", {"507-03-\n| 0491"});
    row("spaces", "743 40 4572", {"743 40 4572"});
    row("bare with context", "Social Security number: 743404572", {"743404572"});
    row("bare ssn word", "SSN 123456789", {"123456789"});
    row("bare without context", "ref 743404572", {});
    row("area 000", "000-12-3456", {});
    row("area 666", "666-12-3456", {});
    row("area 9xx", "912-34-5678", {});
    row("group 00", "123-00-4567", {});
    row("serial 0000", "123-45-0000", {});
    row("phone", "617-555-0148", {});
    row("longer number", "1123-45-67890", {});
    // With words that say SSN (issue #18): every shape, nine bare digits included. Each context with each
    // shape of a different number.
    const char *const contexts[] = {"SSN", "SSN:", "SSN#", "SS#", "SS #:", "Social Security No.",
                                    "Social Security Number:", "my social security number is", "SSN is",
                                    "ssn -", "Soc. Sec. #", "SS No."};
    const char *const shapes[][4] = {
        {"536-22-1234", "536.22.1234", "536 22 1234", "536221234"},
        {"078-05-1120", "078.05.1120", "078 05 1120", "078051120"},
        {"219-09-9999", "219.09.9999", "219 09 9999", "219099999"},
        {"665-99-0001", "665.99.0001", "665 99 0001", "665990001"},
    };
    int variant = 0;
    for (const char *context : contexts) {
        for (int shape = 0; shape < 4; ++shape) {
            const QString ssn = QString::fromLatin1(shapes[variant % 4][shape]);
            QTest::addRow("context '%s' shape %d", context, shape)
                << QStringLiteral("%1 %2.").arg(QString::fromLatin1(context), ssn) << QStringList{ssn};
        }
        ++variant;
    }
    row("context on the line before", "Social Security Number\n899-01-0001", {"899-01-0001"});
    row("context after in parentheses", "number 536221234 (SSN) on file", {"536221234"});
    row("context after dashed", "536.22.1234 - SSN", {"536.22.1234"});
    row("dots without context", "number 536.22.1234 on file", {"536.22.1234"});
    row("context upper case", "SOCIAL SECURITY NUMBER: 536221234", {"536221234"});
    row("two with context", "SSN 536221234, spouse SSN 219099999", {"536221234", "219099999"});
    // Not an SSN even with the words nearby.
    row("context area 000", "SSN 000.12.3456", {});
    row("context area 666", "SSN: 666221234", {});
    row("context area 900", "SSN 900-22-1234", {});
    row("context area 999 dots", "SSN 999.22.1234", {});
    row("context group 00", "SS# 536 00 1234", {});
    row("context serial 0000", "Social Security No. 536220000", {});
    row("context ten digits", "SSN 5362212345", {});
    row("context eight digits", "SSN 53622123", {});
    row("context other number between", "SSN 536-22-1234, account 219099999", {"536-22-1234"});
    row("context word inside a word", "classnote 536221234", {});
    row("context far before", "SSN was asked for in the form we sent you last week; ref 536221234", {});
    row("bare without context 2", "Order 536221234 shipped", {});
    row("bare tracking", "tracking 536221234567", {});
    row("dots version", "version 536.22.1234", {});
    row("mixed separators", "SSN 536-22.1234", {});
    row("zip plus four", "Boston, MA 02134-1234", {});
    row("phone dots", "call 617.555.0148", {});
    row("date", "SSN updated 2024.03.19", {});
    row("ip address", "SSN host 192.168.22.1234", {});
    row("price", "SSN fee $536,221,234", {});
}

void TestSsnDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SsnDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

QTEST_GUILESS_MAIN(TestSsnDetector)
#include "test_ssndetector.moc"
