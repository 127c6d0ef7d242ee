// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/piitype.h"
#include "model/result.h"
#include "redact/redactionset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRect>
#include <QString>

namespace Blackout {

/**
 * A document's review saved beside it (`<file>.blackout.json`): per page, the decision on every hit and
 * the manual regions. A decision is keyed by type, text, page and box, so hits found again when the
 * document is reopened get the decisions the person made. Reading accepts any bytes from anywhere:
 * sizes are bounded, wrong types are skipped, nothing crashes.
 */
class SessionFile {
    Q_DECLARE_TR_FUNCTIONS(Blackout::SessionFile)
public:
    static constexpr int kVersion = 1;

    struct HitDecision {
        PiiType type = PiiType::Custom;
        QString text;
        QRect box;          ///< bounding box of the hit, page pixels
        Decision decision = Decision::Accepted;
    };
    struct PageReview {
        QList<HitDecision> decisions;
        QList<ManualRegion> regions;
    };

    /// `<documentPath>.blackout.json` when its folder is writable, else a file in AppDataLocation
    /// named after a hash of the document's absolute path.
    static QString pathFor(const QString &documentPath);

    static Result<SessionFile> load(const QString &path);
    Status save(const QString &path) const;

    static Result<SessionFile> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    /// Remembers the decisions and regions of set as the review of page (0-based), replacing what was there.
    /// With decided, only the hits marked true in it: the ones a person decided on, not the defaults.
    void record(int page, const RedactionSet &set, const QList<bool> &decided = {});
    /// Restores the remembered decisions onto freshly detected hits of page and re-adds its regions.
    /// Returns the indexes of the hits that took a remembered decision.
    QList<int> apply(RedactionSet &set, int page) const;

    bool isEmpty() const { return m_pages.isEmpty(); }
    QList<int> pages() const;
    PageReview review(int page) const { return m_pages.value(page); }

private:
    QHash<int, PageReview> m_pages;
};

} // namespace Blackout
