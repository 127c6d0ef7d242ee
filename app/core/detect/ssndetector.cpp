// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ssndetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

bool SsnDetector::validParts(int area, int group, int serial)
{
    return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0;
}

namespace {

// Words that say a number is a social security number: SSN, SS#, Social Security No., soc. sec., TIN.
const QString kContextWords = QStringLiteral(
    R"((?<!\w)(?:ssns?|ss ?#|ss ?no\.?|ssid|social[ \t\n]+security|social[ \t]+sec\.?|soc\.? ?sec\.?|)"
    R"(taxpayer[ \t]+id|tin|itin)(?!\w))");

// Whether the words just before start say SSN with no other number in between (in "SSN 536-22-1234,
// account 123456789" the account number is not one), or words right after it do ("536221234 (SSN)").
bool hasContext(const QString &text, int start, int end)
{
    static const QRegularExpression before(kContextWords, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(QStringLiteral(R"(^[ \t]*[(\[,-]?[ \t]*)") + kContextWords,
                                          QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, start - 48);
    auto it = before.globalMatch(QStringView(text).mid(from, start - from));
    int lastEnd = -1;
    while (it.hasNext())
        lastEnd = from + int(it.next().capturedEnd());
    if (lastEnd >= 0) {
        const QStringView between = QStringView(text).mid(lastEnd, start - lastEnd);
        if (std::none_of(between.begin(), between.end(), [](QChar c) { return c.isDigit(); }))
            return true;
    }
    return after.match(QStringView(text).mid(end, 24)).hasMatch();
}

} // namespace

QList<Match> SsnDetector::find(const QString &text, const DetectionContext &) const
{
    QList<Match> out;
    // Dashes, dots or spaces, the same between all three parts (536-22-1234, 536.22.1234, 536 22 1234).
    static const QRegularExpression grouped(
        QStringLiteral(R"((?<![\d.-])(\d{3})([-. ])(\d{2})\2(\d{4})(?![\d]|[-.]\d))"));
    static const QRegularExpression bare(QStringLiteral(R"((?<![\w.,/-])(\d{3})(\d{2})(\d{4})(?![\w]|[-.,/]\d))"));
    auto add = [&](const QRegularExpressionMatch &m, int areaGroup, int groupGroup, int serialGroup, double certainty,
                   bool needsContext) {
        if (!validParts(m.captured(areaGroup).toInt(), m.captured(groupGroup).toInt(), m.captured(serialGroup).toInt()))
            return;
        const int start = int(m.capturedStart());
        const bool context = hasContext(text, start, int(m.capturedEnd()));
        if (needsContext && !context)
            return;
        out.append(Match{PiiType::Ssn, start, int(m.capturedLength()), context ? 0.98 : certainty});
    };
    static const QRegularExpression versionWord(
        QStringLiteral(R"(\b(?:v|ver|version|build|release|firmware|update|kb)\.?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = grouped.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        // Three dotted numbers after "version" or "build" are a version.
        if (m.captured(2) == QLatin1String(".")
            && versionWord.match(QStringView(text).mid(std::max(0, start - 16), std::min(16, start))).hasMatch()) {
            continue;
        }
        // Spaces or dots alone ("123 45 6789") are a weaker shape than dashes.
        add(m, 1, 3, 4, m.captured(2) == QLatin1String("-") ? 0.85 : 0.7, false);
    }
    // Wrapped after a dash: "463-" at a line end, "16-5381" on the next (quoted lines may start with '>' or
    // a quote bar OCR reads as '|').
    static const QRegularExpression wrapped(
        QStringLiteral(R"((?<![\d-])(\d{3})-(?:[ \t]*\n[ \t>|]*)?(\d{2})-(?:[ \t]*\n[ \t>|]*)?(\d{4})(?![\d]|-\d))"));
    if (text.contains(QLatin1String("-\n")) || text.contains(QLatin1String("- \n"))) {
        auto itw = wrapped.globalMatch(text);
        while (itw.hasNext()) {
            const QRegularExpressionMatch m = itw.next();
            if (m.captured().contains(QLatin1Char('\n')))
                add(m, 1, 2, 3, 0.85, false);
        }
    }
    auto itb = bare.globalMatch(text);
    while (itb.hasNext())
        add(itb.next(), 1, 2, 3, 0.7, true);
    return out;
}

} // namespace Blackout
