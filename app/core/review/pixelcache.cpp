// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pixelcache.h"

#include "pipeline/memorylimit.h"

#include <algorithm>

namespace Blackout {

PixelCache::PixelCache(qint64 budgetBytes) : m_budget(std::max<qint64>(0, budgetBytes)) {}

qint64 PixelCache::defaultBudget()
{
    const qint64 mb = std::clamp<qint64>(MemoryLimit::physicalMegabytes() / 16, 192, 768);
    return mb << 20;
}

QList<int> PixelCache::insert(int page, const QImage &image)
{
    remove(page);
    if (image.isNull())
        return {};
    m_images.insert(page, image);
    m_order.append(page);
    m_bytes += image.sizeInBytes();
    QList<int> evicted;
    for (qsizetype i = 0; m_bytes > m_budget && i < m_order.size();) {
        const int oldest = m_order.at(i);
        if (oldest == page || m_pinned.contains(oldest)) {
            ++i;
            continue;
        }
        m_order.removeAt(i);
        m_bytes -= m_images.take(oldest).sizeInBytes();
        evicted.append(oldest);
    }
    return evicted;
}

QImage PixelCache::image(int page)
{
    const auto it = m_images.constFind(page);
    if (it == m_images.cend())
        return {};
    touch(page);
    return it.value();
}

void PixelCache::remove(int page)
{
    const auto it = m_images.find(page);
    if (it == m_images.end())
        return;
    m_bytes -= it->sizeInBytes();
    m_images.erase(it);
    m_order.removeOne(page);
}

void PixelCache::clear()
{
    m_images.clear();
    m_order.clear();
    m_bytes = 0;
}

void PixelCache::touch(int page)
{
    // The most recently used is last; a page drawn again and again is usually already there.
    if (!m_order.isEmpty() && m_order.last() == page)
        return;
    m_order.removeOne(page);
    m_order.append(page);
}

} // namespace Blackout
