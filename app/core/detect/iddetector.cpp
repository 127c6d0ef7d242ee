// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/iddetector.h"

#include "detect/idnumbers.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Blackout {

namespace {

constexpr double kChecksumAndContext = 0.95;
constexpr double kChecksumOnly = 0.8;
constexpr double kContextOnly = 0.85;

// Around a number: not inside a longer number, a word, a version (1.2.3), a path, after '#' (order #...) or
// a '+' (a phone number), and not one group of a longer spaced number ("+49 30 12 345 678 901").
const QString kBefore = QStringLiteral(R"((?<![\w.,/#+-])(?<!\d[ ])(?<![#+][ ]))");
const QString kAfter = QStringLiteral(R"((?![\w]|[.,/-]\w|[ ]\d))");

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// Words that name a number, with an abbreviation after them ("DNI núm.", "BSN nr."): a dot after the words
// ends a sentence.
QRegularExpression words(const QString &alternatives)
{
    return caseless(QStringLiteral(R"((?<!\w)(?:)") + alternatives
                    + QStringLiteral(R"()(?:[ \t]*(?:no|nr|n[úu]m|num|n°|nº)\.)?(?!\w))"));
}

// The last match of words ending within window characters before start, with no digit in between and no
// sentence end, paragraph, quoted line or header between them (a number after "SSN 1, BSN" is not the BSN's).
bool wordsBefore(const QString &text, int start, const QRegularExpression &re, int window = 40)
{
    const int from = std::max(0, start - window);
    auto it = re.globalMatch(QStringView(text).mid(from, start - from));
    int lastEnd = -1;
    while (it.hasNext())
        lastEnd = from + int(it.next().capturedEnd());
    if (lastEnd < 0)
        return false;
    const QStringView between = QStringView(text).mid(lastEnd, start - lastEnd);
    if (std::any_of(between.begin(), between.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QRegularExpression breaks(
        QStringLiteral(R"([!?;]|\.(?:\s|$)|\n\s*\n|\n[ \t]*[>|]|\n[ \t]*\p{L}[\p{L} \t]*:)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return !breaks.match(between).hasMatch();
}

// Words right after the number: "123456782 (BSN)".
bool wordsAfter(const QString &text, int end, const QRegularExpression &re)
{
    const QStringView rest = QStringView(text).mid(end, 32);
    static const QRegularExpression lead(QStringLiteral(R"(^[ \t]*[(\[,-]?[ \t]*)"));
    const QRegularExpressionMatch m = lead.match(rest);
    const int skip = m.hasMatch() ? int(m.capturedLength()) : 0;
    const QRegularExpressionMatch w = re.match(rest.mid(skip));
    return w.hasMatch() && w.capturedStart() == 0;
}

bool hasContext(const QString &text, int start, int end, const QRegularExpression &re)
{
    return wordsBefore(text, start, re) || wordsAfter(text, end, re);
}

// Words that say a number is something else.
bool decoyBefore(const QString &text, int start)
{
    static const QRegularExpression decoys = words(QStringLiteral(
        R"(orders?|order[ \t]+(?:no|number|id)\.?|bestell\w*|auftrag\w*|invoice|rechnung\w*|facture|)"
        R"(factura|fattura|tracking|track|sendung\w*|shipment|parcel|paket\w*|colis|isbn|issn|ean|upc|gtin|)"
        R"(sku|ref\.?|reference|referenz|r[ée]f[ée]rence|ticket|case|kunden\w*|customer|account|acct|konto\w*|)"
        R"(transaction|transaktion|booking|buchung\w*|confirmation|vorgang\w*|aktenzeichen|az\.?|tel\.?|)"
        R"(telefon\w*|phone|fon|fax|mobil\w*|mobile|handy|cell|call|whatsapp|version|build|serial|serien\w*|)"
        R"(part|artikel\w*|art\.?-?nr\.?|p\.?o\.?)"));
    return wordsBefore(text, start, decoys, 32);
}

QString stripSeparators(QString s)
{
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char('.'));
    return s;
}

// One kind of number: its shape (group 1 is the number), its check, the words that name it and whether it
// needs them.
struct NumberRule {
    const QRegularExpression &shape;
    std::function<bool(const QString &raw)> valid;
    const QRegularExpression &context;
    std::function<bool(const QString &raw)> needsContext;
    double certaintyWithContext = kChecksumAndContext;
};

// Part of a link or an email address ("?id=86095742719", "86095742719@example.com"): that detector's datum.
bool insideLinkOrAddress(const QString &text, int start, int end)
{
    // Links are long, but not unbounded: a huge token (a hostile file) costs no more than this per number.
    constexpr int reach = 512;
    int from = start;
    while (from > 0 && start - from < reach && !text.at(from - 1).isSpace())
        --from;
    int to = end;
    while (to < text.size() && to - end < reach && !text.at(to).isSpace())
        ++to;
    const QStringView token = QStringView(text).mid(from, to - from);
    return token.contains(QLatin1Char('@')) || token.contains(QLatin1String("://"))
           || token.contains(QLatin1String("www."), Qt::CaseInsensitive) || token.contains(QLatin1Char('='));
}

void scan(const QString &text, const NumberRule &rule, QList<Match> &out)
{
    auto it = rule.shape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString raw = m.captured(1);
        if (!rule.valid(raw))
            continue;
        const int start = int(m.capturedStart(1));
        const int end = int(m.capturedEnd(1));
        if (insideLinkOrAddress(text, start, end))
            continue;
        const bool context = hasContext(text, start, end, rule.context);
        if (!context && (rule.needsContext(raw) || decoyBefore(text, start)))
            continue;
        out.append(Match{PiiType::Id, start, end - start, context ? rule.certaintyWithContext : kChecksumOnly});
    }
}

const auto always = [](const QString &) { return true; };
const auto never = [](const QString &) { return false; };

QRegularExpression numberShape(const QString &shape, const QString &after = kAfter)
{
    return QRegularExpression(kBefore + QLatin1Char('(') + shape + QLatin1Char(')') + after);
}

bool checkStripped(const QString &raw, bool (*check)(QStringView))
{
    return check(stripSeparators(raw));
}

void findNumbers(const QString &text, QList<Match> &out)
{
    // UK National Insurance number: no check digit; the spaced form "AB 12 34 56 C" alone, compact only
    // with words that name it.
    static const QRegularExpression nino(
        QStringLiteral(R"((?<![\w.,/#+-])([A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D])(?!\w))"));
    static const QRegularExpression ninoWords = words(QStringLiteral(
        R"(NI|NINO|N\.I\.|NI[ \t]*(?:No\.?|number|#)|national[ \t]+insurance(?:[ \t]+(?:no\.?|number|#))?|)"
        R"(nat\.?[ \t]*ins\.?(?:[ \t]+no\.?)?)"));
    static const QRegularExpression ninoSpaced(QStringLiteral(R"(^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$)"));
    scan(text,
         {nino, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidNino); }, ninoWords,
          [](const QString &raw) { return !ninoSpaced.match(raw).hasMatch(); }},
         out);

    // German Steuer-ID: a check digit and the digit-repetition rule; "12 345 678 901" or eleven digits.
    static const QRegularExpression steuerId =
        numberShape(QStringLiteral(R"([1-9]\d{10}|[1-9]\d [0-9]{3} [0-9]{3} [0-9]{3})"));
    static const QRegularExpression steuerWords = words(QStringLiteral(
        R"(steuer[- ]?id(?:[- ]?nr\.?)?|steuer-?identifikationsnummer|steuerliche[ \t]+identifikationsnummer|)"
        R"(identifikationsnummer|id[- ]?nr\.?|idnr\.?|)"
        R"(tax[ \t]+id(?:entification)?(?:[ \t]+(?:no\.?|number))?|TIN|steuer-?nr\.?|steuernummer)"));
    scan(text,
         {steuerId, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidSteuerId); }, steuerWords,
          never},
         out);

    // French NIR: 13 digits and a 2-digit key (mod 97), Corsica 2A/2B; "1 84 12 76 451 089 46" or compact.
    static const QRegularExpression nir = numberShape(QStringLiteral(
        R"([1-478]\d{4}(?:\d{2}|2[AB])\d{8}|[1-478] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2})"));
    static const QRegularExpression nirWords = words(QStringLiteral(
        R"(NIR|INSEE|(?:num[ée]ro|n°|no\.?)?[ \t]*(?:de[ \t]+)?s[ée]cu(?:rit[ée][ \t]+sociale)?|)"
        R"(s[ée]curit[ée][ \t]+sociale|carte[ \t]+vitale|N°[ \t]*SS|)"
        R"(social[ \t]+security(?:[ \t]+(?:no\.?|number))?)"));
    scan(text, {nir, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidNir); }, nirWords, never},
         out);

    // Spanish DNI and NIE: the letter is a weak check (1 in 23), so only with words that name them.
    static const QRegularExpression dni = numberShape(
        QStringLiteral(R"((?:\d{8}|\d{2}\.\d{3}\.\d{3}|[XYZ][ -]?\d{7})[ -]?[A-Z])"), QStringLiteral(R"((?!\w))"));
    static const QRegularExpression dniWords = words(QStringLiteral(
        R"(DNI|D\.N\.I\.?|NIF|N\.I\.F\.?|NIE|N\.I\.E\.?|documento[ \t]+nacional[ \t]+de[ \t]+identidad|)"
        R"(n[úu]mero[ \t]+de[ \t]+identidad|)"
        R"(n[úu]mero[ \t]+de[ \t]+identificaci[óo]n(?:[ \t]+de[ \t]+extranjero)?|)"
        R"(tarjeta[ \t]+de[ \t]+residencia|carn[ée][ \t]+de[ \t]+identidad)"));
    scan(text,
         {dni, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidDniOrNie); }, dniWords, always},
         out);

    // Italian codice fiscale: a distinctive shape and a check letter.
    static const QRegularExpression cf(QStringLiteral(
        R"((?<![A-Za-z0-9])()"
        R"([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])"
        R"()(?![A-Za-z0-9]))"));
    static const QRegularExpression cfWords =
        words(QStringLiteral(R"(codice[ \t]+fiscale|cod\.?[ \t]*fisc\.?|C\.F\.|CF)"));
    scan(text, {cf, [](const QString &raw) { return IdNumbers::isValidCodiceFiscale(raw); }, cfWords, never}, out);

    // Dutch BSN: nine digits are common and the 11-proef passes one in eleven, so only with words.
    static const QRegularExpression bsn =
        numberShape(QStringLiteral(R"(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})"));
    static const QRegularExpression bsnWords = words(QStringLiteral(
        R"(BSN|burgerservicenummer|burger[ \t]*service[ \t]*nummer|sofi-?nummer|sofi-?nr\.?)"));
    scan(text,
         {bsn, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidBsn); }, bsnWords, always},
         out);

    // Nordic personal numbers.
    static const QRegularExpression nordicWords = words(QStringLiteral(
        R"(personnummer|personnr\.?|pers\.?[ \t]*nr\.?|p-?nr\.?|samordningsnummer|)"
        R"(f[øo]dselsnummer|f[øo]dselsnr\.?|fnr\.?|d-nummer|cpr(?:-?(?:nr\.?|nummer|number|no\.?))?|)"
        R"(henkil[öo]tunnus|hetu|sotu|personbeteckning|)"
        R"(personal[ \t]+(?:identity[ \t]+)?(?:number|code)|)"
        R"(personal[ \t]+id(?:entity)?[ \t]+(?:no\.?|number|code)|)"
        R"(national[ \t]+id(?:entity)?[ \t]+(?:no\.?|number)|identity[ \t]+number)"));
    // Swedish personnummer: Luhn is one digit, and YYMMDD-NNNN is the shape of many references: with words.
    static const QRegularExpression se = numberShape(QStringLiteral(R"((?:1[89]|20)?\d{6}[-+]?\d{4})"));
    scan(text,
         {se,
          [](const QString &raw) {
              QString digits = raw;
              digits.remove(QLatin1Char('-'));
              digits.remove(QLatin1Char('+'));
              return IdNumbers::isValidPersonnummer(digits);
          },
          nordicWords, always},
         out);
    // Norwegian fødselsnummer: two check digits.
    static const QRegularExpression no = numberShape(QStringLiteral(R"(\d{6}[ ]?\d{5})"));
    scan(text,
         {no, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidFodselsnummer); }, nordicWords,
          never},
         out);
    // Danish CPR: a date and four digits, no check: with words.
    static const QRegularExpression dk = numberShape(QStringLiteral(R"(\d{6}-?\d{4})"));
    scan(text,
         {dk, [](const QString &raw) { return checkStripped(raw, &IdNumbers::isValidCpr); }, nordicWords, always,
          kContextOnly},
         out);
    // Finnish henkilötunnus: a mod-31 check character. With a dash and a digit at the end it looks like many
    // references (one in 31 passes): with words; a letter century sign or check character is distinctive.
    static const QRegularExpression fi =
        numberShape(QStringLiteral(R"(\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y])"), QStringLiteral(R"((?!\w))"));
    scan(text,
         {fi, [](const QString &raw) { return IdNumbers::isValidHenkilotunnus(raw); }, nordicWords,
          [](const QString &raw) {
              const QChar sign = raw.at(6);
              return (sign == QLatin1Char('-') || sign == QLatin1Char('+')) && raw.at(10).isDigit();
          }},
         out);
}

// Passport, identity-card and driving-licence numbers: the token after the label.
void findLabelled(const QString &text, QList<Match> &out)
{
    static const QRegularExpression labelled(QStringLiteral(
        R"((?i:(?<!\w)(?:passport|reisepass(?:nummer)?|pass(?:nummer|[- ]nr\.?)|)"
        R"((?:num[ée]ro[ \t]+de[ \t]+)?passeport|(?:n[úu]mero[ \t]+de[ \t]+)?pasaporte|passaporto|)"
        R"(paspoort(?:nummer)?|)"
        R"(driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e|DL(?=[ \t]*(?:#|no\b|number|num\b))|)"
        R"(f[üu]hrerschein(?:nummer)?|permis[ \t]+de[ \t]+conduire|)"
        R"((?:carn(?:[ée]|et)|permiso)[ \t]+de[ \t]+conducir|)"
        R"(rijbewijs(?:nummer)?|personalausweis(?:nummer)?|ausweis(?:nummer|[- ]nr\.?)|id[- ]card|)"
        R"(identity[ \t]+card|carte[ \t]+d'identit[ée]|carta[ \t]+d'identit[àa])(?!\w))"
        R"((?:[ \t]*(?:[:#=-]|no\b\.?|nr\b\.?|n[°º]\.?|number|num(?:ber|[ée]ro)?\b\.?|is|ist|est|es))*)"
        R"([ \t]*(?:\n[ \t]*)?))"
        R"(([A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){3,24}))"));
    auto it = labelled.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Keep the first group and further groups that hold digits ("L01X00T47 UK": a number and a country).
        const QString token = m.captured(1);
        static const QRegularExpression group(QStringLiteral(R"([A-Z0-9]+)"));
        auto git = group.globalMatch(token);
        int keep = 0;
        bool first = true;
        while (git.hasNext()) {
            const QRegularExpressionMatch g = git.next();
            const QStringView part = g.capturedView();
            if (!first && std::none_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
                break;
            keep = int(g.capturedEnd());
            first = false;
        }
        const int start = int(m.capturedStart(1));
        const int end = start + keep;
        if (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
            continue;
        const QString compact = stripSeparators(token.left(keep));
        const auto digits = std::count_if(compact.begin(), compact.end(), [](QChar c) { return c.isDigit(); });
        if (compact.size() < 5 || compact.size() > 20 || digits < 2)
            continue;
        out.append(Match{PiiType::Id, start, end - start, kContextOnly});
    }
}

// Dates of birth: a date in a common shape right after a word that says so.
void findBirthDates(const QString &text, QList<Match> &out)
{
    static const QRegularExpression labels = words(QStringLiteral(
        R"(born(?:[ \t]+on)?|d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|geb\.|geboren(?:[ \t]+am)?|)"
        R"(geburtsdatum|né(?:e|\(e\))?[ \t]+le|date[ \t]+de[ \t]+naissance|)"
        R"(fecha[ \t]+de[ \t]+nacimiento|f\.[ \t]*(?:de[ \t]+)?nac\.|nacid[oa][ \t]+el|)"
        R"(data[ \t]+di[ \t]+nascita|)"
        R"(nat[oa][ \t]+il|geboortedatum|geboren[ \t]+op|f[öo]delsedatum|f[øo]dselsdato|syntym[äa]aika)"));
    static const QString month = QStringLiteral(
        R"((?:january|february|march|april|may|june|july|august|september|october|november|december|)"
        R"(januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|)"
        R"(janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|)"
        R"(décembre|decembre|)"
        R"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|)"
        R"(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez)\.?(?!\p{L}))");
    static const QRegularExpression shapes[] = {
        // 12/03/1984, 12.03.1984, 03-12-84
        QRegularExpression(
            QStringLiteral(R"((?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d))")),
        // 1984-03-12, 1984/03/12
        QRegularExpression(QStringLiteral(R"((?<![\d./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d))")),
        // 12 March 1984, 12. März 1984, 12th of March, 1984, 12 de marzo de 1984, 12-Mar-1984
        caseless(QStringLiteral(R"((?<![\d.-])(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:[ \t]+(?:of[ \t]+|de[ \t]+)?|-))")
                 + month
                 + QStringLiteral(R"((?:,?[ \t]+(?:de[ \t]+)?|-)(\d{4})(?!\d))")),
        // March 12, 1984
        caseless(month + QStringLiteral(R"([ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?!\d))")),
    };
    // A birthday is often a party's date: only right after the word ("Birthday: 12.03.1984").
    static const QRegularExpression birthday =
        caseless(QStringLiteral(R"((?<!\w)(?:birthday|geburtstag)[ \t]*[:=-]?[ \t]*$)"));
    static const QRegularExpression anyLabel =
        caseless(labels.pattern() + QStringLiteral(R"(|birthday|geburtstag)"));
    if (!anyLabel.match(text).hasMatch())
        return;
    for (int s = 0; s < 4; ++s) {
        auto it = shapes[s].globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            int year = 0;
            int first = 0;
            int second = 0;
            if (s == 0) {
                first = m.captured(1).toInt();
                second = m.captured(3).toInt();
                year = m.captured(4).toInt();
                if (!IdNumbers::validDate(year, second, first) && !IdNumbers::validDate(year, first, second))
                    continue;
            } else if (s == 1) {
                year = m.captured(1).toInt();
                if (!IdNumbers::validDate(year, m.captured(3).toInt(), m.captured(4).toInt()))
                    continue;
            } else {
                first = m.captured(1).toInt();
                year = m.captured(2).toInt();
                if (first < 1 || first > 31)
                    continue;
            }
            if (year >= 100 && (year < 1900 || year > 2099))
                continue;
            const int start = int(m.capturedStart());
            const QStringView justBefore = QStringView(text).mid(std::max(0, start - 24), std::min(24, start));
            if (!wordsBefore(text, start, labels) && !birthday.match(justBefore).hasMatch()) {
                continue;
            }
            out.append(Match{PiiType::Id, start, int(m.capturedLength()), kContextOnly});
        }
    }
}

// What OCR reads for a digit beside other digits (O for 0, l or I for 1), read back as that digit; one
// character for one, so positions stay. The checks still decide: a folded reading counts only when valid.
QString foldOcrDigits(const QString &text)
{
    QString out = text;
    for (int i = 0; i < out.size(); ++i) {
        const ushort c = text.at(i).unicode();
        if (c != 'O' && c != 'o' && c != 'l' && c != 'I' && c != '|')
            continue;
        const bool digitBefore = i > 0 && text.at(i - 1).isDigit();
        const bool digitAfter = i + 1 < text.size() && text.at(i + 1).isDigit();
        if (!digitBefore && !digitAfter)
            continue;
        // Inside a word ("Bio2", "Lol1") it is a letter: a neighbour on the other side must not be one.
        const bool letterBefore = i > 0 && text.at(i - 1).isLetter();
        const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
        if (letterBefore || letterAfter)
            continue;
        out[i] = (c == 'O' || c == 'o') ? QLatin1Char('0') : QLatin1Char('1');
    }
    return out;
}

} // namespace

QList<Match> IdDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> found;
    findNumbers(text, found);
    if (context.ocrText) {
        const QString folded = foldOcrDigits(text);
        if (folded != text) {
            QList<Match> slips;
            findNumbers(folded, slips);
            for (Match &m : slips)
                m.certainty = std::min(m.certainty, kChecksumOnly);
            found += slips;
        }
    }
    findLabelled(text, found);
    findBirthDates(text, found);
    // One match per span: the surest, then the longest.
    std::stable_sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        if (a.certainty != b.certainty)
            return a.certainty > b.certainty;
        return a.length > b.length;
    });
    QList<Match> out;
    for (const Match &m : std::as_const(found)) {
        const bool overlaps = std::any_of(out.begin(), out.end(), [&](const Match &k) {
            return m.start < k.start + k.length && k.start < m.start + m.length;
        });
        if (!overlaps)
            out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}

} // namespace Blackout
