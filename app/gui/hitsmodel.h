// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QAbstractItemModel>

namespace Blackout {

/// Every hit of a review session, grouped by type with counts: the tree of the hits panel.
class HitsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TextColumn, PageColumn, ConfidenceColumn, DecisionColumn, ColumnCount };
    enum Role { PageRole = Qt::UserRole + 1, HitRole, TypeRole };

    explicit HitsModel(ReviewSession *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The hit a row shows (invalid for a type row).
    HitRef hitAt(const QModelIndex &index) const;
    /// The type a row belongs to, for type rows and hit rows.
    std::optional<PiiType> typeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const HitRef &ref, int column = 0) const;
    /// Every hit in the order the tree shows them: what next/previous walk through.
    QList<HitRef> orderedHits() const;

private:
    void rebuild();
    void onHitChanged(int page, int hit);

    struct Group {
        PiiType type;
        QList<HitRef> hits;
    };
    ReviewSession *m_session;
    QList<Group> m_groups;
};

} // namespace Blackout
