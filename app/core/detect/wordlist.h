// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace Blackout {

/**
 * A sorted list of words or phrases, one a line in UTF-8 and code-point order (as resources/data/tools
 * writes them), searched in place: a 200,000-entry list costs its bytes and one offset an entry, and loads
 * in one pass without an allocation per word.
 */
class WordList {
public:
    WordList() = default;
    /// Reads a file or Qt resource; a missing one gives an empty list.
    explicit WordList(const QString &path);
    /// True when key (already folded as the list was) is an entry.
    bool contains(const QString &key) const;
    qsizetype size() const { return qsizetype(m_starts.size()); }
    qsizetype bytes() const { return m_data.size() + qsizetype(m_starts.size() * sizeof(quint32)); }

private:
    QByteArray m_data;
    std::vector<quint32> m_starts;  ///< offset of each entry; each ends at the next '\n'
};

} // namespace Blackout
