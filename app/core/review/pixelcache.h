// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

namespace Blackout {

/**
 * The pixels of a document's pages within a budget of memory, the way Okular's pixmap cache works: a page's
 * text, hits and decisions stay for the whole review, but its image (some 34 MB at 300 dpi) only while it is
 * among the most recently used; the least recently used go first and are rendered again when needed. Not
 * thread-safe: the window's thread owns it.
 */
class PixelCache {
public:
    /// budgetBytes: at most this much image memory, but for the last image stored and the pinned pages.
    explicit PixelCache(qint64 budgetBytes = defaultBudget());

    /// A share of this machine's memory: a sixteenth, at least 192 MiB, at most 768 MiB.
    static qint64 defaultBudget();

    /// Stores page's image as the most recently used; returns the pages whose images it pushed out (never
    /// page itself, nor a pinned one).
    QList<int> insert(int page, const QImage &image);
    /// The page's image (null when not held), marked as the most recently used.
    QImage image(int page);
    bool contains(int page) const { return m_images.contains(page); }
    void remove(int page);
    void clear();
    /// Pages on screen: never pushed out, even past the budget, so that two pages shown at once cannot
    /// push each other out and be rendered again in turn without end.
    void setPinned(const QSet<int> &pages) { m_pinned = pages; }

    qint64 bytes() const { return m_bytes; }
    qint64 budget() const { return m_budget; }
    int size() const { return int(m_images.size()); }

private:
    void touch(int page);

    qint64 m_budget;
    qint64 m_bytes = 0;
    QHash<int, QImage> m_images;
    QList<int> m_order; ///< least recently used first
    QSet<int> m_pinned;
};

} // namespace Blackout
