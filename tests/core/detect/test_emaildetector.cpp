// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/emaildetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestEmailDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void findInOcrText_data();
    void findInOcrText();
    void ocrSlipsAreReadAsTheAddress_data();
    void ocrSlipsAreReadAsTheAddress();
};

void TestEmailDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    // Well-formed
    row("plain", "Write to amy@example.com today.", {"amy@example.com"});
    row("angle brackets", "From: Amy Pascal <amy@example.com>", {"amy@example.com"});
    row("mailto", "mailto:bob.smith@contoso.co.uk", {"bob.smith@contoso.co.uk"});
    row("password of a url", "postgres://app:S3cretPw9@db.example.com/app", {});
    row("user of a url without password", "ftp://amy@files.example.com/", {"amy@files.example.com"});
    row("plus tag", "jane+news@mail.example.org", {"jane+news@mail.example.org"});
    row("subdomain", "x_y-z@eu.mail.northwind.de", {"x_y-z@eu.mail.northwind.de"});
    row("digits", "user123@proton.me", {"user123@proton.me"});
    row("uppercase", "MATTHIAS.SCHRODER@NORTHWIND.COM", {"MATTHIAS.SCHRODER@NORTHWIND.COM"});
    row("sentence end", "Reach me at m.kowalski@proton.me.", {"m.kowalski@proton.me"});
    row("comma list", "a.b@x.io, c.d@y.io", {"a.b@x.io", "c.d@y.io"});
    row("in parentheses", "(dana@fbi.gov)", {"dana@fbi.gov"});
    row("quoted", "\"lee@firm.example\"", {"lee@firm.example"});
    row("after non-ascii", "Grüße — jürgen@example.de or juergen@example.de",
        {"jürgen@example.de", "juergen@example.de"});
    row("apostrophe", "o'brien@example.ie", {"o'brien@example.ie"});
    row("long tld", "sam@studio.photography", {"sam@studio.photography"});
    row("two in line", "cc amy@a.com and bob@b.org", {"amy@a.com", "bob@b.org"});
    row("signature pipe", "d.whitfield@hallorancapital.example | +1 617 555 0148",
        {"d.whitfield@hallorancapital.example"});
    // OCR-damaged
    row("copyright for at", "amy©example.com", {"amy©example.com"});
    row("copyright spaced", "amy © example.com", {"amy © example.com"});
    row("registered for at", "lena®mail.de", {"lena®mail.de"});
    row("@ read twice, small text", "<jurgenschroder®@mecanicaiberica.es>", {"jurgenschroder®@mecanicaiberica.es"});
    row("initial read as a dot", "Lena Hoffmann <.hoffmann®gmx. de> Tue, 1 Oct", {".hoffmann®gmx. de"});
    row("@ read twice, spaced", "<a fernandez ®@umbrella-logistique.fr>", {"a fernandez ®@umbrella-logistique.fr"});
    row("commas for dots, bitmap font", "To: Kwame <kwame,gallagher@outlook,com>", {"kwame,gallagher@outlook,com"});
    row("comma and space for the last dot", "<siobhan.mensah@icloud, com>", {"siobhan.mensah@icloud, com"});
    row("comma and the dot for the last dot", "\"Mensah, Siobhán\" <siobhan,mensah@icloud,. com>", {"siobhan,mensah@icloud,. com"});
    row("comma after an address is no dot", "Write to amy@example.com, bob@example.org", {"amy@example.com", "bob@example.org"});
    row("comma after a handle", "cc @amy, com and bob", {});
    row("space for a dot in brackets", "Jiří Popescu <jiri popescu@initech.de> Fri", {"jiri popescu@initech.de"});
    row("space for a dot after mailto", "[mailto:dvorak jiri@globex-corp.com]", {"dvorak jiri@globex-corp.com"});
    row("word before an address outside brackets", "mail bob@example.com today", {"bob@example.com"});
    row("space before dot in domain", "<p. hart@gmail . com>", {"p. hart@gmail . com"});
    row("space before a dot in the local part", "From: marcus .patel@yahoo.co.uk", {"marcus .patel@yahoo.co.uk"});
    row("space after a dot in the local part, any top-level domain", "hannah. okafor@lagosbridge.ng",
        {"hannah. okafor@lagosbridge.ng"});
    row("sentence dot before an address", "Done .Write to amy@example.com", {"amy@example.com"});
    row("(at)", "jane.doe(at)example.org", {"jane.doe(at)example.org"});
    row("[at]", "jane.doe [at] example.org", {"jane.doe [at] example.org"});
    row("{at}", "jane{at}example.org", {"jane{at}example.org"});
    row("(at) and (dot)", "jane(at)example(dot)org", {"jane(at)example(dot)org"});
    row("spoken at", "write to jane.doe at example.org please", {"jane.doe at example.org"});
    row("space after dot", "amy@example. com", {"amy@example. com"});
    row("space after dot in domain", "bob@mail. contoso.com", {"bob@mail. contoso.com"});
    row("dropped dot", "amy@examplecom", {"amy@examplecom"});
    row("dropped dot copyright", "ron©northwindorg", {"ron©northwindorg"});
    row("line break after at", "matthias.schroder@\nnorthwindtraders.com", {"matthias.schroder@\nnorthwindtraders.com"});
    row("line break after dot", "matthias.schroder@northwindtraders.\ncom", {"matthias.schroder@northwindtraders.\ncom"});
    row("space after at", "linneahakansson@ globexcorp.com", {"linneahakansson@ globexcorp.com"});
    row("space before at", "ragnhildmolgaard @umbrella-logistique.fr.", {"ragnhildmolgaard @umbrella-logistique.fr"});
    row("space after dot in local part", "<gaelle. garcon@ gmail.com>", {"gaelle. garcon@ gmail.com"});
    row("comma for dot in local part", "<ragnhild,angstrom@example.es>", {"ragnhild,angstrom@example.es"});
    row("space for dot before tld", "<ines.ibanez@initech de>", {"ines.ibanez@initech de"});
    row("space for dot before tld, @ as registered", "Lena Hoffmann <Lhoffmann®gmx de> a Tue", {"Lhoffmann®gmx de"});
    // Must not match
    row("comma list stays apart", "thanks, bob@example.com", {"bob@example.com"});
    row("no at", "This is example.com and more", {});
    row("at word", "Meet me at the office. Then lunch.", {});
    row("spoken at plain word", "Look at example.com for details", {});
    row("copyright notice", "© 2024 Contoso Ltd. All rights reserved.", {});
    row("handle", "Follow @contoso on social", {});
    row("sentence after address", "Mail amy@example.com. Then call.", {"amy@example.com"});
    row("space before a sentence", "Mail amy@example .Then call.", {});
    row("registered mark alone", "Contoso® Cloud and Fabrikam® .NET", {});
    row("version", "Version 4.12.0.318 released", {});
    row("price at", "2 items at $4.99 each", {});
    row("time at", "at 10.30am tomorrow", {});
    row("lone at sign", "a @ b", {});
    row("no tld", "user@localhost", {});
    row("decorated handle", "@amy_pascal", {});
}

void TestEmailDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    EmailDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

void TestEmailDetector::findInOcrText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    // A header's bracket holds an address even when a bitmap font's @ was read as something else.
    row("at read as 8", "From: Björn Größler <bjorn.grossler8globex-corp. com>", {"bjorn.grossler8globex-corp. com"});
    row("at read as &", "To: Ana <ana.munoz&vandelay-industries,com>", {"ana.munoz&vandelay-industries,com"});
    row("at read as a", "Cc: <kmensahaumbrella.fr>", {"kmensahaumbrella.fr"});
    row("well-formed stays itself", "From: Amy <amy@example.com>", {"amy@example.com"});
    row("last letter of the domain lost", "Agnieszka Popescu <agnieszka.popescu@wp.p> Thu", {"agnieszka.popescu@wp.p"});
    row("at read as a letter with a mark", "Cc: Sören Schröder <soren.schroderðweb.de>, Joël <j.lemaitreĝglobex-corp.com>",
        {"soren.schroderðweb.de", "j.lemaitreĝglobex-corp.com"});
    row("bracket lost on a header line", "Froa: Björn Grögler hjorn.grossler8globex-corp. com>\nTo: x", {"hjorn.grossler8globex-corp. com"});
    row("closing bracket in running text", "the value is greater than x.total>", {});
    // Brackets that hold no address.
    row("link in brackets", "see <www.example.com>", {});
    row("no dot", "<Space>:NextPg", {});
    row("a version", "requires <libfoo 2.3>", {});
    row("placeholder", "<your name>", {});
    row("file name", "attached <report.pdf>", {});
    row("file name with a comma", "<scan_0042,jpg>", {});
}

void TestEmailDetector::findInOcrText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    DetectionContext context;
    context.ocrText = true;
    QCOMPARE(foundTexts(EmailDetector(), text, context), expected);
}

void TestEmailDetector::ocrSlipsAreReadAsTheAddress_data()
{
    // The report names the address a person reads, not OCR's symbol for its @ or a space it saw inside.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reading"); // empty: the text as it stands
    QTest::addRow("® for @") << "Mail l.hoffmann®gmx.de today" << "l.hoffmann@gmx.de";
    QTest::addRow("©@ for @") << "Mail g.ferre©@contoso.co.uk today" << "g.ferre@contoso.co.uk";
    QTest::addRow("space before the top-level domain") << "Mail l.hoffmann@gmx. de today" << "l.hoffmann@gmx.de";
    QTest::addRow("clean") << "Mail amy@example.com today" << "";
}

void TestEmailDetector::ocrSlipsAreReadAsTheAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, reading);
    DetectionContext context;
    context.ocrText = true;
    const QList<Match> found = EmailDetector().find(text, context);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reading, reading);
    // Text that no OCR read is taken as it stands.
    context.ocrText = false;
    for (const Match &m : EmailDetector().find(text, context))
        QVERIFY(m.reading.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmailDetector)
#include "test_emaildetector.moc"
