// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namedetector.h"
#include "detect/namelexicon.h"
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
    void fullNames_data();
    void fullNames();
    void lexiconsLoaded();
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
    row("last, first", "Kowalski, Marcus", kowalski, {}, {"Kowalski, Marcus"});
    row("first alone", "Thanks Matthias for the help", kowalski, {}, {"Matthias"});
    row("possessive", "Matthias's SSN and Kowalski’s laptop", kowalski, {}, {"Matthias", "Kowalski"});
    row("lower case", "matthias will call", kowalski, {}, {"matthias"});
    row("upper case", "ATTN: MARCUS KOWALSKI", kowalski, {}, {"MARCUS KOWALSKI"});
    row("accent dropped", "Matthias Schroder signed", kowalski, {}, {"Matthias Schroder"});
    row("accent spelled oe", "Herr Schroeder kommt", kowalski, {}, {"Schroeder"});
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
    row("dear title", "Dear Mr. Smith,", {}, {}, {"Smith"});
    row("dear doctor", "Dear Dr. José Núñez,", {}, {}, {"José Núñez"});
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
    row("title", "ask Ms. Okafor about it", {}, {}, {"Okafor"});
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
    row("key label", "d:Del r:Reply j:Next", {}, {}, {});
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
    row("ocr lost first letter of a known given name", "oël Mercier\nTo: Joël Mercier <jm@contoso.co.uk>", {}, {},
        {"oël Mercier", "Joël Mercier"}, true);
    row("ocr lost first letter, header person", "annah Weiss wrote:", {"Hannah Weiss|hw@example.org"}, {},
        {"annah Weiss"}, true);
    row("common word before a known surname", "Amy Pascal\nany Pascal\nThe Pascal file", {}, {},
        {"Amy Pascal", "Pascal", "Pascal"}, true);
    row("ocr glued a greeting to a known name", "To: Lindqvist, Linnéa <ll@example.org>\nHiLinnéa,", {}, {},
        {"Lindqvist, Linnéa", "Linnéa"}, true);
    row("camel case word is no glued name", "To: Mac Allister <ma@example.org>\niMac and McAllister", {}, {},
        {"Mac Allister"}, true);
    row("ocr header display name with slips", "Froa: Hichael kritfield <michael.whitfieldeglobex-corp.com>\nDate: Mon", {}, {},
        {"Hichael kritfield"}, true);
    row("ocr slips in both names of a known person", "Kind regards,\nHichael bhitfield\nRecruiter\n1/1: Michael Whitfield Re: Meeting",
        {}, {}, {"Hichael bhitfield", "Michael Whitfield"}, true);
    row("ocr slip of a known surname only after a name", "The bhitfield report by Michael Whitfield", {}, {},
        {"Michael Whitfield"}, true);
    row("a word after a known given name is no slip of its surname", "Michael Whitfield said Michael whistled", {}, {},
        {"Michael Whitfield", "Michael"}, true);
    row("ocr zero for the O of O'", "Cc: Rajesh Patel; Kwame 0'Brien", {}, {}, {"Rajesh Patel", "Kwame 0'Brien"}, true);
    row("a status line's subject after the sender", "-N - 1/1: José Castaño Double charge on order #787", {}, {},
        {"José Castaño"}, true);
    row("a common word as a third name after a given name", "John Paul Rose signed", {}, {}, {"John Paul Rose"});
    row("ocr header role account", "To: Sales Team <sales@contoso.com>\nCc: Board Office <board@x.com>", {}, {}, {}, true);
    row("ocr header, time before a bracket", "Date: Mon <today> at 10", {}, {}, {}, true);
    row("a page header's label before a sender", "Mailroom Joël Bérubé <joel_berube42@fabrikam.com>", {}, {},
        {"Joël Bérubé"});
    row("a terminal's key legend", "i:Exit  -:PrevPg  d¿Del  r:Reply  j:Next  ?:Help\nFrom: Del Shannon <del@example.org>", {}, {},
        {"Del Shannon"}, true);
    row("lost letter only in ocr", "oël Mercier\nTo: Joël Mercier <jm@contoso.co.uk>", {}, {}, {"Mercier", "Joël Mercier"});
    row("lower case learned outside ocr", "to Jiří Kowalczyk\njiří -\nThe installer", {}, {}, {"Jiří Kowalczyk"});
}

namespace {
// A row's context: "Display Name|address" people, the watch list, OCR or not.
DetectionContext contextOf(const QStringList &people, const QStringList &watch, bool ocr)
{
    DetectionContext context;
    context.ocrText = ocr;
    for (const QString &p : people)
        context.people.append(Person{p.section(QLatin1Char('|'), 0, 0), p.section(QLatin1Char('|'), 1)});
    context.watchList = watch;
    return context;
}
} // namespace

void TestNameDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QFETCH(QStringList, watch);
    QFETCH(QStringList, expected);
    QFETCH(bool, ocr);
    NameDetector detector;
    QCOMPARE(foundTexts(detector, text, contextOf(people, watch, ocr)), expected);
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

// Issue #15: a name hit covers the whole name; a known person is found in every form; words, places and
// titles are evidence or noise, not people.
void TestNameDetector::fullNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people"); // "Display Name|address"
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ocr");
    const auto row = [](const char *name, const QString &text, const QStringList &expected,
                        const QStringList &people = {}, bool ocr = false) {
        QTest::addRow("%s", name) << text << people << expected << ocr;
    };
    // (1) Middle names and initials
    row("middle initial", "Counsel: David J. Bradford, Jenner & Block LLP", {"David J. Bradford"});
    row("middle initial 2", "Terri L. Mascherin and Debra I. Grassgreen signed.",
        {"Terri L. Mascherin", "Debra I. Grassgreen"});
    row("initial without dot", "Richard M Nixon resigned", {"Richard M Nixon"});
    row("initial then known surname", "Richard M. Nixon resigned in 1974.", {"Richard M. Nixon"});
    row("two initials", "signed by John F. W. Kennedy today", {"John F. W. Kennedy"});
    row("middle name", "Mary Elizabeth Warren called", {"Mary Elizabeth Warren"});
    row("initial first", "ask J. Robert Oppenheimer", {"J. Robert Oppenheimer"});
    row("surname after initial not in lists", "Debra I. Grassgreenberg wrote", {"Debra I. Grassgreenberg"});
    row("initial before a word", "Amy B. the report is late", {"Amy"});
    row("pronoun is no initial", "Amy I think so", {"Amy"});
    // Menus and toolbars of real programs, read by OCR: "Archive" is a slip of "Archie" only in a name's place
    row("toolbar row", "Reply  Forward  Archive  Junk  Delete  More", {}, {}, true);
    row("toolbar pair", "Archive T Delete", {}, {}, true);
    row("menu bar", "File Edit View Go Message Tools Help", {}, {}, true);
    row("contraction without apostrophe", "Ive attached the file", {}, {}, true);
    row("name beside a toolbar", "Archive  Delete\nArchie Delgado wrote:", {"Archie Delgado"}, {}, true);
    // Particles
    row("van", "Ludwig van Beethoven composed it", {"Ludwig van Beethoven"});
    row("von der", "Ursula von der Leyen spoke", {"Ursula von der Leyen"});
    row("de", "Charles de Gaulle airport staff", {"Charles de Gaulle"});
    row("da", "Leonardo da Vinci painted", {"Leonardo da Vinci"});
    row("di", "Lorenzo di Credi painted", {"Lorenzo di Credi"});
    row("del", "Guillermo del Toro directed", {"Guillermo del Toro"});
    row("della", "Andrea della Robbia made it", {"Andrea della Robbia"});
    row("le", "Ursula le Guin wrote", {"Ursula le Guin"});
    row("bin", "Mohammed bin Salman met", {"Mohammed bin Salman"});
    row("al-", "Ahmed al-Sharif replied", {"Ahmed al-Sharif"});
    row("apostrophe", "Conan O'Brien hosts", {"Conan O'Brien"});
    row("mc", "Paul McCartney sang", {"Paul McCartney"});
    row("particle then lower case", "Anna de facto agreed", {"Anna"});
    // Hyphenated and double surnames
    row("hyphenated surname", "Sarah Jessica-Parker and others", {"Sarah Jessica-Parker"});
    row("hyphenated given", "Anna-Lena Müller kommt", {"Anna-Lena Müller"});
    row("double surname", "José Núñez García llega", {"José Núñez García"});
    row("four words", "Ana María Fernández López escribe", {"Ana María Fernández López"});
    // Suffixes
    row("jr", "Martin Luther King Jr. spoke", {"Martin Luther King Jr."});
    row("jr comma", "Sammy Davis, Jr. sang", {"Sammy Davis, Jr."});
    row("iii", "Robert Smith III signed", {"Robert Smith III"});
    row("phd", "Jane Goodall, PhD presented", {"Jane Goodall, PhD"});
    row("md", "Julia Roberts, MD", {"Julia Roberts, MD"});
    row("suffix is no learned name", "Jane Goodall, PhD presented. PhD students came.", {"Jane Goodall, PhD"});
    // Inverted order
    row("inverted with initial", "Counsel: Bradford, David J.", {"Bradford, David J."});
    row("inverted plain", "Attendees: Okafor, Hannah", {"Okafor, Hannah"});
    row("inverted not after a word", "Meanwhile, David left", {"David"});
    // All capitals
    row("caption", "UNITED STATES v. ANTHONY SCOTT LEVANDOWSKI, Defendant.", {"ANTHONY SCOTT LEVANDOWSKI"});
    row("all caps surname the lists lack", "MARCUS LINDQVIST  Quarterly numbers  Yesterday", {"MARCUS LINDQVIST"});
    row("all caps unknown third word", "JOHN DOE DEFENDANT", {"JOHN DOE"});
    row("all caps given name before a word", "MARIA DATABASE", {});
    row("all caps header", "MEMORANDUM FOR JOHN SMITH", {"JOHN SMITH"});
    row("all caps acronyms", "JOHN IBM NASA", {});
    row("all caps words", "MARK THE DATE", {});
    // Titles are evidence, not the name
    row("mr word surname", "Mr. May called", {"May"});
    row("mrs", "Ask Mrs. Grace about it", {"Grace"});
    row("dr full", "Dr. Ana María Fernández López will attend", {"Ana María Fernández López"});
    row("prof", "Prof. Hannah Arendt lectured", {"Hannah Arendt"});
    row("herr", "Herr Müller ist da", {"Müller"});
    row("frau", "Frau Schmidt ist da", {"Schmidt"});
    row("mme", "Mme Curie a dit", {"Curie"});
    row("sra", "Sra. Gómez llamó", {"Gómez"});
    row("ms then full", "Ms. Terri L. Mascherin", {"Terri L. Mascherin"});
    row("title alone", "Dear Sir or Madam,", {});
    // (2) Every form of a known person
    const QStringList bradford{QStringLiteral("David Bradford|dbradford@jenner.com")};
    row("known surname alone", "Mr. Bradford replied.", {"Bradford"}, bradford);
    row("known initial and surname", "cc D. Bradford", {"D. Bradford"}, bradford);
    row("known all caps possessive", "BRADFORD's memo", {"BRADFORD"}, bradford);
    row("known full with middle", "David J. Bradford", {"David J. Bradford"}, bradford);
    row("known given alone", "David agreed", {"David"}, bradford);
    row("learned from body", "Terri L. Mascherin filed it. Later Mascherin and T. Mascherin agreed.",
        {"Terri L. Mascherin", "Mascherin", "T. Mascherin"});
    row("learned all caps", "Terri Mascherin filed. MASCHERIN signed.", {"Terri Mascherin", "MASCHERIN"});
    row("learned possessive", "Aiden Clarke filed. Clarke's memo", {"Aiden Clarke", "Clarke"});
    row("learned ocr slip of case", "Aiden Clarke filed.\nclarke -", {"Aiden Clarke", "clarke"}, {}, true);
    row("learned from signature", "Best regards,\nOmar Haddad\n\nHaddad will call.", {"Omar Haddad", "Haddad"});
    row("learned from caption", "LEVANDOWSKI, ANTHONY\nThe defendant Levandowski", {"LEVANDOWSKI, ANTHONY", "Levandowski"},
        {QStringLiteral("Anthony Levandowski|")});
    // (3) Given names of today
    row("modern given name", "Aiden Clarke joined", {"Aiden Clarke"});
    row("modern given alone", "and Jayden will send it", {"Jayden"});
    row("modern given 2", "Nevaeh Brooks replied", {"Nevaeh Brooks"});
    // (4) Words that are also names need evidence
    row("see", "See the attached file.", {});
    row("see inside", "Please See Table 3", {});
    row("bar", "CA Bar No. 123456", {});
    row("bar none", "Bar none, the best.", {});
    row("will", "Will you mark it?", {});
    row("rose", "Rose garden tour", {});
    row("grace period", "Grace period ends", {});
    row("mark words", "Mark my words", {});
    row("may month", "May 5 meeting", {});
    row("word surname after name", "Dan May has a bank account", {"Dan May"});
    row("month after name", "Dan May 5 at noon", {"Dan"});
    row("ambiguous given known surname", "Grace Kowalski wrote COBOL", {"Grace Kowalski"});
    row("ambiguous given word surname at start", "Grace Hopper wrote COBOL", {});
    row("word given name as a row's first word", "Will Thornton 10:42 AM\nMay Chen wrote:", {"Will Thornton", "May Chen"});
    row("word given name alone in a row", "Inbox\nWill Thornton\nMay Chen <may@example.org>", {"Will Thornton", "May Chen"});
    row("all caps with an apostrophe", "sohara:x:1004:1004:SIOBHAN O'HARA,Room 4.12", {"SIOBHAN O'HARA"});
    row("names joined in file names", "Lebenslauf_Anna-Lena_Schmidt.pdf notes-from-Sofia-Castillo.txt Will_Thornton",
        {"Anna-Lena_Schmidt", "Sofia-Castillo", "Will_Thornton"});
    row("joined words that are no names", "Content-Type: text/plain X-Mailer: Apple-Mail Mark-Down Read-Only", {});
    row("word given name starting a question", "Will Thornton join us?\nMay Chen and I agree?", {"Thornton", "Chen"});
    row("word given name starting a statement", "on 22 May at 10:00. Will Thornton from our London office\nwill meet you."
        "\nMay Chen and I agree", {"Will Thornton", "May Chen"});
    row("word given name before a word in a row", "Grace Period: 10 days\nMay Day parade\nMay Street 5", {});
    row("ambiguous given unknown word", "Will Microsoft ship it?", {});
    row("ambiguous given inside", "I met Grace Smith today", {"Grace Smith"});
    row("ambiguous alone", "Mark and Grace", {});
    row("word given before known surname", "please ask Will Thornton today", {"Will Thornton"},
        {QStringLiteral("|thornton.w@example.com")});
    row("month given before learned surname", "Amy Chen called. Later with May Chen", {"Amy Chen", "May Chen"});
    row("word given at sentence start", "Will Thornton join?", {"Thornton"}, {QStringLiteral("|w.thornton@example.com")});
    row("ambiguous with known person", "Mark agreed", {"Mark"}, {QStringLiteral("Mark Fisher|")});
    // (5) Places are not people
    row("san francisco", "Offices in San Francisco and New York", {});
    row("los angeles", "Born in Los Angeles, raised in St. Louis", {});
    row("santa monica", "Santa Monica Boulevard", {});
    row("fort worth", "Fort Worth, Texas", {});
    row("paris office", "our Paris office", {});
    row("london alone", "flying to London tomorrow", {});
    row("person with place given name", "Meet Paris Hilton", {"Paris Hilton"});
    row("person jackson", "Jackson Pollock painted", {"Jackson Pollock"});
    row("court place", "Northern District of California, San Francisco Division", {});
    row("header person is a person", "Paris Hilton is here", {"Paris Hilton"}, {QStringLiteral("Paris Hilton|")});
    row("place in address", "350 Main Street, Santa Clara, CA 95054", {});
    row("countries in a column", "Country\nIndia\nIreland\nUnited Kingdom\nGeorgia", {});
    row("person named after a country", "Kathy Ireland and India Arie", {"Kathy Ireland", "India Arie"});
    // Given names the lists lack, beside a surname, where a name stands
    row("unlisted given name in a sentence", "ask Venkatesh Subramanian instead", {"Venkatesh Subramanian"});
    row("unlisted given name in a cell", "Invoice for May   Oluwaseun Adebayo   05/09/24", {"Oluwaseun Adebayo"});
    row("unlisted given name before an address", "Venkatesh Subramanian (venkat.s@tatvamail.in)", {"Venkatesh Subramanian"});
    row("two name words starting a sentence", "Thanks. Docker Compose runs it", {});
    row("two name words in capitals", "ask VENKATESH SUBRAMANIAN", {});
    // Columns of a list (OCR marks a wide gap with three blanks): no name across them
    row("name across a column gap", "Add Polish translation; review by Mark   Katarzyna Wójcik   <kasia.wojcik@onet.pl>", {"Mark", "Katarzyna Wójcik"});
    row("subject beside the sender column", "Invoice for May   Venkatesh Subramanian <v.s@tatvamail.in>", {"Venkatesh Subramanian"});
    // (6) Structure of app screens
    row("commented", "Omar Haddad commented on this pull request", {"Omar Haddad"});
    row("reacted", "Marisol Quintero reacted with 👍", {"Marisol Quintero"});
    row("approved", "  Tobias Lindqvist approved these changes", {"Tobias Lindqvist"});
    row("profile of", "Profile of Marisol Quintero", {"Marisol Quintero"});
    row("signed in as", "Signed in as Hannah Okafor", {"Hannah Okafor"});
    row("reviewers", "Reviewers\nTobias Lindqvist", {"Tobias Lindqvist"});
    row("assignees", "Assignees: Hannah Okafor", {"Hannah Okafor"});
    row("author", "Author: Priyanka Raghunathan", {"Priyanka Raghunathan"});
    row("cue without a name", "Build Bot commented", {});
    row("label without a name", "Reviewers\nNo reviews", {});
    row("username label", "Username: Deploy Script", {});
    row("chat author", "Olivia Bennett  10:42 AM\nSounds good", {"Olivia Bennett"});
    row("chat author unknown", "Release Train 10:42 AM\nDeployed", {});
    row("inbox row", "Hannah Okafor Nov 25\nQuarterly numbers", {"Hannah Okafor"});
    row("from pane", "From: Terri L. Mascherin <tmascherin@jenner.com>", {"Terri L. Mascherin"});
    // OCR-damaged forms
    row("ocr slip in given before initial", "Rajesk J. Whitfield called", {"Rajesk J. Whitfield"}, {}, true);
    row("ocr slip in known surname", "Mr. Bradfcrd replied", {"Bradfcrd"}, bradford, true);
    row("ocr initial with comma", "David J, Bradford", {"David"});
}

void TestNameDetector::fullNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QFETCH(QStringList, expected);
    QFETCH(bool, ocr);
    NameDetector detector;
    QCOMPARE(foundTexts(detector, text, contextOf(people, {}, ocr)), expected);
}

void TestNameDetector::lexiconsLoaded()
{
    const NameLexicon &lexicon = NameLexicon::bundled();
    QVERIFY(lexicon.isNameWord(QStringLiteral("raghunathan")));
    QVERIFY(lexicon.isNameWord(QStringLiteral("levandowski")));
    QVERIFY(!lexicon.isNameWord(QStringLiteral("xqzvb")));
    QVERIFY(lexicon.isCommonWord(QStringLiteral("see")));
    QVERIFY(!lexicon.isCommonWord(QStringLiteral("bradford")));
    QVERIFY(lexicon.isPlace(QStringLiteral("san francisco")));
    QVERIFY(lexicon.isPlace(QStringLiteral("st. louis")));
    QVERIFY(!lexicon.isPlace(QStringLiteral("david bradford")));
    QVERIFY(NameDetector::knownGivenNames().contains(QStringLiteral("aiden")));
}

QTEST_GUILESS_MAIN(TestNameDetector)
#include "test_namedetector.moc"
