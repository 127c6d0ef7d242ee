// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/addressdetector.h"

#include "detect/namelexicon.h"
#include "model/textfold.h"

#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

namespace {

// English street types, long and short.
const QString kStreetType = QStringLiteral(
    R"((?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|)"
    R"(Parkway|Pkwy|Circle|Cir|Square|Sq|Highway|Hwy|Close|Crescent|Cres|Row|Mews|Gardens|Gdns|Hill|Walk|Grove|)"
    R"(Trail|Trl|Loop|Pike|Plaza|Alley|Broadway|Green|Park|Rise|Vale|View|Wharf|Quay|Embankment|Parade|Path|Run|Point|Pt|Crossing|Xing|Commons|Estate))");
// A word of a street or city name.
const QString kCap = QStringLiteral(R"((?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th)|[Oo]f|[Tt]he|de|la|du))");
// A unit, floor or suite after the street.
const QString kUnit = QStringLiteral(R"((?:(?:,|\n)?[ \t]*(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Flat|Fl\.?|Room|Rm\.?|Building|Bldg\.?|#)[ \t]*[#]?[\w-]{1,6}))");
// The city and postcode tails. A layout may wrap a line anywhere in them (between state and ZIP code too).
// US states written out: "Mountain View, California 94043".
const QString kStateName = QStringLiteral(
    R"((?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|)"
    R"(Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|)"
    R"(Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]+Hampshire|New[ \t]+Jersey|New[ \t]+Mexico|New[ \t]+York|)"
    R"(North[ \t]+Carolina|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island|South[ \t]+Carolina|)"
    R"(South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ \t]+Virginia|Wisconsin|Wyoming))");
const QString kUsTail = QStringLiteral(R"((?:\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,3}),?(?:[ \t]+|[ \t]*\n[ \t>|]*)(?:A[LKZR]|C[AOT]|D[EC]|F[L]|G[A]|H[I]|I[DLNA]|K[SY]|L[A]|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|P[AR]|R[I]|S[CD]|T[NX]|U[T]|V[TA]|W[AVIY]|D\.C\.|%STATE%)(?:[ \t]+|[ \t]*\n[ \t>|]*)\d{5}(?:-\d{4})?)")
                                .replace(QLatin1String("%STATE%"), kStateName);
// Up to two places (locality, post town) before the postcode: "Kensington, London W8 4PT".
const QString kUkTail = QStringLiteral(R"((?:\p{Lu}[\p{L}'-]*(?:[ \t]+(?:\p{Lu}[\p{L}'-]*|upon|on|under|in|le)){0,2}(?:,[ \t]*|[ \t]+|[ \t]*\n[ \t>|]*)){0,2}[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w]))");
// Postcode and city: 10115 Berlin, D-10115 Berlin, 75002 Paris Cedex 02, 1012 LG Amsterdam, 20121 Milano (MI).
const QString kEuTail = QStringLiteral(R"((?:(?:D|F|A|CH|L|B|I|E|NL|N|S|DK|FI)-)?\d{4,5}(?:[ \t]?[A-Z]{2}(?![\p{L}]))?[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t-]+(?:\p{Lu}[\p{L}'’-]*|am|an|der|sur|en|le|la|de|im|sul|di))*(?:[ \t]+\d{1,2}(?:e|er)?)?(?:[ \t]+\([A-Z]{2}\))?)");
// Swedish postcodes have a space after three digits: 413 98 Göteborg.
const QString kNordicTail = QStringLiteral(R"((?:S-|SE-)?\d{3}[ \t]\d{2}[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t-]+\p{Lu}[\p{L}'’-]*)*)");

// Between the street and the city: a comma or a line break (the next line may be quoted with '>', or with a
// quote bar that OCR reads as '|').
// OCR often reads an empty line between two lines of an address block: one is allowed.
const QString kSep = QStringLiteral(R"((?:,[ \t]*(?:\n[ \t>|]*){0,2}|[ \t]*(?:\n[ \t>|]*){1,2}|,?[ \t]+))");
const QString kHardSep = QStringLiteral(R"((?:,[ \t]*(?:\n[ \t>|]*){0,2}|[ \t]*(?:\n[ \t>|]*){1,2}))");

// What follows a postcode is a city, not the word after a year: "Windows 11, 2024 Update", "Plan 3, 2025 Budget".
const QString kNotCity = QStringLiteral(
    R"((?!(?:Edition|Update|Release|Version|Model|Series|Report|Review|Budget|Plan|Season|Summer|Winter|Spring|)"
    R"(Autumn|Fall|Annual|Conference|Meeting|Results|Roadmap|Q[1-4])(?![\p{L}])))");

QString withSeparators(QString pattern)
{
    return pattern.replace(QLatin1String("%SEP%"), kSep)
        .replace(QLatin1String("%HARD%"), kHardSep)
        .replace(QLatin1String("%CITY%"), kNotCity);
}

const QRegularExpression &englishStreet()
{
    // 1185 Commonwealth Avenue, Suite 400, Boston, MA 02134 / 10 Downing Street, London SW1A 2AA. A line may
    // break anywhere in it: OCR lines of a paragraph end where the page's lines did, and OCR may lose the space
    // after the house number ("662Cedar Lane").
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.,-])\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?(?:[ \t]+|[ \t]*\n[ \t>|]*|(?=\p{Lu}\p{Ll}))(?:[NSEW]\.?[ \t]+)?)"
                       R"((?:%1(?:[ \t]+|[ \t]*\n[ \t>|]*)){1,4}%2\.?(?![\p{L}]))"
                       R"((?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?(?![\p{L}]))?)"
                       R"(%3?(?:(?:,[ \t]*(?:\n[ \t>|]*)?|[ \t]*\n[ \t>|]*)%3)?)"
                       R"((?:%SEP%(?:%4|%5|%6))?)")
            .arg(kCap, kStreetType, kUnit, kUsTail, kUkTail, kEuTail)
            .replace(QLatin1String("%SEP%"), kSep));
    return re;
}

const QRegularExpression &germanStreet()
{
    // Hauptstraße 12, 10115 Berlin / Berliner Straße 5a / Am Markt 3 is left out: no street type.
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}])(?:\p{Lu}[\p{L}-]*(?:[ \t-]+\p{Lu}[\p{L}-]*)?(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|hof|berg|stieg|kai)|)"
                       R"(\p{Lu}[\p{L}-]*[ \t]+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee)))"
                       R"((?:[ \t]+|[ \t]*\n[ \t>|]*)\d{1,4}[ \t]?[a-zA-Z]?(?:[-/]\d{1,4}[a-z]?)?(?![\w]))"
                       R"((?:%SEP%%1)?)")
            .arg(kEuTail)
            .replace(QLatin1String("%SEP%"), kSep));
    return re;
}

const QRegularExpression &frenchStreet()
{
    // 12 rue de la Paix, 75002 Paris / 3 bis avenue Victor Hugo
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.,-])\d{1,4}(?:[ \t]?(?:bis|ter|[A-Ba-b]))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours|square|passage|sentier|rond-point|calle|via|viale|piazza|avenida|rua))"
                       R"((?:[ \t]+(?:de|du|des|la|le|les|l'|l’|d'|d’|del|della|di|dos|da)){0,2}[ \t]*(?:\p{Lu}[\p{L}'’-]*|\d{1,2}(?:e|er))(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le))*)"
                       R"((?:%SEP%%1)?)")
            .arg(kEuTail)
            .replace(QLatin1String("%SEP%"), kSep));
    return re;
}

const QRegularExpression &poBox()
{
    // P.O. Box 1234, Postfach 10 01 23, Postbus 123, Apartado de Correos 45, Casella Postale 12: the words
    // alone say it. "Box", "BP" (also blood pressure: BP 120/80), "CP" and "Postboks" say it only with a
    // postcode tail.
    static const QRegularExpression re(withSeparators(
        QStringLiteral(R"((?<![\w])(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|PO[ \t]+Box|Postfach|Postbus|)"
                       R"(Boîte[ \t]+postale|Apartado(?:[ \t]+de[ \t]+Correos)?|Casella[ \t]+Postale)[ \t]+\d{1,7}(?:[ \t]\d{2}){0,3})"
                       R"((?:%SEP%(?:%1|%2|%3|%4))?)")
            .arg(kUsTail, kUkTail, kEuTail, kNordicTail)));
    return re;
}

const QRegularExpression &weakPoBox()
{
    // Box 123, 101 23 Stockholm / Postboks 12, 0101 Oslo / CP 45, 1000 Lausanne / BP 12, 75002 Paris
    static const QRegularExpression re(withSeparators(
        QStringLiteral(R"((?<![\w])(?:Box|BP|Postboks|Postbox|CP|Pb\.?)[ \t]+\d{1,7}%HARD%(?:%1|%2))").arg(kEuTail, kNordicTail)));
    return re;
}

const QRegularExpression &usStreetAnyName()
{
    // 350 Bowery, New York, NY 10012: a street name without a street type is an address when a US city, state
    // and ZIP code follow it after a comma or a line break.
    static const QRegularExpression re(withSeparators(
        QStringLiteral(R"((?<![\w.,#$€£-])\d{1,6}[A-Za-z]?(?:-\d{1,5})?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:%1[ \t]+){0,3}%1\.?)"
                       R"(%2?%HARD%%3)")
            .arg(kCap, kUnit, kUsTail)));
    return re;
}

const QRegularExpression &ukStreetAnyName()
{
    // 1 Princes Dock, Liverpool L3 1DL: the same with a British postcode.
    static const QRegularExpression re(withSeparators(
        QStringLiteral(R"((?<![\w.,#$€£-])\d{1,4}[A-Za-z]?(?:-\d{1,4})?[ \t]+(?:%1[ \t]+){0,3}%1%HARD%%2)").arg(kCap, kUkTail)));
    return re;
}

const QRegularExpression &streetBeforeTownAndPostcode()
{
    // 21 Jalan Bukit Merah, Singapore 150021 / 12 MG Road, Bengaluru 560001: a numbered street of any name, then
    // a town and a five- or six-digit postcode after it (Asia's order). The town (group 1) must be a place.
    static const QRegularExpression re(withSeparators(
        QStringLiteral(R"((?<![\w.,#$€£-])\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?[ \t]+(?:%1[ \t]+){0,3}%1%HARD%)"
                       R"((\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]+\d{5,6}(?![\w]))")
            .arg(kCap)));
    return re;
}

const QRegularExpression &europeanStreet()
{
    // Street name (any type: Calle Sierpes, Vasagatan, Am Mühlbach, Karl Johans gate, C/ Mayor) and house
    // number (Calle de Alcalá, 42; Prinsengracht 263-267), an optional floor or unit (3º C, 2. tv), then a
    // postcode and city after a comma or line break: the postcode makes it an address. Words that start
    // other numbered things (Order 1234, Room 12) and months ("April 2, 2024 O" is a date) are no street.
    static const QRegularExpression re(withSeparators(QStringLiteral(
        R"((?<![\p{L}\d/])(?!(?:Order|Invoice|Ticket|Room|Zimmer|Raum|Version|Case|Ref|Nr|No|Item|Page|Seite|Total|)"
        R"(Flight|Gate|Platform|Line|Linie|Tel|Fax|Phone|Kunde|Bestellung|Rechnung|Artikel|Box|Apt|Suite|Unit|)"
        R"(January|February|March|April|May|June|July|August|September|October|November|December|)"
        R"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b))"
        R"((?:C/[ \t]*|(?:ul|al|pl|os)[.,][ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|el|di|della|dei|degli|delle|al|alla|da|do|dos|van|)"
        R"(von|der|den|am|an|im|zum|zur|auf|gate|gata|gatan|gaten|vei|veien|vej|väg|vägen|tie|katu)){0,4})"
        R"((?:,[ \t]*\d{1,3}|[ \t]+\d{1,4})[ \t]?[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?(?![\w]))"
        R"((?:,[ \t]*(?:\d{1,2}[º°ª]?(?:[ \t]?[A-Za-z](?![\w]))?|\d{1,2}\.[ \t]?(?:th|tv|mf|sal)|(?:Apt|Piso|Puerta|Etage|Stock|Whg|Lgh|Bus|Scala|Int)\.?[ \t]*\w{1,4}|\d{1,2}(?:st|nd|rd|th)[ \t]+Floor))?)"
        R"(%HARD%(?:[A-Z]{1,2}-)?(?:\d{5}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}(?:[ \t]?[A-Z]{2}(?![\p{L}]))?)[ \t]+%CITY%\p{Lu}[\p{L}'’-]*(?:[ \t-]+(?:(?:am|an|der|sur|en|le|la|de|im|sul|di)[ \t]+)?\p{Lu}[\p{L}'’-]*)*)"
        R"((?:[ \t]+\([A-Z]{2}\))?)")));
    return re;
}

// A country after the address, on its line or the next: ", Germany", "USA", "Deutschland".
int countryEnd(const QString &text, int end)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:,[ \t]*(?:\n[ \t>|]*)?|[ \t]*\n[ \t>|]*|[ \t]+)(?:USA|U\.S\.A\.?|U\.S\.|US|United[ \t]+States(?:[ \t]+of[ \t]+America)?|)"
        R"(UK|U\.K\.|United[ \t]+Kingdom|Great[ \t]+Britain|England|Scotland|Wales|Northern[ \t]+Ireland|Ireland|)"
        R"(Germany|Deutschland|France|Spain|España|Espana|Italy|Italia|(?:The[ \t]+)?Netherlands|Nederland|Holland|)"
        R"(Belgium|België|Belgique|Sweden|Sverige|Norway|Norge|Denmark|Danmark|Finland|Suomi|Iceland|Ísland|)"
        R"(Austria|Österreich|Switzerland|Schweiz|Suisse|Svizzera|Portugal|Luxembourg|Canada)(?![\p{L}\d]))"));
    const QRegularExpressionMatch m = re.match(QStringView(text).mid(end, 48));
    return m.hasMatch() ? end + int(m.capturedLength()) : end;
}

// A town or a country of the gazetteer after the address, ending its line or followed by a comma: ", Bristol",
// ", Dublin 2" (with its postal district), ", Bengaluru 560001", ", Poland". A sentence going on after a
// capitalised word ("10 Downing Street, Boris said") is no town.
int placeEnd(const QString &text, int end)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:,[ \t]*(?:\n[ \t>|]*)?|[ \t]*\n[ \t>|]*)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}))"
        R"((?:[ \t]+(?:\d{5,6}|\d{1,2}))?(?=[ \t]*(?:$|\n|[,;.)])))"));
    for (int round = 0; round < 2; ++round) {
        const QRegularExpressionMatch m = re.match(QStringView(text).mid(end, 64));
        if (!m.hasMatch() || !NameLexicon::bundled().isPlace(TextFold::fold(m.captured(1))))
            break;
        end += int(m.capturedLength());
    }
    return end;
}

// Numbered things that are no street, wherever the word stands in the street part: "Meeting Room 4, 10115
// Berlin", "12 People, Austin, TX 78701", "Table 3, 2019 Census" (a year reads as a four-digit postcode).
bool namesAStreet(QStringView match)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:Orders?|Invoices?|Tickets?|Rooms?|Zimmer|Raum|Version|Release|Ref|Items?|Seite|Total|)"
                       R"(Flight|Platform|Tel|Fax|Phone|People|Persons|Guests|Units|Pieces|Copies|Results|Days|Hours|)"
                       R"(Minutes|Weeks|Months|Years|Percent|Dollars|Euros|Pounds|Edition|Chapter|Figure|Table|Section|Part|Appendix|)"
                       R"(Annex|Exhibit|Volume|Vol|Issue|Episode|Season|Phase|Step|Round|Grade|Sprint|Update|Windows|)"
                       R"(iPhone|Galaxy|Model|Series|Revision|Rev|Slide|Lesson|Module)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype cut = match.size();
    for (qsizetype i = 0; i < match.size(); ++i) {
        if (match.at(i) == QLatin1Char(',') || match.at(i) == QLatin1Char('\n')) {
            cut = i;
            break;
        }
    }
    return !re.match(match.left(cut)).hasMatch();
}

// placeGroup: a capture group that must name a place of the gazetteer (0: none).
void addAll(const QRegularExpression &re, const QString &text, double certainty, QList<Match> &out, int placeGroup = 0)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!namesAStreet(m.capturedView()))
            continue;
        int start = int(m.capturedStart());
        int end = int(m.capturedEnd());
        while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char(',')))
            --end;
        if (placeGroup > 0 && !NameLexicon::bundled().isPlace(TextFold::fold(m.captured(placeGroup))))
            continue;
        end = countryEnd(text, placeEnd(text, end));
        out.append(Match{PiiType::Address, start, end - start, certainty});
    }
}

} // namespace

QList<Match> AddressDetector::find(const QString &text, const DetectionContext &) const
{
    QList<Match> raw;
    bool hasDigit = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            hasDigit = true;
            break;
        }
    }
    if (!hasDigit)
        return raw;
    addAll(englishStreet(), text, 0.85, raw);
    addAll(germanStreet(), text, 0.85, raw);
    addAll(frenchStreet(), text, 0.85, raw);
    addAll(usStreetAnyName(), text, 0.8, raw);
    addAll(ukStreetAnyName(), text, 0.8, raw);
    addAll(poBox(), text, 0.8, raw);
    addAll(weakPoBox(), text, 0.75, raw);
    addAll(europeanStreet(), text, 0.75, raw);
    addAll(streetBeforeTownAndPostcode(), text, 0.75, raw, 1);
    std::sort(raw.begin(), raw.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    QList<Match> out;
    for (const Match &m : raw) {
        if (!out.isEmpty() && m.start < out.last().start + out.last().length) {
            Match &last = out.last();
            last.length = std::max(last.start + last.length, m.start + m.length) - last.start;
            continue;
        }
        out.append(m);
    }
    return out;
}

} // namespace Blackout
