// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namelexicon.h"
#include "detect/namespelling.h"
#include "model/textfold.h"

#include <QTest>

using namespace Blackout;

namespace {

// "Name <address>" entries separated by ";".
QList<Person> peopleOf(const QString &list)
{
    QList<Person> people;
    for (const QString &entry : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char('<'), 0, 0).trimmed();
        const QString address = entry.section(QLatin1Char('<'), 1).remove(QLatin1Char('>')).trimmed();
        people.append(Person{name, address});
    }
    return people;
}

} // namespace

class TestNameSpelling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void correct_data();
    void correct();
    void readSpellingsOutcountSlips();
};

void TestNameSpelling::correct_data()
{
    QTest::addColumn<QString>("people");
    QTest::addColumn<QString>("keys");     // name parts of the page's addresses, ","-separated
    QTest::addColumn<QString>("read");     // words read in full on the page, ","-separated
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QString>("expected"); // empty: taken as read

    QTest::addRow("first letter and two letters of a surname") << "Michael Whitfield" << "" << ""
                                                               << "Hichael kritfield" << "Michael Whitfield";
    QTest::addRow("one letter") << "Michael Whitfield" << "" << "" << "Michael Whitfie1d" << "";
    QTest::addRow("one letter, letters only") << "Michael Whitfield" << "" << "" << "Michael Whitfieid"
                                              << "Michael Whitfield";
    QTest::addRow("capital B for ß") << "Matthias Größler" << "" << "" << "Matthias GröBler" << "Matthias Größler";
    QTest::addRow("small b for ß") << "Sören Weiß" << "" << "" << "Sören Weib" << "Sören Weiß";
    QTest::addRow("b that is a b") << "Sören Weiß" << "" << "" << "Robert Weiß" << "";
    QTest::addRow("address gives the letters") << "" << "grossler,matthias" << "" << "Matthias GröBler"
                                               << "Matthias Grossler";
    QTest::addRow("a reading gives the accents") << "" << "grossler,matthias" << "Größler"
                                                 << "Matthias GröBler" << "Matthias Größler";
    QTest::addRow("all caps stay caps") << "Michael Whitfield" << "" << "" << "MICHAEL WHITFIELO"
                                        << "MICHAEL WHITFIELD";
    QTest::addRow("inverted with comma") << "Michael Whitfield" << "" << "" << "Whitfie1d, Hichael"
                                         << "Whitfie1d, Michael";
    QTest::addRow("a name of its own stays") << "Peter Jansen" << "" << "" << "Peter Hansen" << "";
    QTest::addRow("a common word stays") << "Anna Sharpe" << "" << "" << "Anna Shape" << "";
    QTest::addRow("short words stay") << "Ana Lee" << "" << "" << "Ama Lea" << "";
    QTest::addRow("two names as near: neither") << "Karla Zwonkel; Karla Zwonkal" << "" << ""
                                                << "Karla Zwonkil" << "";
    QTest::addRow("nothing known") << "" << "" << "" << "Hichael kritfield" << "";
    QTest::addRow("title and suffix are not names") << "Dr. Michael Whitfield Jr." << "" << ""
                                                    << "Dr. Hichael Whitfield" << "Dr. Michael Whitfield";
}

void TestNameSpelling::correct()
{
    QFETCH(QString, people);
    QFETCH(QString, keys);
    QFETCH(QString, read);
    QFETCH(QString, reading);
    QFETCH(QString, expected);
    NameSpelling spelling(NameLexicon::bundled());
    spelling.addPeople(peopleOf(people));
    const QStringList keyList = keys.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spelling.addKeys(QSet<QString>(keyList.cbegin(), keyList.cend()));
    for (const QString &word : read.split(QLatin1Char(','), Qt::SkipEmptyParts))
        spelling.addRead(word, 1);
    QCOMPARE(spelling.correct(reading, {}), expected);
}

void TestNameSpelling::readSpellingsOutcountSlips()
{
    // With nobody known from headers or addresses, the page's own readings decide: the spelling it shows
    // more often is the name, the rarer one its slip, never the other way round.
    NameSpelling spelling(NameLexicon::bundled());
    spelling.addRead(QStringLiteral("Zwonkarek"), 3);
    spelling.addRead(QStringLiteral("Zwonkaiek"), 1);
    const QHash<QString, int> times{{TextFold::nameKey(QStringLiteral("Zwonkarek")), 3},
                                    {TextFold::nameKey(QStringLiteral("Zwonkaiek")), 1}};
    QCOMPARE(spelling.correct(QStringLiteral("Ida Zwonkaiek"), times), QStringLiteral("Ida Zwonkarek"));
    QCOMPARE(spelling.correct(QStringLiteral("Ida Zwonkarek"), times), QString());
}

QTEST_GUILESS_MAIN(TestNameSpelling)
#include "test_namespelling.moc"
