// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/customdetector.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace Blackout {

namespace {

// Patterns come with every call; compiling them once per process keeps thousands of pages cheap.
QRegularExpression compiled(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(pattern);
    if (it != cache.constEnd())
        return *it;
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    if (cache.size() > 256)
        cache.clear();
    cache.insert(pattern, re);
    return re;
}

} // namespace

Status CustomDetector::validatePattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("The pattern is empty.")};
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The pattern \"%1\" is not a valid regular expression: %2 (at character %3).")
                         .arg(pattern, re.errorString())
                         .arg(re.patternErrorOffset() + 1)};
    }
    if (re.match(QString()).hasMatch())
        return Error{ErrorCode::InvalidArgument, tr("The pattern \"%1\" matches empty text, so it would find nothing useful.").arg(pattern)};
    return Status();
}

QList<Match> CustomDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    for (const QString &pattern : context.customPatterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        const QRegularExpression re = compiled(pattern);
        if (!re.isValid())
            continue;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append(Match{PiiType::Custom, int(m.capturedStart()), int(m.capturedLength()), 0.9});
        }
    }
    return out;
}

} // namespace Blackout
