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

namespace {

// Each address of a country twice (issue #18): inside a sentence, and alone on its line of a short email.
// The hit must be the whole address, no more.
void addressRows(const char *country, const QStringList &addresses)
{
    for (int i = 0; i < addresses.size(); ++i) {
        const QString &a = addresses.at(i);
        QTest::addRow("%s %d in sentence", country, i) << QStringLiteral("Please send it to %1. Thanks").arg(a)
                                                       << QStringList{a};
        QTest::addRow("%s %d own line", country, i) << QStringLiteral("Hello,\n\n%1\n\nBest").arg(a)
                                                    << QStringList{a};
    }
}

} // namespace

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
    row("ocr lost the space after the number", "Ship to 662Cedar Lane\nSomerville, MA 02138 please", {"662Cedar Lane\nSomerville, MA 02138"});
    row("model number glued to a word", "the 3Com Switch 4200 rack", {});
    row("a date with a letter after it", "Re: Meeting on April 2, 2024 O\nMarch 12, 2024 Berlin", {});
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
    row("uk flat after the street, lines after", "14 Cavendish Row, Flat 3\nLeeds LS2 7QP\nUnited Kingdom\n\nOrder", {"14 Cavendish Row, Flat 3\nLeeds LS2 7QP\nUnited Kingdom"});
    row("irish postal district", "8 Harcourt Street, Dublin 2", {"8 Harcourt Street, Dublin 2"});
    row("street and its town, no postcode", "Our office: 27 Marlowe Street, Bristol\nThanks", {"27 Marlowe Street, Bristol"});
    row("street, then a sentence goes on", "at 10 Downing Street, Boris said", {"10 Downing Street"});
    // City before a six-digit postcode (India, Singapore), Polish and Portuguese postcodes
    row("indian pin code", "12 MG Road, Bengaluru 560001", {"12 MG Road, Bengaluru 560001"});
    row("singapore", "21 Jalan Bukit Merah, Singapore 150021", {"21 Jalan Bukit Merah, Singapore 150021"});
    row("singapore on its own line", "Contact\n21 Jalan Bukit Merah\nSingapore 150021\n", {"21 Jalan Bukit Merah\nSingapore 150021"});
    row("polish ulica", "ul. Długa 12/4, 00-238 Warszawa, Poland", {"ul. Długa 12/4, 00-238 Warszawa, Poland"});
    row("polish ulica, its dot read as a comma", "Nadawca\nul, Długa 12/4\n00-238 Warszawa\nPoland", {"ul, Długa 12/4\n00-238 Warszawa\nPoland"});
    row("polish aleja", "Adres: al. Jerozolimskie 44, 00-024 Warszawa", {"al. Jerozolimskie 44, 00-024 Warszawa"});
    row("portuguese postcode", "Rua Augusta 100, 1100-053 Lisboa", {"Rua Augusta 100, 1100-053 Lisboa"});
    row("not a street: a count and a year", "Chapter 12 Results, Figures 2019", {});
    row("not a street: a product and its price", "Model 12 Pro, Bundle 129900", {});
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

    // One-line addresses per country, with the country when it is written.
    addressRows("us", {
        "350 Bowery, New York, NY 10012", "700 Bowery, New York, NY 10003, USA", "350 Bowery, New York, NY 10012 USA",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500", "1 Infinite Loop, Cupertino, CA 95014",
        "4059 Mt Lee Dr., Hollywood, CA 90068", "233 S Wacker Dr, Chicago, IL 60606",
        "1 Bowling Green, New York, NY 10004", "89 Broadway, New York, NY 10006",
        "500 S Buena Vista St, Burbank, CA 91521", "1 Microsoft Way, Redmond, WA 98052",
        "410 Terry Ave N, Seattle, WA 98109", "600 Congress Ave, Suite 1400, Austin, TX 78701",
        "77 Massachusetts Ave, Cambridge, MA 02139", "30 Rockefeller Plaza, New York, NY 10112",
        "2 Embarcadero Center, San Francisco, CA 94111", "11 Wall St, New York, NY 10005",
        "4 Pennsylvania Plaza, New York, NY 10001", "8 Ocean Drive, Miami Beach, FL 33139",
        "1060 W Addison St, Chicago, IL 60613", "200 Central Park West, New York, NY 10024-5102",
        "9 Elm St, Portland, ME 04101, United States", "123 Main Street, Anytown, OH 43004",
        "45 Rockefeller Center, New York, NY 10111", "1 Tower Ln, Apt 2012, Oakbrook Terrace, IL 60181",
    });
    row("us multi-line with country", "Ship to:\n350 Bowery\nNew York, NY 10012\nUSA\n\nThanks",
        {"350 Bowery\nNew York, NY 10012\nUSA"});
    row("us state written out", "at 1600 Amphitheatre Parkway, Mountain View, California 94043 today",
        {"1600 Amphitheatre Parkway, Mountain View, California 94043"});
    row("us state written out and country", "233 S Wacker Dr, Chicago, Illinois 60606, USA",
        {"233 S Wacker Dr, Chicago, Illinois 60606, USA"});
    row("us two-word state written out", "1 Main St, Albany, New York 12207", {"1 Main St, Albany, New York 12207"});
    row("us district with dots", "1600 Pennsylvania Avenue NW, Washington, D.C. 20500",
        {"1600 Pennsylvania Avenue NW, Washington, D.C. 20500"});
    row("us multi-line quoted with country", "> 350 Bowery\n> New York, NY 10012\n> United States\n>\n> Best",
        {"350 Bowery\n> New York, NY 10012\n> United States"});
    row("us not: head count", "12 People, Austin, TX 78701", {});
    row("us not: results", "Q3 2024 Results, Boston, MA 02134", {});
    row("us not: tickets", "3 Tickets, New York, NY 10012", {});
    row("us not: phone before city", "Call 1-800-555-0100, New York, NY 10012", {});
    row("us not: city alone", "We moved to New York, NY 10012 last year", {});
    row("us not: price", "paid $350 Billing, New York, NY 10012", {});
    row("us not: order number", "Order #58213, Austin, TX 78701", {});
    row("us not: flight", "Flight 350 to New York tomorrow", {});
    row("us not: zip alone", "ZIP code 10012", {});
    row("us not: count lower case", "We shipped 350 units, New York, NY 10012", {});
    row("us not: no state", "350 Bowery, New York", {});
    row("us not: year", "In 2024, Austin, TX 78701 grew", {});
    row("us not: version", "Version 3.5, released 2024", {});

    addressRows("uk", {
        "10 Downing Street, London SW1A 2AA", "221B Baker Street, London NW1 6XE", "1 Princes Dock, Liverpool L3 1DL",
        "30 St Mary Axe, London EC3A 8BF", "42 Victoria Road, Leeds LS8 4DQ",
        "15 Kensington High Street, Kensington, London W8 5NP", "7 Castle Street, Edinburgh EH2 3AH",
        "50 George Square, Glasgow G2 1DU", "3 Abbey Road, St John's Wood, London NW8 9AY",
        "100 Deansgate, Manchester M3 2GP", "25 Bridge Street, Stratford-upon-Avon CV37 6AE",
        "8 Grey Street, Newcastle upon Tyne NE1 6AE", "2 Marine Parade, Brighton BN2 1TL",
        "14 Queen Street, Cardiff CF10 2BU", "9 Market Place, Cambridge CB2 3QJ", "33 Bull Ring, Birmingham B5 4BU",
        "1 Canada Square, London E14 5AB", "10 Downing Street, London SW1A 2AA, United Kingdom",
        "221B Baker Street, London NW1 6XE, UK", "18 King's Road, Chelsea, London SW3 4RP",
    });
    row("uk multi-line with country", "10 Downing Street\nWestminster\nLondon\nSW1A 2AA\nEngland\n",
        {"10 Downing Street\nWestminster\nLondon\nSW1A 2AA\nEngland"});
    row("uk not: the office", "the London office on Baker Street", {});
    row("uk not: postcode alone", "Ref: SW1A 2AA", {});
    row("uk not: nhs number", "NHS number 943 476 5919", {});
    row("uk not: car registration", "car reg AB12 CDE", {});
    row("uk not: order", "order 4521, London", {});
    row("uk not: date", "12 March 2024, London", {});
    row("uk not: price", "£12.50 per item", {});
    row("uk not: route", "Route 66 to London", {});
    row("uk not: room", "Room 2, London EC1A 1BB", {});

    addressRows("de", {
        "Hauptstraße 12, 10115 Berlin", "Unter den Linden 77, 10117 Berlin", "Am Markt 3, 28195 Bremen",
        "Königsallee 60, 40212 Düsseldorf", "Schillerstr. 7, 01067 Dresden", "Marienplatz 8, 80331 München",
        "Jungfernstieg 7, 20354 Hamburg", "Zeil 106, 60313 Frankfurt am Main", "Kurfürstendamm 21, 10719 Berlin",
        "Friedrichstraße 43-45, 10117 Berlin", "Domkloster 4, 50667 Köln", "Breite Straße 2/4, 14467 Potsdam",
        "Alter Markt 1, 50667 Köln", "An der Alster 1, 20099 Hamburg", "Theresienhöhe 12, 80339 München",
        "Karl-Marx-Allee 90, 10243 Berlin", "Im Zollhafen 24, 50678 Köln", "Rosenthaler Str. 40, 10178 Berlin",
        "Hauptstraße 12, D-10115 Berlin", "Hauptstraße 12, 10115 Berlin, Germany",
        "Marienplatz 8, 80331 München, Deutschland",
    });
    row("de multi-line with country", "Anschrift:\nHauptstraße 12\n10115 Berlin\nDeutschland\n",
        {"Hauptstraße 12\n10115 Berlin\nDeutschland"});
    row("de multi-line quoted with country", "> Hauptstraße 12\n> 10115 Berlin\n> Germany", {"Hauptstraße 12\n> 10115 Berlin\n> Germany"});
    row("de country on the next line after a comma", "Hauptstraße 12, 10115 Berlin,\nGermany", {"Hauptstraße 12, 10115 Berlin,\nGermany"});
    row("de not a country: next sentence", "Hauptstraße 12, 10115 Berlin. Germany is big", {"Hauptstraße 12, 10115 Berlin"});
    row("de not: meeting room", "Meeting Room 4, 10115 Berlin", {});
    row("nl not: invoice total", "Invoice Total 120, 1000 AC Amsterdam", {});
    row("uk not: items", "4 Items, London SW1A 2AA", {});
    row("nl not: table and year", "see Table 3, 2019 Census", {});
    row("de not: sprint and year", "Sprint 12, 2024 Planung", {});
    row("de not: product and year", "iPhone 15, 2023 Modell", {});
    row("nl not: section and year", "Section 4, 2018 Amendments", {});
    row("de not: order", "Bestellung 4711, 10115 Stück", {});
    row("de not: invoice date", "Rechnung 2024-118 vom 12.03.2024", {});
    row("de not: room floor", "Zimmer 12, 3. Stock", {});
    row("de not: date", "Termin am 12. März 2024 in Berlin", {});
    row("de not: phone", "Tel. 030 1234567", {});
    row("de not: product year", "Windows 11, 2024 Update", {});
    row("de not: plan year", "Plan 3, 2025 Budget", {});
    row("de not: street without number", "in der Hauptstraße, Berlin", {});
    row("de not: version", "Version 12, 2024 Edition", {});

    addressRows("fr", {
        "12 rue de la Paix, 75002 Paris", "8 Boulevard Haussmann, 75009 Paris", "10 Place Vendôme, 75001 Paris",
        "3 bis avenue Victor Hugo, 69006 Lyon", "5 quai de la Tournelle, 75005 Paris",
        "27 rue du Faubourg Saint-Honoré, 75008 Paris", "1 place de la Comédie, 34000 Montpellier",
        "15 cours Mirabeau, 13100 Aix-en-Provence", "2 allée des Tilleuls, 44000 Nantes",
        "9 impasse des Lilas, 31000 Toulouse", "45 chemin des Vignes, 06400 Cannes",
        "20 avenue des Champs-Élysées, 75008 Paris", "7 rue de Rivoli, 75004 Paris Cedex 04",
        "11 boulevard de la Croisette, 06400 Cannes", "4 rue Sainte-Catherine, 33000 Bordeaux",
        "18 route de Lyon, 67400 Illkirch-Graffenstaden", "6 passage du Grand Cerf, 75002 Paris",
        "33 rue des Écoles, 75005 Paris", "14, rue Crébillon, 44000 Nantes", "8 Boulevard Haussmann, 75009 Paris, France",
    });
    row("fr multi-line with country", "12 rue de la Paix\n75002 Paris\nFrance", {"12 rue de la Paix\n75002 Paris\nFrance"});
    row("fr not: date", "le 12 mars 2024 à Paris", {});
    row("fr not: order", "Commande 75002 expédiée", {});
    row("fr not: postcode alone", "75002 Paris est loin", {});
    row("fr not: room", "Salle 12, 2e étage", {});
    row("fr not: phone", "Tél. 01 42 68 53 00", {});
    row("fr not: price", "prix 12 € TTC", {});
    row("fr not: invoice", "Facture 2024-118", {});
    row("fr not: time", "à 10 h, rue piétonne", {});

    addressRows("es", {
        "Calle Mayor 5, 28013 Madrid", "Calle de Alcalá, 42, 28014 Madrid", "C/ Mayor, 5, 28013 Madrid",
        "Gran Vía 28, 28013 Madrid", "Paseo de la Castellana 259, 28046 Madrid",
        "Avenida de la Constitución 77, 3º A, 41013 Sevilla", "Plaza Mayor, 1, 28012 Madrid",
        "Avinguda Diagonal 640, 08017 Barcelona", "Passeig de Gràcia 92, 08008 Barcelona",
        "Rambla de Catalunya 23, 08007 Barcelona", "Calle Larios 9, 29005 Málaga", "Calle del Pez 15, 28004 Madrid",
        "Plaza del Ayuntamiento 1, 46002 Valencia", "Calle San Fernando 4, 41004 Sevilla",
        "Avenida de Andalucía 12, 18014 Granada", "Calle Real 33, 15003 A Coruña", "Carrer de Balmes 150, 08008 Barcelona",
        "Calle de Serrano 41, 4º B, 28001 Madrid", "Calle Mayor 5, Piso 2, 28013 Madrid",
        "Gran Vía 28, 28013 Madrid, España", "Calle Larios 9, 29005 Málaga, Spain",
    });
    row("es multi-line with country", "Calle Mayor 5\n28013 Madrid\nEspaña", {"Calle Mayor 5\n28013 Madrid\nEspaña"});
    row("es not: order", "Pedido 28013 enviado", {});
    row("es not: date", "el 5 de mayo de 2024 en Madrid", {});
    row("es not: invoice", "Factura 2024-118", {});
    row("es not: room", "Sala 3, planta 2", {});
    row("es not: phone", "Tel. 934 78 63 10", {});
    row("es not: price", "precio 28,50 €", {});
    row("es not: flight", "Vuelo IB 3456 a Madrid", {});

    addressRows("it", {
        "Via Roma 10, 00184 Roma", "Via del Corso 12, 00186 Roma RM", "Via Garibaldi, 12, 20121 Milano",
        "Piazza San Marco 1, 30124 Venezia", "Corso Buenos Aires 33, 20124 Milano (MI)",
        "Via Montenapoleone 8, 20121 Milano", "Piazza del Duomo, 1, 20122 Milano", "Viale Monza 12, 20127 Milano",
        "Via dei Fori Imperiali 1, 00186 Roma", "Via della Conciliazione 4, 00193 Roma",
        "Lungarno Corsini 2, 50123 Firenze", "Via Toledo 256, 80134 Napoli", "Piazza Castello 1, 10121 Torino",
        "Corso Vittorio Emanuele II 15, 10125 Torino", "Via Etnea 100, 95131 Catania", "Via Po 21, 10124 Torino",
        "Strada Nuova 5, 16124 Genova", "Via Indipendenza 7, 40121 Bologna (BO)", "Piazza Bra 1, 37121 Verona",
        "Via Nazionale 243, 00184 Roma, Italia", "Via Toledo 256, 80134 Napoli, Italy",
    });
    row("it multi-line with country", "Via Roma 10\n00184 Roma RM\nItalia\n", {"Via Roma 10\n00184 Roma RM\nItalia"});
    row("it not: order", "Ordine 00184 spedito", {});
    row("it not: date", "il 12 marzo 2024 a Roma", {});
    row("it not: invoice", "Fattura 2024-118", {});
    row("it not: room", "Stanza 12, piano 3", {});
    row("it not: phone", "Tel. 06 1234 5678", {});
    row("it not: price", "prezzo 12,50 €", {});
    row("it not: flight", "Volo AZ 1234 per Roma", {});

    addressRows("nl", {
        "Damrak 1, 1012 LG Amsterdam", "Prinsengracht 263-267, 1016 GV Amsterdam",
        "Keizersgracht 123, 1015 CJ Amsterdam", "Coolsingel 40, 3011 AD Rotterdam",
        "Lange Voorhout 34, 2514 EE Den Haag", "Oudegracht 158, 3511 AZ Utrecht", "Museumstraat 1, 1071 XX Amsterdam",
        "Stationsplein 1, 3511 ED Utrecht", "Grote Markt 1, 9711 LV Groningen", "Markt 87, 5611 EB Eindhoven",
        "Vrijthof 1, 6211 LD Maastricht", "Herengracht 502, 1017 CB Amsterdam", "Binnenhof 1a, 2513 AA Den Haag",
        "Kalverstraat 92, 1012PH Amsterdam", "Witte de Withstraat 50, 3012 BR Rotterdam",
        "Van Baerlestraat 31, 1071 AN Amsterdam", "Breestraat 117, 2311 CM Leiden",
        "Nieuwezijds Voorburgwal 147, 1012 RJ Amsterdam", "Dam 1, 1012 JS Amsterdam, Nederland",
        "Coolsingel 40, 3011 AD Rotterdam, The Netherlands",
    });
    row("nl multi-line with country", "Damrak 1\n1012 LG Amsterdam\nNederland", {"Damrak 1\n1012 LG Amsterdam\nNederland"});
    row("nl not: order", "Bestelling 1012 verzonden", {});
    row("nl not: date", "op 12 maart 2024 in Amsterdam", {});
    row("nl not: invoice", "Factuur 2024-118", {});
    row("nl not: room", "Kamer 12, 3e verdieping", {});
    row("nl not: phone", "Tel. 020 123 4567", {});
    row("nl not: price", "prijs € 12,50", {});
    row("nl not: flight", "Vlucht KL 1234 naar Amsterdam", {});

    addressRows("nordic", {
        "Drottninggatan 53, 111 21 Stockholm", "Vasagatan 82, 413 98 Göteborg", "Storgatan 12 B, 114 51 Stockholm",
        "Kungsgatan 4, 411 19 Göteborg", "Stortorget 1, 211 22 Malmö", "Sveavägen 44, 111 34 Stockholm",
        "Karl Johans gate 22, 0159 Oslo", "Storgata 1, 0155 Oslo", "Bryggen 15, 5003 Bergen",
        "Kongens gate 30, 7012 Trondheim", "Dronning Eufemias gate 16, 0191 Oslo", "Vesterbrogade 3, 1620 København V",
        "Strøget 1, 1160 København K", "Nørregade 10, 2. tv, 1165 København K", "Åboulevarden 23, 8000 Aarhus C",
        "Mannerheimintie 1, 00100 Helsinki", "Aleksanterinkatu 52, 00100 Helsinki", "Hämeenkatu 10, 33100 Tampere",
        "Drottninggatan 53, 111 21 Stockholm, Sweden", "Karl Johans gate 22, 0159 Oslo, Norway",
        "Strøget 1, 1160 København K, Danmark", "Mannerheimintie 1, 00100 Helsinki, Finland",
    });
    row("nordic multi-line with country", "Drottninggatan 53\n111 21 Stockholm\nSverige", {"Drottninggatan 53\n111 21 Stockholm\nSverige"});
    row("nordic multi-line norway", "Karl Johans gate 22\n0159 Oslo\nNorge", {"Karl Johans gate 22\n0159 Oslo\nNorge"});
    row("nordic not: invoice", "Faktura 2024-118", {});
    row("nordic not: date", "den 12 mars 2024 i Stockholm", {});
    row("nordic not: phone", "Tel. 08-123 456 78", {});
    row("nordic not: price", "pris 123 kr", {});
    row("nordic not: room", "Rum 12, våning 3", {});
    row("nordic not: flight", "Flyg SK 1234 till Oslo", {});
    row("nordic not: time", "kl. 10.00 i Göteborg", {});

    addressRows("pobox", {
        "P.O. Box 1234, Boulder, CO 80306", "Post Office Box 350, Anchorage, AK 99501", "P. O. Box 9, Reno, NV 89504",
        "PO Box 12, London W1A 1AA", "Postfach 10 01 23, 10001 Berlin", "Apartado de Correos 45, 28080 Madrid",
        "Casella Postale 12, 00100 Roma", "Postbus 123, 1000 AC Amsterdam", "Box 123, 101 23 Stockholm",
        "Postboks 8100, 0032 Oslo", "PO Box 77, Anchorage, AK 99501, USA", "PO Box 4521, Springfield, IL 62701",
        "P.O. Box 33, Dublin, OH 43017, USA", "Postfach 1234, 80331 München", "BP 12, 75002 Paris",
        "Boîte postale 45, 69001 Lyon", "Postbus 9000, 2500 GA Den Haag", "Apartado 123, 28080 Madrid",
        "Casella Postale 88, 20100 Milano (MI)", "Box 7, 111 20 Stockholm, Sweden",
    });
    row("pobox multi-line with country", "P.O. Box 1234\nBoulder, CO 80306\nUSA", {"P.O. Box 1234\nBoulder, CO 80306\nUSA"});
    row("pobox multi-line german", "Postfach 10 01 23\n10001 Berlin\nDeutschland", {"Postfach 10 01 23\n10001 Berlin\nDeutschland"});
    row("pobox not: box of", "Box 3 of 5", {});
    row("pobox not: inbox", "inbox 12 messages", {});
    row("pobox not: xbox", "Xbox 360", {});
    row("pobox not: dropbox", "Dropbox 2024 plan", {});
    row("pobox not: blood pressure", "BP 120/80 measured", {});
    row("pobox not: purchase order", "PO 4521 approved", {});
    row("pobox not: box contents", "Box 12 contains cables", {});
    row("pobox not: sandbox", "sandbox 123 is down", {});
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
