// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namedetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestNameDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void personKeys();
    void givenNamesLoaded();
};

void TestNameDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people"); // "Display Name|address"
    QTest::addColumn<QStringList>("watch");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ocr");
    const QStringList kowalski{QStringLiteral("Kowalski, Marcus|m.kowalski@proton.me"),
                               QStringLiteral("Matthias Schröder|matthias.schroder@northwindtraders.com")};
    const auto row = [](const char *name, const QString &text, const QStringList &people, const QStringList &watch,
                        const QStringList &expected, bool ocr = false) {
        QTest::addRow("%s", name) << text << people << watch << expected << ocr;
    };
    // (1) People of the headers
    row("full name", "I spoke with Marcus Kowalski today.", kowalski, {}, {"Marcus Kowalski"});
    row("last, first", "Kowalski, Marcus", kowalski, {}, {"Kowalski", "Marcus"});
    row("first alone", "Thanks Matthias for the help", kowalski, {}, {"Matthias"});
    row("possessive", "Matthias's SSN and Kowalski’s laptop", kowalski, {}, {"Matthias", "Kowalski"});
    row("lower case", "matthias will call", kowalski, {}, {"matthias"});
    row("upper case", "ATTN: MARCUS KOWALSKI", kowalski, {}, {"MARCUS KOWALSKI"});
    row("accent dropped", "Matthias Schroder signed", kowalski, {}, {"Matthias Schroder"});
    row("accent spelled oe", "Herr Schroeder kommt", kowalski, {}, {"Herr Schroeder"});
    row("from address only", "schroder is out", {QStringLiteral("|matthias.schroder@example.com")}, {},
        {"schroder"});
    row("wrote line", "On Mon, 3 Jun 2024, Matthias Schröder <matthias.schroder@northwindtraders.com> wrote:",
        kowalski, {}, {"Matthias Schröder"});
    row("signature", "Best,\nMarcus Kowalski\nHead of Finance", kowalski, {}, {"Marcus Kowalski"});
    row("not inside a word", "Marcusson and Matthiasberg", kowalski, {}, {});
    // (2) Watch list
    row("watch list", "Project Bluebird is secret", {}, {"bluebird"}, {"Bluebird"});
    row("watch list accents", "Ask Zoe Sjoberg", {}, {"Zoë Sjöberg"}, {"Zoe Sjoberg"});
    row("watch list whole words", "bluebirds fly", {}, {"bluebird"}, {});
    // (3) Context
    row("greeting", "Hi Amy,\nthe files are ready.", {}, {}, {"Amy"});
    row("greeting full", "Hello Dana Scully!", {}, {}, {"Dana Scully"});
    row("dear title", "Dear Mr. Smith,", {}, {}, {"Mr. Smith"});
    row("dear doctor", "Dear Dr. José Núñez,", {}, {}, {"Dr. José Núñez"});
    row("dash greeting", "Íñigo -\nThanks again", {QStringLiteral("Íñigo Belén Ortiz|i.belenortiz@example.com")}, {},
        {"Íñigo"});
    row("sign-off next line", "Best,\nDana", {}, {}, {"Dana"});
    row("sign-off same line", "Thanks, Dana", {}, {}, {"Dana"});
    row("sign-off german", "Viele Grüße\nJürgen Brandstätter", {}, {}, {"Jürgen Brandstätter"});
    row("wrote", "Dana Scully <dana@fbi.gov> wrote:", {}, {}, {"Dana Scully"});
    row("quoted from line", "> From: \"Nováková, Agnieszka\" <a.novakova@example.com>", {}, {},
        {"Nováková, Agnieszka"});
    row("quoted to line", "To: Álvaro Núñez <alvaro.nunez@example.com>, Rajesh Patel <r.patel@example.com>", {}, {},
        {"Álvaro Núñez", "Rajesh Patel"});
    row("title", "ask Ms. Okafor about it", {}, {}, {"Ms. Okafor"});
    row("name before address", "Bjork Lindqvist <b.lindqvist@example.com> 7:02 PM", {}, {}, {"Bjork Lindqvist"});
    // (4) Given names followed by a capitalised word
    row("given and surname", "We met Amy Pascal yesterday.", {}, {}, {"Amy Pascal"});
    row("international", "Łukasz Nowak and Zoë Bauer", {}, {}, {"Łukasz Nowak", "Zoë Bauer"});
    row("three words", "with Mary Ann Smith", {}, {}, {"Mary Ann Smith"});
    row("learned again", "Priya Patel joins. Priya is great.", {}, {}, {"Priya Patel", "Priya"});
    // Not names
    row("company", "Vandelay Industries and Microsoft Teams", {}, {}, {});
    row("product", "Microsoft Teams meeting at 10", {}, {}, {});
    row("months", "May Update and June Report", {}, {}, {});
    row("days", "Monday Morning standup", {}, {}, {});
    row("sentence start ambiguous", "Will Microsoft ship it?", {}, {}, {});
    row("acronym after name", "Amy IBM", {}, {}, {"Amy"});
    row("contraction", "Günther I'm travelling", {}, {}, {"Günther"});
    row("greeting team", "Hi team,\nupdate below", {}, {}, {});
    row("sign-off team", "Thanks,\nThe Finance Team", {}, {}, {});
    row("street", "Maple Avenue", {}, {}, {});
    row("role address", "info is here", {QStringLiteral("|info@example.com")}, {}, {});
    row("role display name", "Cc: Board Office <board.office@example.com>\nThe Board met.", {QStringLiteral("Board Office|board.office@example.com")}, {}, {});
    row("person at a role address", "From: Anna Weber <sales@example.com>", {}, {}, {"Anna Weber"});
    row("common word person lower case", "i will go", {QStringLiteral("Will Smith|")}, {}, {});
    // (5) A given name on its own, unless it is also a place, a brand or a word
    row("lone given name", "I have copied Jürgen and Priya.", {}, {}, {"Jürgen", "Priya"});
    row("lone place", "our Austin office, a Ford van, Madison Square", {}, {}, {});
    row("lone ambiguous", "Will you Grant access in May?", {}, {}, {});
    row("lone all caps", "PRIYA", {}, {}, {});
    // (6) Message lists: a name alone before a time or date
    row("list time", "Käthe 12:12 PM\nYour weekly summary", {}, {}, {"Käthe"});
    row("list date", "Grace Kowalski Nov 25\nTeam lunch", {}, {}, {"Grace Kowalski"});
    row("list unknown", "Release Notes 4:24 PM\nOffsite Agenda Aug 25", {}, {}, {});
    row("webmail to line", "to Fuchs, Lena\nHi Lena,", {}, {}, {"Fuchs, Lena", "Lena"});
    row("webmail to me", "to me\nHi team,", {}, {}, {});
    // (7) People of the addresses on the page, and OCR's slips in their names
    row("address on page", "Thanks, Whitfield\nrajesh.whitfield@gmail.com", {}, {}, {"Whitfield"});
    row("role address on page", "Order Confirmation\norder.confirmation@shop.example", {}, {}, {});
    row("ocr slip in key", "Rajesk Wtritfield 1:29 PM\nrajesh.whitfield@gmail.com", {}, {}, {"Rajesk Wtritfield"}, true);
    row("no slips outside ocr", "Wtritfield\nrajesh.whitfield@gmail.com", {}, {}, {}, false);
    row("ocr slip in given name", "met Rajesk Brandt today", {}, {}, {"Rajesk Brandt"}, true);
    row("ocr slip in list entry", "Arja Größler Aug 25\nAgenda for the offsite", {}, {}, {"Arja Größler"}, true);
    row("ocr lower-case first letter", "to Jiří Kowalczyk\njiří -\nThe installer", {}, {}, {"Jiří Kowalczyk", "jiří"}, true);
    row("lower case learned outside ocr", "to Jiří Kowalczyk\njiří -\nThe installer", {}, {}, {"Jiří Kowalczyk"});
}

void TestNameDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QFETCH(QStringList, watch);
    QFETCH(QStringList, expected);
    QFETCH(bool, ocr);
    DetectionContext context;
    context.ocrText = ocr;
    for (const QString &p : people)
        context.people.append(Person{p.section(QLatin1Char('|'), 0, 0), p.section(QLatin1Char('|'), 1)});
    context.watchList = watch;
    NameDetector detector;
    QCOMPARE(foundTexts(detector, text, context), expected);
}

void TestNameDetector::personKeys()
{
    const QSet<QString> keys = NameDetector::personKeys(
        {Person{QStringLiteral("\"Kowalski, Marcus\""), QStringLiteral("m.kowalski@proton.me")},
         Person{QStringLiteral("Dr. Ana María Fernández"), QStringLiteral("support@example.com")}});
    QVERIFY(keys.contains(QStringLiteral("kowalski")));
    QVERIFY(keys.contains(QStringLiteral("marcus")));
    QVERIFY(keys.contains(QStringLiteral("fernandez")));
    QVERIFY(keys.contains(QStringLiteral("maria")));
    QVERIFY(!keys.contains(QStringLiteral("dr")));
    QVERIFY(!keys.contains(QStringLiteral("m")));
    QVERIFY(!keys.contains(QStringLiteral("support")));
}

void TestNameDetector::givenNamesLoaded()
{
    // The bundled lists are compiled in as resources; without them the given-name rule finds nothing.
    NameDetector detector;
    QVERIFY(detector.isGivenName(QStringLiteral("Amy")));
    QVERIFY(detector.isGivenName(QStringLiteral("Łukasz")));
    QVERIFY(NameDetector::knownGivenNames().size() > 5000);
}

QTEST_GUILESS_MAIN(TestNameDetector)
#include "test_namedetector.moc"
