// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/decisioncommand.h"

namespace Blackout {

DecisionCommand::DecisionCommand(ReviewSession *session, QList<DecisionChange> changes, const QString &text)
    : QUndoCommand(text), m_session(session), m_changes(std::move(changes))
{
}

void DecisionCommand::undo()
{
    m_session->applyDecisions(m_changes, false);
}

void DecisionCommand::redo()
{
    m_session->applyDecisions(m_changes, true);
}

} // namespace Blackout
