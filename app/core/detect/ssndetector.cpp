// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ssndetector.h"

#include <QRegularExpression>

namespace Blackout {

bool SsnDetector::validParts(int area, int group, int serial)
{
    return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0;
}

QList<Match> SsnDetector::find(const QString &text, const DetectionContext &) const
{
    QList<Match> out;
    static const QRegularExpression grouped(QStringLiteral(R"((?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d]|-\d))"));
    static const QRegularExpression bare(QStringLiteral(R"((?<![\w-])(\d{3})(\d{2})(\d{4})(?![\w]|-\d))"));
    static const QRegularExpression context(
        QStringLiteral(R"(\b(?:ssn|ss#|ss no|social security|social sec|soc\.? ?sec|taxpayer id|tin|itin)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    auto add = [&](const QRegularExpressionMatch &m, int areaGroup, int groupGroup, int serialGroup, double certainty,
                   bool needsContext) {
        if (!validParts(m.captured(areaGroup).toInt(), m.captured(groupGroup).toInt(), m.captured(serialGroup).toInt()))
            return;
        const int start = int(m.capturedStart());
        const QStringView before = QStringView(text).mid(std::max(0, start - 40), std::min(40, start));
        const bool hasContext = context.match(before).hasMatch();
        if (needsContext && !hasContext)
            return;
        out.append(Match{PiiType::Ssn, start, int(m.capturedLength()), hasContext ? 0.98 : certainty});
    };
    auto it = grouped.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Spaces alone ("123 45 6789") are a weaker shape than dashes.
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
