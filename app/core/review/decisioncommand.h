// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QUndoCommand>

namespace Blackout {

/// Accepting or rejecting one hit, all of a type or all with the same text: one step to undo.
class DecisionCommand : public QUndoCommand {
public:
    DecisionCommand(ReviewSession *session, QList<DecisionChange> changes, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReviewSession *m_session;
    QList<DecisionChange> m_changes;
};

} // namespace Blackout
