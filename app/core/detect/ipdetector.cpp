// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ipdetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

bool IpDetector::isIpv4(QStringView candidate)
{
    const auto parts = candidate.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v > 255)
            return false;
    }
    return true;
}

bool IpDetector::isIpv6(QStringView candidate)
{
    // Hex groups of 1-4 digits, at most one "::", eight groups (fewer with "::"), perhaps an IPv4 tail.
    QStringView s = candidate;
    int groupsWanted = 8;
    const int lastColon = int(s.lastIndexOf(QLatin1Char(':')));
    if (lastColon >= 0 && s.mid(lastColon + 1).contains(QLatin1Char('.'))) {
        if (!isIpv4(s.mid(lastColon + 1)))
            return false;
        s = s.left(lastColon + 1);
        if (!s.endsWith(QLatin1String("::")))
            s = s.chopped(1);
        groupsWanted = 6;
    }
    const int dbl = int(s.indexOf(QLatin1String("::")));
    if (dbl >= 0 && s.indexOf(QLatin1String("::"), dbl + 1) >= 0)
        return false;
    auto countGroups = [](QStringView part, int &groups) {
        if (part.isEmpty())
            return true;
        for (const QStringView g : part.split(QLatin1Char(':'))) {
            if (g.isEmpty() || g.size() > 4)
                return false;
            for (const QChar c : g) {
                if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
                    return false;
            }
            ++groups;
        }
        return true;
    };
    int groups = 0;
    if (dbl >= 0) {
        if (!countGroups(s.left(dbl), groups) || !countGroups(s.mid(dbl + 2), groups))
            return false;
        return groups < groupsWanted;
    }
    return countGroups(s, groups) && groups == groupsWanted;
}

namespace {

// The length of a CIDR suffix ("/24") at pos that is at most maxBits, or 0.
int prefixLength(const QString &text, int pos, int maxBits)
{
    if (pos + 1 >= text.size() || text.at(pos) != QLatin1Char('/'))
        return 0;
    int end = pos + 1;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    const int digits = end - pos - 1;
    // Not a path or a date after the address: 10.0.0.1/24/index.html, 10.0.0.1/2024.
    if (digits == 0 || digits > 3
        || (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('/')))) {
        return 0;
    }
    return QStringView(text).mid(pos + 1, digits).toInt() <= maxBits ? end - pos : 0;
}

// Whether the words before pos speak of addresses: what makes a bare "::" (the unspecified address) one.
bool saysAddress(const QString &text, int pos)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:ip|ipv6|address|addr|listen(?:s|ing)?|bind|bound|host|route|prefix)\b[^\n]{0,12}$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(text).mid(std::max(0, pos - 32), std::min(32, pos))).hasMatch();
}

} // namespace

QList<Match> IpDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    // Not preceded by a digit, dot or letter and not followed by ".digit": a four-part version or a piece
    // of a longer dotted number is no address.
    static const QRegularExpression v4(QStringLiteral(R"((?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d))"));
    static const QRegularExpression versionWord(QStringLiteral(R"(\b(?:v|ver|version|build|release|firmware|update|kb)\.?\s*$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    auto it = v4.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!isIpv4(m.capturedView()))
            continue;
        const int start = int(m.capturedStart());
        if (versionWord.match(QStringView(text).mid(std::max(0, start - 16), std::min(16, start))).hasMatch())
            continue;
        // A network (10.0.0.0/24) is redacted with its prefix length.
        const int end = int(m.capturedEnd()) + prefixLength(text, int(m.capturedEnd()), 32);
        out.append(Match{PiiType::Ip, start, end - start, 0.95});
    }
    if (text.contains(QLatin1Char(',')) || (context.ocrText && text.contains(QLatin1String(". ")))) {
        // Dots read as commas (Tesseract on bitmap terminal fonts: "192,0,2,74") or followed by a space (small
        // text: "208. 177.242.50"). Commas also group thousands and a dot ends a sentence, so only where the
        // words before speak of an address or a sender, and never in the shape of a thousands number (every
        // group after the first of three digits).
        static const QRegularExpression commas(QStringLiteral(R"((?<![\w.,])\d{1,3}[.,] ?\d{1,3}[.,] ?\d{1,3}[.,] ?\d{1,3}(?![\w]|[.,]\d))"));
        static const QRegularExpression fromWord(QStringLiteral(R"(\b(?:from|by|via|to)\s*$)"), QRegularExpression::CaseInsensitiveOption);
        // The next of a list: "from 192,0,2,66 and 198,51,100,247".
        static const QRegularExpression listJoint(QStringLiteral(R"(^\s*(?:,|and|or|&|/)\s*$)"), QRegularExpression::CaseInsensitiveOption);
        auto itc = commas.globalMatch(text);
        int previousEnd = -1;
        while (itc.hasNext()) {
            const QRegularExpressionMatch m = itc.next();
            const bool spaced = m.captured().contains(QLatin1Char(' '));
            if ((spaced && !context.ocrText) || !(spaced || m.captured().contains(QLatin1Char(','))))
                continue;
            static const QRegularExpression separator(QStringLiteral("[.,]"));
            const QStringList groups = m.captured().remove(QLatin1Char(' ')).split(separator);
            const bool thousands = std::all_of(groups.cbegin() + 1, groups.cend(), [](const QString &g) { return g.size() == 3; });
            const int start = int(m.capturedStart());
            const bool spoken = saysAddress(text, start)
                || fromWord.match(QStringView(text).mid(std::max(0, start - 8), std::min(8, start))).hasMatch()
                || (previousEnd >= 0 && start - previousEnd <= 6
                    && listJoint.match(QStringView(text).mid(previousEnd, start - previousEnd)).hasMatch());
            if (thousands || !spoken || !isIpv4(groups.join(QLatin1Char('.'))))
                continue;
            out.append(Match{PiiType::Ip, start, int(m.capturedLength()), 0.8});
            previousEnd = int(m.capturedEnd());
        }
    }
    if (text.contains(QLatin1Char(':'))) {
        // After a non-word character, or after "IPv6:" as mail headers write it ([IPv6:2001:db8::1]); a zone id
        // (fe80::1%eth0) belongs to the address.
        static const QRegularExpression v6(QStringLiteral(
            R"((?:(?<=IPv6:)|(?<![\w:.]))(?:[0-9A-Fa-f]{0,4}:){2,8}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?)"
            R"((?:%[0-9A-Za-z._~-]{0,23}[0-9A-Za-z_~])?(?![\w:%]|\.\d))"));
        auto it6 = v6.globalMatch(text);
        while (it6.hasNext()) {
            const QRegularExpressionMatch m = it6.next();
            const QStringView whole = m.capturedView();
            const int percent = int(whole.indexOf(QLatin1Char('%')));
            const QStringView c = percent >= 0 ? whole.left(percent) : whole;
            if (!isIpv6(c))
                continue;
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd()) + prefixLength(text, int(m.capturedEnd()), 128);
            const bool compressed = c.contains(QLatin1String("::"));
            bool letter = false;
            bool digit = false;
            bool allPairs = true; // 00:1a:2b:3c:4d:5e:6f:70 is a MAC (EUI-64) shape
            for (const QStringView g : c.split(QLatin1Char(':'))) {
                if (g.size() != 2)
                    allPairs = false;
            }
            for (const QChar ch : c) {
                letter = letter || ch.isLetter();
                digit = digit || ch.isDigit();
            }
            if (c == QLatin1String("::")) {
                // The unspecified address: only where it is plainly one ([::], ::/0, "listen on ::"), not
                // Haskell's "::" or a C++ scope.
                const bool bracketed = start > 0 && text.at(start - 1) == QLatin1Char('[') && end < text.size()
                                       && text.at(end) == QLatin1Char(']');
                if (!bracketed && end == int(m.capturedEnd()) && !saysAddress(text, start))
                    continue;
            } else if (compressed) {
                // A digit somewhere: db::add or cafe::bead in code are scopes, fe80::1 and 2001:db8:: are not.
                if (!digit)
                    continue;
            } else if (!letter || allPairs) {
                // Full form: times (10:30:00) have no hex letter; a MAC-like run of pairs is no address.
                continue;
            }
            // An IPv4-mapped address (::ffff:192.0.2.128) is one datum, not two.
            out.removeIf([&](const Match &v4m) { return v4m.start >= start && v4m.start + v4m.length <= end; });
            out.append(Match{PiiType::Ip, start, end - start, 0.9});
        }
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    if (context.ocrText && text.contains(QLatin1String(" :"))) {
        // OCR puts a space before the first colon of an IPv6 address ("from 2001 :db8:b03e:865::52ba").
        static const QRegularExpression spaced(
            QStringLiteral(R"((?<![\w:.])([0-9A-Fa-f]{1,4}) :((?:[0-9A-Fa-f]{0,4}:){1,7}[0-9A-Fa-f]{1,4})(?![\w:]))"));
        auto it = spaced.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString address = m.captured(1) + QLatin1Char(':') + m.captured(2);
            const bool covered = std::any_of(out.cbegin(), out.cend(), [&](const Match &o) {
                return o.start < m.capturedEnd() && m.capturedStart() < o.start + o.length;
            });
            if (!covered && address.contains(QLatin1String("::")) && isIpv6(address))
                out.append(Match{PiiType::Ip, int(m.capturedStart()), int(m.capturedLength()), 0.8});
        }
    }
    return out;
}

} // namespace Blackout
