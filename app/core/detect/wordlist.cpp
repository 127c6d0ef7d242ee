// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/wordlist.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace Blackout {

WordList::WordList(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    m_data = f.readAll();
    if (!m_data.isEmpty() && !m_data.endsWith('\n'))
        m_data.append('\n');
    const char *d = m_data.constData();
    const qsizetype n = m_data.size();
    for (qsizetype at = 0; at < n;) {
        const char *nl = static_cast<const char *>(std::memchr(d + at, '\n', size_t(n - at)));
        const qsizetype end = nl - d;
        if (end > at && d[at] != '#')
            m_starts.push_back(quint32(at));
        at = end + 1;
    }
}

bool WordList::contains(const QString &key) const
{
    if (m_starts.empty() || key.isEmpty())
        return false;
    const QByteArray k = key.toUtf8();
    const char *d = m_data.constData();
    auto compare = [&](quint32 start) {
        const char *entry = d + start;
        const size_t length = size_t(static_cast<const char *>(std::memchr(entry, '\n', size_t(m_data.size() - start))) - entry);
        const int c = std::memcmp(entry, k.constData(), std::min(length, size_t(k.size())));
        return c != 0 ? c : (length < size_t(k.size()) ? -1 : length > size_t(k.size()) ? 1 : 0);
    };
    const auto it = std::lower_bound(m_starts.cbegin(), m_starts.cend(), 0,
                                     [&](quint32 start, int) { return compare(start) < 0; });
    return it != m_starts.cend() && compare(*it) == 0;
}

} // namespace Blackout
