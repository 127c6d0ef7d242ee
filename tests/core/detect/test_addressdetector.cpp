// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/addressdetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestAddressDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void TestAddressDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    // US
    row("us one line", "Visit 1185 Commonwealth Avenue, Suite 400, Boston, MA 02134 soon",
        {"1185 Commonwealth Avenue, Suite 400, Boston, MA 02134"});
    row("us two lines", "9680 Maple Avenue\nPortland, OR 97237\nwww.example.com", {"9680 Maple Avenue\nPortland, OR 97237"});
    row("us quoted lines", "> 4084 Lakeview Drive\n> Somerville, MA 02149", {"4084 Lakeview Drive\n> Somerville, MA 02149"});
    row("us street name broken", "delivered to Priya at 3782 Oak Ridge\nRoad, Madison, WI 53774 on October 10", {"3782 Oak Ridge\nRoad, Madison, WI 53774"});
    row("us number on the line before", "delivered at 4696\nLakeview Drive, Apt 8C, Madison, WI 53703.", {"4696\nLakeview Drive, Apt 8C, Madison, WI 53703"});
    row("ocr quote bars", "| 6102 Oak Ridge Road\n| Boulder, CO 80395\n| Thanks", {"6102 Oak Ridge Road\n| Boulder, CO 80395"});
    row("german number on next line", "delivered to Tom Reid at Bahnhofstraße\n55, 50785 Köln on 2024-07-20.", {"Bahnhofstraße\n55, 50785 Köln"});
    row("spanish quoted", "| Phone: 934 78 63 10\nCalle de Alcalá 106\n| 08034 Barcelona\n", {"Calle de Alcalá 106\n| 08034 Barcelona"});
    row("us abbreviation", "221 N. Main St., Springfield, IL 62701", {"221 N. Main St., Springfield, IL 62701"});
    row("us zip plus four", "350 Fifth Avenue, New York, NY 10118-0110", {"350 Fifth Avenue, New York, NY 10118-0110"});
    row("us street only", "meet at 742 Evergreen Terrace tonight", {"742 Evergreen Terrace"});
    row("us apartment", "12 Oak Lane, Apt 3B, Austin, TX 78701", {"12 Oak Lane, Apt 3B, Austin, TX 78701"});
    row("us ordinal street", "10 West 81st Street, New York, NY 10024", {"10 West 81st Street, New York, NY 10024"});
    row("us boulevard", "9631 Sunset Boulevard, Portland, OR 97279", {"9631 Sunset Boulevard, Portland, OR 97279"});
    row("po box", "P.O. Box 1234, Boulder, CO 80306", {"P.O. Box 1234, Boulder, CO 80306"});
    row("po box plain", "PO Box 77", {"PO Box 77"});
    // UK
    row("uk downing street", "10 Downing Street, London SW1A 2AA", {"10 Downing Street, London SW1A 2AA"});
    row("uk road", "42 Victoria Road, Leeds LS8 4DQ", {"42 Victoria Road, Leeds LS8 4DQ"});
    row("uk two lines", "29 Mill Lane\nBristol BS8 1TH", {"29 Mill Lane\nBristol BS8 1TH"});
    row("uk flat", "Flat 2, 15 Baker Street, London NW1 6XE", {"15 Baker Street, London NW1 6XE"});
    // German
    row("german one line", "Hauptstraße 12, 10115 Berlin", {"Hauptstraße 12, 10115 Berlin"});
    row("german two lines", "Goethestraße 120\n20173 Hamburg", {"Goethestraße 120\n20173 Hamburg"});
    row("german separate word", "Berliner Straße 5a, 60311 Frankfurt am Main", {"Berliner Straße 5a, 60311 Frankfurt am Main"});
    row("german allee", "Lindenallee 13\n10235 Berlin", {"Lindenallee 13\n10235 Berlin"});
    row("german weg", "Am Mühlbach 62, 80793 München", {"Am Mühlbach 62, 80793 München"});
    row("german str abbreviation", "Schillerstr. 7, 01067 Dresden", {"Schillerstr. 7, 01067 Dresden"});
    // French, Spanish, Nordic
    row("french", "12 rue de la Paix, 75002 Paris", {"12 rue de la Paix, 75002 Paris"});
    row("french avenue", "130 avenue Victor Hugo, 13011 Marseille", {"130 avenue Victor Hugo, 13011 Marseille"});
    row("french place", "139 place de la République\n75018 Paris", {"139 place de la République\n75018 Paris"});
    row("spanish floor", "Calle Sierpes 143, 3º C, 41010 Sevilla", {"Calle Sierpes 143, 3º C, 41010 Sevilla"});
    row("spanish avenida", "Avenida de la Constitución 77, 3º A, 41013 Sevilla",
        {"Avenida de la Constitución 77, 3º A, 41013 Sevilla"});
    row("swedish", "Vasagatan 82, 413 98 Göteborg", {"Vasagatan 82, 413 98 Göteborg"});
    row("after non-ascii", "Grüße aus Köln: Domstraße 4, 50668 Köln", {"Domstraße 4, 50668 Köln"});
    row("ocr blank line", "4231 Cedar Lane\n\nMadison, WI 53780", {"4231 Cedar Lane\n\nMadison, WI 53780"});
    row("ocr blank line european", "Vasagatan 33\n\n215 79 Malmo", {"Vasagatan 33\n\n215 79 Malmo"});
    // Not addresses
    row("head count", "12 people in Room 4", {});
    row("quantity", "Ordered 3 boxes of paper", {});
    row("version", "version 4.12.0 released", {});
    row("date", "on 12 March 2024 at 10:00", {});
    row("price", "costs 120 EUR in Berlin", {});
    row("order number", "Order 58213 shipped", {});
    row("meeting room", "Meeting Room B-289 on Friday", {});
    row("street without number", "the shop on Baker Street", {});
    row("postcode alone", "10115 Berlin is nice", {});
    row("company", "Vandelay Industries, Inc.", {});
    row("time range", "from 9 to 5 every day", {});
    row("percent", "up 15 percent in Q3", {});
    row("invoice", "Invoice 2024-118, due 30 days", {});
}

void TestAddressDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    AddressDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

QTEST_GUILESS_MAIN(TestAddressDetector)
#include "test_addressdetector.moc"
