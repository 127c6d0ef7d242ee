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

QList<Match> IpDetector::find(const QString &text, const DetectionContext &) const
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
        out.append(Match{PiiType::Ip, start, int(m.capturedLength()), 0.95});
    }
    if (text.contains(QLatin1Char(':'))) {
        static const QRegularExpression v6(QStringLiteral(
            R"((?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\d))"));
        auto it6 = v6.globalMatch(text);
        while (it6.hasNext()) {
            const QRegularExpressionMatch m = it6.next();
            const QStringView c = m.capturedView();
            // Times (10:30:00) have no hex letter and no "::"; require one of them and several groups.
            bool hex = c.contains(QLatin1String("::"));
            int digits = 0;
            for (const QChar ch : c) {
                if (ch.isLetter())
                    hex = true;
                if (ch.isLetterOrNumber())
                    ++digits;
            }
            if (!hex || digits < 3 || !isIpv6(c))
                continue;
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            // An IPv4-mapped address (::ffff:192.0.2.128) is one datum, not two.
            out.removeIf([&](const Match &v4m) { return v4m.start >= start && v4m.start + v4m.length <= end; });
            out.append(Match{PiiType::Ip, start, end - start, 0.9});
        }
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}

} // namespace Blackout
