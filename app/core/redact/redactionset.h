// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hit.h"
#include "model/settings.h"

#include <QList>
#include <QRect>

namespace Blackout {

enum class Decision { Accepted, Rejected };

/// A rectangle the user drew to redact what detection missed.
struct ManualRegion {
    int id = 0;
    QRect rect;   ///< page pixels
};

/// One page's hits with the user's decisions, plus manual regions: what gets burnt in.
class RedactionSet {
public:
    RedactionSet() = default;
    /// Hits of types switched off in settings start rejected; all others accepted.
    explicit RedactionSet(QList<Hit> hits, const Settings &settings = {});

    const QList<Hit> &hits() const { return m_hits; }
    Decision decision(int hitIndex) const { return m_decisions.at(hitIndex); }
    void setDecision(int hitIndex, Decision decision);
    /// Appends a hit found later (decided like the constructor's) and returns its index; others keep theirs.
    int addHit(const Hit &hit, const Settings &settings = {});
    bool isAccepted(int hitIndex) const { return m_decisions.at(hitIndex) == Decision::Accepted; }

    const QList<ManualRegion> &regions() const { return m_regions; }
    /// Adds a region and returns its id (ids are never reused within a set).
    int addRegion(const QRect &rect);
    /// Re-adds a region with a known id (undo of a removal, restoring a saved session).
    void insertRegion(const ManualRegion &region);
    bool moveRegion(int id, const QRect &rect);
    bool removeRegion(int id);
    std::optional<ManualRegion> region(int id) const;

    /// Every box to fill: the boxes of accepted hits and the manual regions, in page pixels.
    QList<QRect> boxesToRedact() const;
    /// The texts of accepted hits (what the leak check looks for).
    QStringList redactedTexts() const;

private:
    QList<Hit> m_hits;
    QList<Decision> m_decisions;
    QList<ManualRegion> m_regions;
    int m_nextRegionId = 1;
};

} // namespace Blackout
