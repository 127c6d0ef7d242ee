// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/redactionset.h"

namespace Blackout {

RedactionSet::RedactionSet(QList<Hit> hits, const Settings &settings) : m_hits(std::move(hits))
{
    m_decisions.reserve(m_hits.size());
    for (const Hit &hit : std::as_const(m_hits))
        m_decisions.append(settings.isEnabled(hit.type) ? Decision::Accepted : Decision::Rejected);
}

int RedactionSet::addHit(const Hit &hit, const Settings &settings)
{
    m_hits.append(hit);
    m_decisions.append(settings.isEnabled(hit.type) ? Decision::Accepted : Decision::Rejected);
    return int(m_hits.size()) - 1;
}

void RedactionSet::setDecision(int hitIndex, Decision decision)
{
    if (hitIndex < 0 || hitIndex >= m_decisions.size())
        return;
    m_decisions[hitIndex] = decision;
}

int RedactionSet::addRegion(const QRect &rect)
{
    const int id = m_nextRegionId++;
    m_regions.append(ManualRegion{id, rect.normalized()});
    return id;
}

void RedactionSet::insertRegion(const ManualRegion &region)
{
    // A restored id replaces a region of the same id, so undo/redo and session loading cannot duplicate.
    removeRegion(region.id);
    m_regions.append(ManualRegion{region.id, region.rect.normalized()});
    m_nextRegionId = std::max(m_nextRegionId, region.id + 1);
}

bool RedactionSet::moveRegion(int id, const QRect &rect)
{
    for (ManualRegion &r : m_regions) {
        if (r.id == id) {
            r.rect = rect.normalized();
            return true;
        }
    }
    return false;
}

bool RedactionSet::removeRegion(int id)
{
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).id == id) {
            m_regions.removeAt(i);
            return true;
        }
    }
    return false;
}

std::optional<ManualRegion> RedactionSet::region(int id) const
{
    for (const ManualRegion &r : m_regions) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

QList<QRect> RedactionSet::boxesToRedact() const
{
    QList<QRect> boxes;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_decisions.at(i) != Decision::Accepted)
            continue;
        for (const QRect &b : m_hits.at(i).boxes) {
            if (!b.isEmpty())
                boxes.append(b.normalized());
        }
    }
    for (const ManualRegion &r : m_regions) {
        if (!r.rect.isEmpty())
            boxes.append(r.rect);
    }
    return boxes;
}

QStringList RedactionSet::redactedTexts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_decisions.at(i) == Decision::Accepted && !m_hits.at(i).text.trimmed().isEmpty()
            && !texts.contains(m_hits.at(i).text))
            texts.append(m_hits.at(i).text);
    }
    return texts;
}

} // namespace Blackout
