// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/emaildetector.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Blackout {

namespace {

// Top-level domains OCR is allowed to glue to the domain when it drops the dot: only common ones, so that a
// word like "income" never looks like "in.come".
const QString kGluedTlds = QStringLiteral("com|org|net|edu|gov|io|de|uk|fr|me|eu|ch|at|nl|info|biz|co");

const QRegularExpression &plainPattern()
{
    // A well-formed address; the domain may have a line break or a space after a dot, or a space before one
    // (OCR, wrapped text).
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w.%+'-])[\w](?:(?:[\w%+'-]|\.(?=[\w])|(?:\. | \.|,)(?=[a-z]))*[\w%+-])?(?:\n| )?@(?:\n| )?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?: (?=\.))?\.(?:[ \n](?=[a-z]))?)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &ocrPattern()
{
    // The @ misread as a symbol (©, ®, (at), [at], {at}), or read twice at small sizes ("®@"), dots perhaps
    // misread too ((dot), [dot], " dot "). A dot may begin it, what is left of an initial ("<.hoffmann®gmx.de>"
    // for l.hoffmann).
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.%+'-])\.?(?:[A-Za-z0-9][\w.%+'-]*[\w%+-]|[A-Za-z0-9])[ ]?)"
                       R"((?:[©®](?:[ ]?@)?|\((?:at|AT)\)|\[(?:at|AT)\]|\{(?:at|AT)\}))"
                       R"([ ]?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[ \n]?|[ ]?[\(\[](?:dot|DOT)[\)\]][ ]?| (?:dot|DOT) ))+)"
                       R"([A-Za-z]{2,24}(?![\w-]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &spokenPattern()
{
    // "amy.smith at example.com": the word "at" is common, so the local part must look like one (a dot,
    // digit, underscore or plus in it) and the domain must be tight.
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.%+'-])[A-Za-z0-9][\w%+'-]*[._+\d][\w.%+'-]*[\w%+-] (?:at|AT) )"
                       R"((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}(?![\w-]|\.[a-z0-9]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A space or line break inside the domain is only believed before a common top-level domain, so that
// "amy@example.com. Then" stays the address alone.
bool plausibleDomainEnd(QStringView match)
{
    // Only the domain's spaces: one in the local part ("hannah. okafor@") is a dot that OCR spaced, and says
    // nothing about where the address ends.
    const qsizetype at = match.indexOf(QLatin1Char('@'));
    bool spaced = false;
    for (const QChar c : match.mid(std::max<qsizetype>(0, at))) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\n')) {
            spaced = true;
            break;
        }
    }
    if (!spaced)
        return true;
    static const QStringList tlds = (kGluedTlds + QStringLiteral("|us|ca|au|es|it|pl|se|no|dk|be|jp|in|ai|app|dev")).split(QLatin1Char('|'));
    const int dot = int(match.lastIndexOf(QLatin1Char('.')));
    const int sp = int(std::max(match.lastIndexOf(QLatin1Char(' ')), match.lastIndexOf(QLatin1Char('\n'))));
    const QStringView tld = match.mid(std::max(dot, sp) + 1);
    return tlds.contains(tld.toString().toLower());
}

const QRegularExpression &spacedTldPattern()
{
    // OCR read the dot before the top-level domain as a space: ines.ibanez@initech de.
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.%+'-])[\w][\w.%+'-]*(?:@|©|®)[A-Za-z0-9-]{2,63}(?:\.[A-Za-z0-9-]{2,63})* )"
                                                      R"((?:com|org|net|de|fr|uk|io|es|pl|se|nl|ch|eu)(?![\w-]))"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &commaDotPattern()
{
    // Dots read as commas, as Tesseract reads the dots of bitmap terminal fonts: kwame,gallagher@outlook,com,
    // siobhan.mensah@icloud, com, also with the dot read as well (icloud,. com). The last comma must stand before a
    // common top-level domain.
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.%+'-])[\w](?:[\w%+'-]|\.(?=[\w])|,(?=[a-z]))*(?:@|©|®))"
                                                      R"([A-Za-z0-9-]{2,63}(?:[.,][ ]?[A-Za-z0-9-]{2,63})*?,\.?[ ]?(?:)") + kGluedTlds
                                       + QStringLiteral(R"()(?![\w-]))"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &gluedPattern()
{
    // A dropped dot before the top-level domain: amy@examplecom, amy©example.co uk.
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.%+'-])[A-Za-z0-9][\w.%+'-]*(?:@|©))"
                                                      R"([A-Za-z0-9-]{2,63}(?:)") + kGluedTlds
                                       + QStringLiteral(R"()(?![\w-]))"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool overlapsAny(const QList<Match> &matches, int start, int length)
{
    return std::any_of(matches.cbegin(), matches.cend(),
                       [&](const Match &m) { return start < m.start + m.length && m.start < start + length; });
}

void addMatches(const QRegularExpression &re, const QString &text, double certainty, QList<Match> &out)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart());
        int length = int(m.capturedLength());
        // A trailing dot belongs to the sentence.
        while (length > 0 && text.at(start + length - 1) == QLatin1Char('.'))
            --length;
        // The password of a URL's user:password@host is no address's local part (SecretDetector's find).
        static const QRegularExpression userInfo(QStringLiteral(R"([A-Za-z][A-Za-z0-9+.\-]*[ ]?:[ ]?//[^\s/:@]*:$)"));
        const int from = std::max(0, start - 80);
        if (start > 0 && text.at(start - 1) == QLatin1Char(':')
            && userInfo.match(QStringView(text).mid(from, start - from)).hasMatch()) {
            continue;
        }
        if (!overlapsAny(out, start, length) && length > 0 && plausibleDomainEnd(QStringView(text).mid(start, length)))
            out.append(Match{PiiType::Email, start, length, certainty});
    }
}

// Between "<" or "mailto:" and ">" or "]" there is nothing but the address, so a word before it there is
// its local part's beginning, read with a space for the dot: "<jiri popescu@initech.de>".
void extendBracketedLocalParts(const QString &text, QList<Match> &out)
{
    static const QRegularExpression opened(QStringLiteral(R"((?:<|mailto:)([A-Za-z0-9][\w.'-]{0,40}) $)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (Match &m : out) {
        const int end = m.start + m.length;
        if (end >= text.size() || (text.at(end) != QLatin1Char('>') && text.at(end) != QLatin1Char(']')))
            continue;
        const int from = std::max(0, m.start - 50);
        const QRegularExpressionMatch before = opened.match(QStringView(text).mid(from, m.start - from));
        if (!before.hasMatch())
            continue;
        const int start = from + int(before.capturedStart(1));
        m.length = end - start;
        m.start = start;
    }
}

// Between "<" and ">" of a mail header read by OCR stands an address even when its @ was lost to a bitmap
// font's look-alike ("<bjorn.grossler8globex-corp. com>"), on a header line even when the "<" was lost
// too: the whole bracket is taken when it has a dot, a
// top-level domain at its end (not a file's extension) and no @, "www" or space but one after a dot or comma.
void addAtLessBracketedAddresses(const QString &text, QList<Match> &out)
{
    static const QRegularExpression bracket(QStringLiteral(
        R"((?<=[<\s])([A-Za-z0-9][\w%+'&\x{00C0}-\x{024F}-]*(?:[.,] ?[\w%+'&\x{00C0}-\x{024F}-]+)*[.,] ?[A-Za-z]{2,24})(?=>))"));
    static const QRegularExpression headerLine(QStringLiteral(R"((?:^|\n)[ \t]*[A-Za-z-]{2,9}[:;][^\n]*$)"));
    static const QRegularExpression fileName(QStringLiteral(R"([.,] ?(?:pdf|docx?|xlsx?|pptx?|odt|png|jpe?g|gif|txt|zip|csv|html?|eml|exe)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    auto it = bracket.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView address = m.capturedView(1);
        if (address.size() > 90 || address.startsWith(QLatin1String("www"), Qt::CaseInsensitive)
            || fileName.match(address).hasMatch()) {
            continue;
        }
        const int start = int(m.capturedStart(1));
        // The "<" lost too: only on a header line ("Froa: Björn Grögler hjorn.grossler8globex-corp. com>").
        if (text.at(start - 1) != QLatin1Char('<')
            && !headerLine.match(QStringView(text).left(start)).hasMatch()) {
            continue;
        }
        if (!overlapsAny(out, start, int(address.size())))
            out.append(Match{PiiType::Email, start, int(address.size()), 0.6});
    }
    // The last letter of the top-level domain lost against the ">" ("<agnieszka.popescu@wp.p>"): the bracket
    // says it is an address all the same.
    static const QRegularExpression cutTld(QStringLiteral(R"((?<=<)([\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z])(?=>))"));
    for (auto cut = cutTld.globalMatch(text); cut.hasNext();) {
        const QRegularExpressionMatch m = cut.next();
        const int start = int(m.capturedStart(1));
        if (!overlapsAny(out, start, int(m.capturedLength(1))))
            out.append(Match{PiiType::Email, start, int(m.capturedLength(1)), 0.6});
    }
}

// What OCR read as ©, ® or "®@" is the @, and a space inside an address a slip: the address a person reads
// on the screen. Empty where the reading is already that.
QString addressAsWritten(const QString &reading)
{
    static const QRegularExpression symbolAt(QStringLiteral(R"([©®]\s?@?)"));
    static const QRegularExpression space(QStringLiteral(R"(\s)"));
    QString address = reading;
    address.replace(symbolAt, QStringLiteral("@"));
    address.remove(space);
    return address == reading || address.count(QLatin1Char('@')) != 1 ? QString() : address;
}

} // namespace

QList<Match> EmailDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    // Each OCR form only when its marker is on the page: most pages have none, and every pattern is a pass.
    const bool at = text.contains(QLatin1Char('@'));
    const bool symbol = text.contains(QChar(0x00A9)) || text.contains(QChar(0x00AE));
    const bool bracketed = text.contains(QLatin1String("at)"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("at]"), Qt::CaseInsensitive) || text.contains(QLatin1String("at}"), Qt::CaseInsensitive);
    if (at)
        addMatches(plainPattern(), text, 0.98, out);
    if (symbol || bracketed)
        addMatches(ocrPattern(), text, 0.8, out);
    if (text.contains(QLatin1String(" at "), Qt::CaseInsensitive))
        addMatches(spokenPattern(), text, 0.7, out);
    if (at || symbol) {
        addMatches(spacedTldPattern(), text, 0.7, out);
        if (text.contains(QLatin1Char(',')))
            addMatches(commaDotPattern(), text, 0.7, out);
        addMatches(gluedPattern(), text, 0.7, out);
    }
    const auto byStart = [](const Match &a, const Match &b) { return a.start < b.start; };
    std::sort(out.begin(), out.end(), byStart);
    extendBracketedLocalParts(text, out);
    if (context.ocrText && text.contains(QLatin1Char('>'))) {
        addAtLessBracketedAddresses(text, out);
        std::sort(out.begin(), out.end(), byStart);
    }
    if (context.ocrText) {
        for (Match &m : out)
            m.reading = addressAsWritten(text.mid(m.start, m.length));
    }
    return out;
}

} // namespace Blackout
