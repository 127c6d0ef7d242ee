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
