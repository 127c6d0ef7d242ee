// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/regioncommand.h"

namespace Blackout {

namespace {
constexpr int MoveCommandId = 0x424c4b01;   // any constant unique among the commands on this stack
}

RegionCommand::RegionCommand(ReviewSession *session, Kind kind, int page, const ManualRegion &before,
                             const ManualRegion &after, bool continuing)
    : m_session(session), m_kind(kind), m_page(page), m_before(before), m_after(after), m_continuing(continuing)
{
    switch (kind) {
    case Kind::Add:
        setText(tr("Add redaction box"));
        break;
    case Kind::Move:
        setText(tr("Move redaction box"));
        break;
    case Kind::Remove:
        setText(tr("Delete redaction box"));
        break;
    }
}

void RegionCommand::undo()
{
    switch (m_kind) {
    case Kind::Add:
        m_session->applyRegionRemove(m_page, m_after.id);
        break;
    case Kind::Move:
        m_session->applyRegionMove(m_page, m_before.id, m_before.rect);
        break;
    case Kind::Remove:
        m_session->applyRegionInsert(m_page, m_before);
        break;
    }
}

void RegionCommand::redo()
{
    switch (m_kind) {
    case Kind::Add:
        m_session->applyRegionInsert(m_page, m_after);
        break;
    case Kind::Move:
        m_session->applyRegionMove(m_page, m_after.id, m_after.rect);
        break;
    case Kind::Remove:
        m_session->applyRegionRemove(m_page, m_before.id);
        break;
    }
}

int RegionCommand::id() const
{
    return m_kind == Kind::Move ? MoveCommandId : -1;
}

bool RegionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const RegionCommand *>(other);
    // Only the steps of one drag merge: a new drag of the same box stays its own undo step.
    if (!next || next->m_kind != Kind::Move || !next->m_continuing || next->m_page != m_page
        || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Blackout
