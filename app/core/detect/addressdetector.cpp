// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/addressdetector.h"

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
const QString kUnit = QStringLiteral(R"((?:(?:,|\n)?[ \t]*(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|Room|Rm\.?|Flat|Building|Bldg\.?|#)[ \t]*[#]?[\w-]{1,6}))");
// The city and postcode tails. A layout may wrap a line anywhere in them (between state and ZIP code too).
const QString kUsTail = QStringLiteral(R"((?:\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,3}),?(?:[ \t]+|[ \t]*\n[ \t>|]*)(?:A[LKZR]|C[AOT]|D[EC]|F[L]|G[A]|H[I]|I[DLNA]|K[SY]|L[A]|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|P[AR]|R[I]|S[CD]|T[NX]|U[T]|V[TA]|W[AVIY])(?:[ \t]+|[ \t]*\n[ \t>|]*)\d{5}(?:-\d{4})?)");
const QString kUkTail = QStringLiteral(R"((?:\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,2},?[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w]))");
const QString kEuTail = QStringLiteral(R"((?:(?:D|F|A|CH|L|B)-)?\d{4,5}[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t-]+(?:\p{Lu}[\p{L}'’-]*|am|an|der|sur|en|le|la|de|im))*(?:[ \t]+\d{1,2}(?:e|er)?)?)");

// Between the street and the city: a comma or a line break (the next line may be quoted with '>', or with a
// quote bar that OCR reads as '|').
// OCR often reads an empty line between two lines of an address block: one is allowed.
const QString kSep = QStringLiteral(R"((?:,[ \t]*(?:\n[ \t>|]*){0,2}|[ \t]*(?:\n[ \t>|]*){1,2}|,?[ \t]+))");
const QString kHardSep = QStringLiteral(R"((?:,[ \t]*(?:\n[ \t>|]*){0,2}|[ \t]*(?:\n[ \t>|]*){1,2}))");

QString withSeparators(QString pattern)
{
    return pattern.replace(QLatin1String("%SEP%"), kSep).replace(QLatin1String("%HARD%"), kHardSep);
}

const QRegularExpression &englishStreet()
{
    // 1185 Commonwealth Avenue, Suite 400, Boston, MA 02134 / 10 Downing Street, London SW1A 2AA. A line may
    // break anywhere in it: OCR lines of a paragraph end where the page's lines did.
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.,-])\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?(?:[ \t]+|[ \t]*\n[ \t>|]*)(?:[NSEW]\.?[ \t]+)?)"
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
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w])(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|PO[ \t]+Box|Postfach|Boîte[ \t]+postale|BP)[ \t]+\d{1,7})"
                       R"((?:%SEP%(?:%1|%2|%3))?)")
            .arg(kUsTail, kUkTail, kEuTail)
            .replace(QLatin1String("%SEP%"), kSep));
    return re;
}

const QRegularExpression &europeanStreet()
{
    // Street name (any type: Calle Sierpes, Vasagatan, Am Mühlbach) and house number, an optional floor or
    // unit (3º C), then a postcode and city after a comma or line break: the postcode makes it an address.
    static const QRegularExpression re(withSeparators(QStringLiteral(
        R"((?<![\p{L}\d])\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|el|di|della|da|do|dos|van|von|der|den|am|an|im|zum|zur|auf)){0,4})"
        R"([ \t]+\d{1,4}[ \t]?[a-zA-Z]?(?![\w]))"
        R"((?:,[ \t]*(?:\d{1,2}[º°ª]?(?:[ \t]?[A-Za-z](?![\w]))?|(?:Apt|Piso|Puerta|Etage|Stock|Whg|Lgh|Bus)\.?[ \t]*\w{1,4}|\d{1,2}(?:st|nd|rd|th)[ \t]+Floor))?)"
        R"(%HARD%(?:[A-Z]{1,2}-)?(?:\d{5}|\d{3}[ \t]\d{2}|\d{4})[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t-]+\p{Lu}[\p{L}'’-]*)*)")));
    return re;
}

void addAll(const QRegularExpression &re, const QString &text, double certainty, QList<Match> &out)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart());
        int end = int(m.capturedEnd());
        while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char(',')))
            --end;
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
    addAll(poBox(), text, 0.8, raw);
    addAll(europeanStreet(), text, 0.75, raw);
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
