// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Blackout {

/// Adding, moving (or resizing) and deleting a manual region. Moves of one region during one drag merge.
class RegionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(Blackout::RegionCommand)
public:
    enum class Kind { Add, Move, Remove };

    RegionCommand(ReviewSession *session, Kind kind, int page, const ManualRegion &before,
                  const ManualRegion &after, bool continuing = false);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReviewSession *m_session;
    Kind m_kind;
    int m_page;
    ManualRegion m_before;
    ManualRegion m_after;
    bool m_continuing;
};

} // namespace Blackout
