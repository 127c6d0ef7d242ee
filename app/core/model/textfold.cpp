// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/textfold.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Blackout {

QChar TextFold::foldChar(QChar c)
{
    const ushort u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? QChar(u + 32) : c;
    // Letters whose base is not reachable through the canonical decomposition.
    switch (u) {
    case 0x0141: case 0x0142: return QLatin1Char('l'); // Ł ł
    case 0x00D8: case 0x00F8: return QLatin1Char('o'); // Ø ø
    case 0x0110: case 0x0111: return QLatin1Char('d'); // Đ đ
    case 0x0131: return QLatin1Char('i');              // dotless i
    case 0x2019: case 0x2018: case 0x02BC: return QLatin1Char('\'');
    default: break;
    }
    if (c.decompositionTag() == QChar::Canonical) {
        const QString d = c.decomposition();
        if (!d.isEmpty())
            return foldChar(d.at(0));
    }
    return c.toLower();
}

QString TextFold::fold(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (int i = 0; i < text.size(); ++i)
        o[i] = foldChar(text.at(i));
    return out;
}

QString TextFold::lettersAndDigits(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key += foldChar(c);
    }
    return key;
}

QString TextFold::nameKey(const QString &text)
{
    QString s;
    s.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QChar(0x00DF) || c == QChar(0x1E9E)) {
            s += QLatin1String("ss");
            continue;
        }
        if (c == QChar(0x00E6) || c == QChar(0x00C6)) {
            s += QLatin1String("ae");
            continue;
        }
        const QChar f = foldChar(c);
        if (f.isLetterOrNumber())
            s += f;
    }
    s.replace(QLatin1String("oe"), QLatin1String("o"));
    s.replace(QLatin1String("ue"), QLatin1String("u"));
    s.replace(QLatin1String("ae"), QLatin1String("a"));
    return s;
}

QStringList TextFold::handleParts(const QString &handle)
{
    static const QRegularExpression separators(QStringLiteral(R"([._+\-\d]+)"));
    return handle.split(separators, Qt::SkipEmptyParts);
}

QStringList TextFold::addressesIn(const QString &text)
{
    QStringList found;
    if (!text.contains(QLatin1Char('@')))
        return found;
    static const QRegularExpression address(QStringLiteral(R"([\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+)"));
    auto it = address.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

int TextFold::editDistance(QStringView a, QStringView b, int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > maxEdits)
        return maxEdits + 1;
    std::vector<int> previous(size_t(m) + 1);
    std::vector<int> current(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = i;
        for (int j = 1; j <= m; ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({substitution, previous[size_t(j)] + 1, current[size_t(j - 1)] + 1});
            rowBest = std::min(rowBest, current[size_t(j)]);
        }
        if (rowBest > maxEdits)
            return maxEdits + 1;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], maxEdits + 1);
}

QString TextFold::digits(const QString &text)
{
    QString d;
    d.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

bool TextFold::isWholeWord(const QString &text, int start, int length)
{
    if (start > 0 && isWordChar(text.at(start - 1)))
        return false;
    const int end = start + length;
    return end >= text.size() || !isWordChar(text.at(end));
}

QStringView TextFold::lineAround(const QString &text, int pos)
{
    const int from = pos > 0 ? text.lastIndexOf(QLatin1Char('\n'), pos - 1) + 1 : 0;
    int to = text.indexOf(QLatin1Char('\n'), pos);
    if (to < 0)
        to = text.size();
    return QStringView(text).mid(from, to - from);
}

} // namespace Blackout
