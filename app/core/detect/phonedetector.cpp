// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/phonedetector.h"

#include "detect/carddetector.h"
#include "model/textfold.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

#include <exception>

namespace Blackout {

namespace {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxTries = 1 << 16;

// Whether the digits after a reading that ends at end, on the next line, continue it: a group as long as its
// last one that ends the number ("09 56 64 76 | 09."), not the house number of an address below a number
// ("01 79 88 72 24 | 49 rue de la Paix", "(212) 555-0103 | 9631 Sunset Boulevard").
bool nextLineContinues(const QString &text, int end)
{
    int before = 0;
    for (int i = end - 1; i >= 0 && text.at(i).isDigit(); --i)
        ++before;
    int i = end;
    while (i < text.size() && !text.at(i).isDigit() && !text.at(i).isLetter())
        ++i;
    int after = 0;
    for (; i < text.size() && text.at(i).isDigit(); ++i)
        ++after;
    if (before == 0 || before != after)
        return false;
    int j = i;
    while (j < text.size() && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
        ++j;
    return !(j > i && j < text.size() && text.at(j).isLetter());
}

// Whether number is a valid phone number written nationally in one of regions.
bool validInAnyRegion(const PhoneNumberUtil &util, const QString &number, const QStringList &regions)
{
    const std::string candidate = number.toStdString();
    for (const QString &region : regions) {
        i18n::phonenumbers::PhoneNumber parsed;
        if (util.Parse(candidate, region.toStdString(), &parsed) == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsValidNumberForRegion(parsed, region.toStdString())) {
            return true;
        }
    }
    return false;
}

// Words that say the digits after them are something else than a phone number.
const QRegularExpression &notPhoneContext()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:\b(?:order|invoice|inv|ticket|ref|reference|case|tracking|account|acct|customer|)"
                       R"(id|no|nr|isbn|issn|po|booking|confirmation|serial|part|sku|iban|bic|swift|card|ssn|room|)"
                       R"(version|ver|build|release|firmware|v|kb|error|code|item|transaction|txn|claim|policy|)"
                       R"(member|membership|contract|receipt|batch|lot|patent|doi|sort|routing|aba|zip|postcode|)"
                       R"(bestellung|rechnung|kundennummer|auftrag|vorgang|faktura|factura|fattura|facture|factuur|commande|pedido|)"
                       R"(ordine|bestelling|ordre|ordrenummer)\b|#)\s*[:.#]?\s*(?:number|nummer|no\.?|nr\.?|#)?\s*[:.]?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &phoneContext()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:phone|tel|telephone|mobile|mob|cell|call|fax|whatsapp|signal|text|sms|reach|dial|)"
                       R"(ring|direct|office|landline|hotline|contact|telefon|handy|mobil|ruf|tél|portable)\b|☎|📞)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &dateOrTimeShape()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{2}|\d{1,2}[./]\d{4}|(?:19|20)\d{2}[./-]?[01]\d[0-3]\d)(?:\s+\d{1,2}[:.]\d{2}(?::\d{2})?)?$|:)"
        // An ISO date and the hour of its time, the rest cut off at the colon ("2024-03-18 11:15:00" in a
        // commit list, "2024-03-12 10:" where the column ends).
        R"(|^(?:19|20)\d{2}-[01]\d-[0-3]\d\s+[0-2]?\d$)"));
    return re;
}

// The span [start, end) is a whole token: no letter, digit or joining punctuation followed by a digit
// touches it, so it is not a piece of a longer number (a version, an IBAN, a reference).
bool standsAlone(const QString &text, int start, int end)
{
    if (start > 0) {
        const QChar b = text.at(start - 1);
        // OCR glues a one-letter label to the number ("T0161 496 0491", "M07700 900078").
        // Not a reference's O read as 0 after its letter ("P0-66523 (19 pallets)" for PO-66523).
        const bool gluedLabel = QStringLiteral("TMPFHWOE").contains(b) && (start < 2 || !text.at(start - 2).isLetterOrNumber())
            && !(start + 1 < text.size() && text.at(start + 1) == QLatin1Char('-'));
        if ((b.isLetterOrNumber() && !gluedLabel) || b == QLatin1Char('#') || b == QLatin1Char('/') || b == QLatin1Char('_'))
            return false;
        // A reference's joint, also as OCR misreads a hyphen ("INV?2024-86134" in a title bar). Not a comma
        // before an international number: a list's separator ("Room 4.12,+353 1 555 0142" in a passwd entry).
        const bool listedInternational = b == QLatin1Char(',') && text.at(start) == QLatin1Char('+');
        if (QStringLiteral(".-,?~=").contains(b) && start > 1 && text.at(start - 2).isLetterOrNumber()
            && !listedInternational)
            return false;
        // The rest of a reference broken after its hyphen: "INV-" at a line end, "2024-67540" below.
        if (b == QLatin1Char('\n') && start > 2 && text.at(start - 2) == QLatin1Char('-') && text.at(start - 3).isLetterOrNumber())
            return false;
    }
    if (end < text.size()) {
        const QChar a = text.at(end);
        if (a.isLetterOrNumber() || a == QLatin1Char('_') || a == QLatin1Char('%'))
            return false;
        if ((a == QLatin1Char('.') || a == QLatin1Char('-') || a == QLatin1Char(',') || a == QLatin1Char('/'))
            && end + 1 < text.size() && text.at(end + 1).isDigit()) {
            return false;
        }
    }
    return true;
}

bool looksLikePhone(const QString &text, int start, int end)
{
    QString raw = text.mid(start, end - start);
    // The extension is judged apart: "+44 20 7946 0457 ext. 1856" has a 12-digit number.
    static const QRegularExpression extension(QStringLiteral(R"([ \t]*[,;]?[ \t]*(?:ext\.?|extension|x|#)[ \t]*[:.]?[ \t]*\d{1,6}$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    raw.remove(extension);
    const QString digits = TextFold::digits(raw);
    if (digits.size() < 7 || digits.size() > 15)
        return false;
    if (!standsAlone(text, start, end))
        return false;
    if (dateOrTimeShape().match(raw).hasMatch())
        return false;
    // A dotted quad that is a valid IPv4 address is one.
    static const QRegularExpression quad(QStringLiteral(R"(^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$)"));
    if (quad.match(raw).hasMatch())
        return false;
    const bool international = raw.startsWith(QLatin1Char('+'));
    // Dotted groups: 206.995.5622 is a phone, 4.12.0.318 and 10.0.19045.1234 are versions.
    if (!raw.contains(QLatin1Char(' ')) && raw.count(QLatin1Char('.')) >= 2) {
        for (const QString &g : raw.split(QLatin1Char('.'))) {
            if (TextFold::digits(g).size() < 2)
                return false;
        }
    }
    // Decimal amounts (1,234.56 / 1.234,56) and SSN shapes.
    static const QRegularExpression amount(QStringLiteral(R"(^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2})?$)"));
    if (!international && amount.match(raw).hasMatch() && !raw.contains(QLatin1Char(' ')))
        return false;
    static const QRegularExpression ssn(QStringLiteral(R"(^\d{3}-\d{2}-\d{4}$)"));
    if (ssn.match(raw).hasMatch())
        return false;

    const QStringView line = TextFold::lineAround(text, start);
    const int lineStart = int(line.data() - text.data());
    const QString before = text.mid(std::max(lineStart, start - 30), start - std::max(lineStart, start - 30));
    const QString after = text.mid(end, std::min<int>(12, int(text.size()) - end));
    // Currency before or after.
    static const QRegularExpression currencyBefore(QStringLiteral(R"([$€£¥₹]\s*$|\b(?:USD|EUR|GBP|CHF)\s*$)"));
    static const QRegularExpression currencyAfter(QStringLiteral(R"(^\s*(?:[$€£¥]|USD|EUR|GBP|CHF|dollars|euros?)\b)"));
    if (currencyBefore.match(before).hasMatch() || currencyAfter.match(after).hasMatch())
        return false;
    const bool phoneWords = phoneContext().match(line).hasMatch();
    if (notPhoneContext().match(before).hasMatch() && !phoneWords)
        return false;
    // 13 digits starting 978/979 are an ISBN; Luhn-valid card-length runs are card numbers.
    if (digits.size() == 13 && (digits.startsWith(QLatin1String("978")) || digits.startsWith(QLatin1String("979"))))
        return false;
    if (!international && digits.size() >= 13 && CardDetector::luhnValid(digits))
        return false;
    // Inside an IBAN-like run of groups ("DE89 3704 0044 ...").
    static const QRegularExpression ibanRun(QStringLiteral(R"(\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{1,4})*\s?$)"));
    if (ibanRun.match(before).hasMatch())
        return false;
    // A bare run of digits with no separator is more often a reference than a phone, unless it is
    // introduced as one or written internationally.
    const bool hasSeparator = raw.contains(QRegularExpression(QStringLiteral(R"([\s().-])")));
    if (!hasSeparator && !international && !phoneWords)
        return false;
    return true;
}


// Runs the matcher over text[from, to) in one region; offsets come back for the whole text. regions: where a
// shorter reading it would replace across a line break may be valid (and then stays).
void findInRegion(const PhoneNumberUtil &util, const QString &text, int from, int to, const QString &region,
                  bool foreign, bool mustCrossLine, QList<Match> &out, const QStringList &regions = {})
{
    const QString window = text.mid(from, to - from);
    const QByteArray utf8 = window.toUtf8();
    const std::string input(utf8.constData(), size_t(utf8.size()));
    const QList<int> map = PhoneDetector::utf8ToStringIndex(window);
    try {
        PhoneNumberMatcher matcher(util, input, region.toStdString(), PhoneNumberMatcher::POSSIBLE, kMaxTries);
        while (matcher.HasNext()) {
            PhoneNumberMatch m;
            if (!matcher.Next(&m))
                break;
            const int b0 = m.start();
            const int b1 = m.start() + m.length();
            if (b0 < 0 || b1 >= map.size() || b1 <= b0)
                continue;
            const int start = from + map.at(b0);
            int end = from + map.at(b1);
            // A longer reading in another region (0160 8251080 in DE, where US saw 8251080) or across a line
            // break (09 56 64 76 | 09) replaces the shorter one it contains; any other overlap keeps the first.
            QList<int> contained;
            bool overlaps = false;
            for (int i = 0; i < out.size(); ++i) {
                const Match &e = out.at(i);
                if (start < e.start + e.length && e.start < end) {
                    // Across a line break a reading that is valid on its own gives way only when the next line
                    // continues it: "06 89 70 93 31" stays whole above "49 rue de la Paix".
                    if (start <= e.start && e.start + e.length <= end && end - start > e.length
                        && !(mustCrossLine && text.at(start) != QLatin1Char('+') && !nextLineContinues(text, e.start + e.length)
                             && validInAnyRegion(util, text.mid(e.start, e.length), regions)))
                        contained.append(i);
                    else
                        overlaps = true;
                }
            }
            if (overlaps || !looksLikePhone(text, start, end))
                continue;
            const bool valid = util.IsValidNumber(m.number());
            // Other regions' national formats, and numbers rebuilt across a line break, only when valid.
            if ((foreign || mustCrossLine) && !valid)
                continue;
            // Rebuilt across a line break: only what starts like a phone number (+, 0 or a parenthesis) and
            // is long enough, never a house number followed by a postcode.
            // A break after a hyphen (joined as "--") continues the number beyond doubt.
            if (mustCrossLine && !text.mid(start, end - start).contains(QLatin1String("--"))) {
                const QChar first = text.at(start);
                if ((first != QLatin1Char('+') && first != QLatin1Char('0') && first != QLatin1Char('('))
                    || TextFold::digits(text.mid(start, end - start)).size() < 9) {
                    continue;
                }
            }
            // An extension the matcher left out: "ext. 1856", "x204", "Durchwahl 12".
            static const QRegularExpression ext(
                QStringLiteral(R"(^[ \t]*(?:ext\.?|extension|x|Durchwahl|DW|poste)[ \t]*[:.]?[ \t]*\d{1,6}(?!\d))"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch em = ext.match(QStringView(text).mid(end));
            if (em.hasMatch())
                end += int(em.capturedLength());
            for (int k = int(contained.size()) - 1; k >= 0; --k)
                out.removeAt(contained.at(k));
            out.append(Match{PiiType::Phone, start, end - start, valid ? 0.95 : 0.75});
        }
    } catch (const std::exception &) {
        // libphonenumber is not expected to throw; a failure here must not cost the other detectors.
    }
}

// A candidate the home region did not take, parsed as a national number of other regions (cheaper than
// running the matcher once per region). Valid numbers only.
void parseInRegions(const PhoneNumberUtil &util, const QString &text, int from, int to, const QStringList &regions,
                    bool crossesLine, QList<Match> &out)
{
    // Separators at the ends are not part of the number.
    while (to > from && !text.at(to - 1).isDigit())
        --to;
    // A shorter reading inside this one (US saw 8251080 in 0160 8251080) gives way; any other overlap wins.
    QList<int> contained;
    for (int i = 0; i < out.size(); ++i) {
        const Match &e = out.at(i);
        if (from < e.start + e.length && e.start < to) {
            // A valid reading that this one continues past a line break stays (the number above an address's
            // house number); a reading after the break that this one begins earlier gives way ("0161 |
            // 496 0405 x847", where the line below alone looked like a local number).
            if (!(from <= e.start && e.start + e.length <= to)
                || (crossesLine && e.start == from && !nextLineContinues(text, e.start + e.length)
                    && validInAnyRegion(util, text.mid(e.start, e.length), regions)))
                return;
            contained.append(i);
        }
    }
    if (!looksLikePhone(text, from, to))
        return;
    if (crossesLine && (text.at(from) != QLatin1Char('0') && text.at(from) != QLatin1Char('(')))
        return;
    const std::string candidate = text.mid(from, to - from).toStdString();
    try {
        for (const QString &region : regions) {
            i18n::phonenumbers::PhoneNumber number;
            if (util.Parse(candidate, region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
                continue;
            if (util.IsValidNumberForRegion(number, region.toStdString())) {
                for (int k = int(contained.size()) - 1; k >= 0; --k)
                    out.removeAt(contained.at(k));
                out.append(Match{PiiType::Phone, from, to - from, 0.9});
                return;
            }
        }
    } catch (const std::exception &) {
        // See findInRegion.
    }
}

} // namespace

QList<int> PhoneDetector::utf8ToStringIndex(const QString &text)
{
    QList<int> map;
    map.reserve(text.size() * 2 + 1);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        int bytes = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            for (int k = 0; k < 4; ++k)
                map.append(i);
            ++i;
            continue;
        }
        const ushort u = c.unicode();
        if (c.isSurrogate())
            bytes = 1; // a lone surrogate: toUtf8() writes '?'
        else if (u >= 0x800)
            bytes = 3;
        else if (u >= 0x80)
            bytes = 2;
        for (int k = 0; k < bytes; ++k)
            map.append(i);
    }
    map.append(int(text.size()));
    return map;
}

QList<Match> PhoneDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    int digitCount = 0;
    for (const QChar c : text) {
        if (c.isDigit() && ++digitCount >= 7)
            break;
    }
    if (digitCount < 7)
        return out;

    // A number broken over two lines (wrapped text, OCR word boxes on two lines): the matcher does not
    // cross a line break, so search a copy where a break between two digits is a space. Same length, same
    // offsets.
    QString joined = text;
    for (int i = 0; i < joined.size(); ++i) {
        // A lone surrogate would make the UTF-8 invalid, and the matcher gives up on invalid UTF-8.
        const QChar c = joined.at(i);
        if (c.isHighSurrogate() && i + 1 < joined.size() && joined.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            joined[i] = QChar(QChar::ReplacementCharacter);
    }
    // The trunk zero of an international number read as a symbol or a letter ("+44 (@0)7700", "+44 (O)20"):
    // put it right, same length.
    static const QRegularExpression trunkSlip(QStringLiteral(R"(\+\d{1,3}[ ]?\(([@©®Oo])(0?)\))"));
    for (auto it = trunkSlip.globalMatch(joined); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        joined[int(m.capturedStart(1))] = m.capturedLength(2) == 0 ? QLatin1Char('0') : QLatin1Char(' ');
    }
    // OCR glues "or" to the number before it and reads its o as a zero ("+33 6 41 70 63 730r leave"): in OCR
    // text that zero is no digit, same length.
    if (context.ocrText) {
        static const QRegularExpression gluedOr(QStringLiteral(R"(\d(0)r(?= [a-z]))"));
        for (auto it = gluedOr.globalMatch(joined); it.hasNext();)
            joined[int(it.next().capturedStart(1))] = QLatin1Char(' ');
        // A bar between two numbers read as a one ("T (020) 7946 0737 | M 0161 …" as "0737 1 M"): alone between
        // a number and a word it is no digit.
        static const QRegularExpression barAsOne(QStringLiteral(R"(\d (1) (?=\p{L}))"));
        for (auto it = barAsOne.globalMatch(joined); it.hasNext();)
            joined[int(it.next().capturedStart(1))] = QLatin1Char(' ');
    }
    const QString clean = joined;
    for (int i = 1; i + 1 < joined.size(); ++i) {
        if (joined.at(i) != QLatin1Char('\n') || !(joined.at(i + 1).isDigit() || joined.at(i + 1) == QLatin1Char('(')))
            continue;
        if (joined.at(i - 1).isDigit())
            joined[i] = QLatin1Char(' ');
        // Broken after a hyphen (303-555-|0104): a second hyphen keeps the offsets and the matcher accepts it.
        else if (joined.at(i - 1) == QLatin1Char('-') && i >= 2 && joined.at(i - 2).isDigit())
            joined[i] = QLatin1Char('-');
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QString home = context.phoneRegion.isEmpty() ? QStringLiteral("US") : context.phoneRegion.toUpper();
    QStringList foreign;
    for (const char *r : {"US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "CH", "AT"}) {
        if (home != QLatin1String(r))
            foreign.append(QLatin1String(r));
    }
    // The whole text in the home region (this also finds every number written with +).
    findInRegion(util, clean, 0, int(clean.size()), home, false, false, out);

    // Runs of digits the home region left, read in other regions one short window at a time (running the
    // matcher over the whole page once per region costs far more), and the same for numbers rebuilt across a
    // line break.
    static const QRegularExpression candidate(
        QStringLiteral(R"([+(]?\d[\d \t().\-/]{5,}\d(?:[ \t]*(?:ext\.?|x)[ \t]*\d{1,6})?)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool anyJoined = joined != clean;
    for (int round = 0; round < (anyJoined ? 2 : 1); ++round) {
        const QString &searched = round == 0 ? clean : joined;
        auto it = candidate.globalMatch(searched);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int from = int(m.capturedStart());
            const int to = int(m.capturedEnd());
            if (round == 1 && !clean.mid(from, to - from).contains(QLatin1Char('\n')))
                continue;
            if (TextFold::digits(m.captured()).size() < 7)
                continue;
            bool covered = false;
            for (const Match &e : out) {
                if (e.start <= from && to <= e.start + e.length) {
                    covered = true;
                    break;
                }
            }
            if (covered)
                continue;
            // A little context on both sides lets the matcher see where the number starts and ends.
            const int wFrom = std::max(0, from - 2);
            const int wTo = std::min<int>(int(searched.size()), to + 2);
            if (round == 1)
                findInRegion(util, searched, wFrom, wTo, home, false, true, out, QStringList{home} + foreign);
            if (searched.at(from) != QLatin1Char('+'))
                parseInRegions(util, searched, from, to, foreign, round == 1, out);
        }
    }
    // A country code left at the end of the line above a national number with its trunk zero ("+33" |
    // "(0)1 64 16 01 06") belongs to it, even where a slip made the whole invalid.
    static const QRegularExpression countryCodeBefore(QStringLiteral(R"(\+\d{1,3}[ \t]*\n[ \t]*$)"));
    for (Match &m : out) {
        if (!QStringView(clean).mid(m.start).startsWith(QLatin1String("(0")) && clean.at(m.start) != QLatin1Char('0'))
            continue;
        // A short window before the number: a long page with many numbers is searched once, not once per number.
        const int from = std::max(0, m.start - 16);
        const QRegularExpressionMatch cc = countryCodeBefore.match(QStringView(clean).mid(from, m.start - from));
        if (cc.hasMatch()) {
            m.length += m.start - (from + int(cc.capturedStart()));
            m.start = from + int(cc.capturedStart());
        }
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}

} // namespace Blackout
