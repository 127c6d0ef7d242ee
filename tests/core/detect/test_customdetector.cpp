// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/customdetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestCustomDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void validate_data();
    void validate();
};

void TestCustomDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("employee id") << "Employee EMP-00412 and EMP-99" << QStringList{"EMP-\\d{5}"} << QStringList{"EMP-00412"};
    QTest::addRow("two patterns") << "case A-1 and project Falcon" << QStringList{"A-\\d", "Falcon"}
                                  << QStringList{"A-1", "Falcon"};
    QTest::addRow("invalid ignored") << "abc (" << QStringList{"(", "abc"} << QStringList{"abc"};
    QTest::addRow("empty pattern ignored") << "abc" << QStringList{""} << QStringList{};
    QTest::addRow("unicode") << "Kunde Müller-Lüdenscheidt" << QStringList{"\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+"}
                             << QStringList{"Müller-Lüdenscheidt"};
    QTest::addRow("no match") << "nothing here" << QStringList{"\\d+"} << QStringList{};
}

void TestCustomDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, expected);
    DetectionContext context;
    context.customPatterns = patterns;
    CustomDetector detector;
    QCOMPARE(foundTexts(detector, text, context), expected);
}

void TestCustomDetector::validate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("fine") << "EMP-\\d{5}" << true << QString();
    QTest::addRow("unbalanced") << "(abc" << false << "not a valid regular expression";
    QTest::addRow("bad quantifier") << "*abc" << false << "not a valid regular expression";
    QTest::addRow("empty") << "" << false << "empty";
    QTest::addRow("matches empty") << "a*" << false << "matches empty text";
}

void TestCustomDetector::validate()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const Status status = CustomDetector::validatePattern(pattern);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
    }
}

QTEST_GUILESS_MAIN(TestCustomDetector)
#include "test_customdetector.moc"
