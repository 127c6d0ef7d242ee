// SPDX-License-Identifier: GPL-3.0-or-later
#include "hitsmodel.h"

#include "typecolours.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Blackout {

namespace {
// Type rows carry 0 as internal id; hit rows carry their group's row + 1, which is all parent() needs.
constexpr quintptr TypeRowId = 0;
}

HitsModel::HitsModel(ReviewSession *session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    connect(session, &ReviewSession::documentChanged, this, &HitsModel::rebuild);
    connect(session, &ReviewSession::pageChanged, this, &HitsModel::rebuild);
    connect(session, &ReviewSession::hitChanged, this, &HitsModel::onHitChanged);
    rebuild();
}

void HitsModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    const QList<HitRef> hits = m_session->allHits();
    for (PiiType type : allPiiTypes()) {
        Group group{type, {}};
        for (const HitRef &ref : hits) {
            if (m_session->hit(ref)->type == type)
                group.hits.append(ref);
        }
        if (!group.hits.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

void HitsModel::onHitChanged(int page, int hit)
{
    const QModelIndex first = indexOf({page, hit}, 0);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = parent(first);   // its "n kept" count may have changed
    Q_EMIT dataChanged(group, group);
}

QModelIndex HitsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, TypeRowId) : QModelIndex();
    if (parent.internalId() != TypeRowId || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HitsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TypeRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TypeRowId);
}

int HitsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == TypeRowId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int HitsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

HitRef HitsModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == TypeRowId)
        return {};
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).hits.size())
        return {};
    return m_groups.at(group).hits.at(index.row());
}

std::optional<PiiType> HitsModel::typeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const int group = index.internalId() == TypeRowId ? index.row() : int(index.internalId() - 1);
    if (group >= m_groups.size())
        return std::nullopt;
    return m_groups.at(group).type;
}

QModelIndex HitsModel::indexOf(const HitRef &ref, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).hits.indexOf(ref));
        if (row >= 0)
            return createIndex(row, column, quintptr(g + 1));
    }
    return {};
}

QList<HitRef> HitsModel::orderedHits() const
{
    QList<HitRef> all;
    for (const Group &g : m_groups)
        all += g.hits;
    return all;
}

QVariant HitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TypeRowId) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == TextColumn) {
            int kept = 0;
            for (const HitRef &ref : g.hits)
                kept += m_session->decision(ref) == Decision::Rejected ? 1 : 0;
            //: hits panel group row: type name, number of hits
            QString label = tr("%1 (%2)").arg(piiTypeDisplayName(g.type)).arg(g.hits.size());
            return kept ? tr("%1, %n kept", nullptr, kept).arg(label) : label;
        }
        if (role == Qt::FontRole) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        if (role == TypeRole)
            return int(g.type);
        if (role == Qt::DecorationRole && index.column() == TextColumn)
            return TypeColours::of(g.type);
        return {};
    }

    const HitRef ref = hitAt(index);
    const Hit *hit = m_session->hit(ref);
    if (!hit)
        return {};
    const Decision decision = m_session->decision(ref).value_or(Decision::Accepted);
    const bool reviewed = m_session->isReviewed(ref);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return hit->text.simplified();
        case PageColumn:
            return ref.page + 1;
        case ConfidenceColumn:
            return QStringLiteral("%1%").arg(qRound(hit->confidence * 100));
        case DecisionColumn:
            if (decision == Decision::Rejected)
                return tr("Keep", "hit decision: leave visible");
            return reviewed ? tr("Redact", "hit decision: black out") : tr("Redact?", "proposed, not yet reviewed");
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 on page %2, %3% sure").arg(piiTypeDisplayName(hit->type)).arg(ref.page + 1)
            .arg(qRound(hit->confidence * 100));
    case Qt::FontRole: {
        QFont f = QApplication::font();
        f.setStrikeOut(decision == Decision::Rejected);
        return f;
    }
    case Qt::ForegroundRole:
        if (decision == Decision::Rejected)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TextColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (index.column() == TextColumn)
            return decision == Decision::Rejected ? QApplication::palette().color(QPalette::Disabled, QPalette::Text)
                                                  : TypeColours::of(hit->type);
        return {};
    case PageRole:
        return ref.page;
    case HitRole:
        return ref.hit;
    case TypeRole:
        return int(hit->type);
    }
    return {};
}

QVariant HitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Found");
    case PageColumn:
        return tr("Page");
    case ConfidenceColumn:
        return tr("Sure", "confidence column");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace Blackout
