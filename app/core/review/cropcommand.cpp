// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/cropcommand.h"

namespace Blackout {

CropCommand::CropCommand(ReviewSession *session, int page, const QRect &before, const QRect &after)
    : m_session(session), m_page(page), m_before(before), m_after(after)
{
    setText(after.isNull() ? tr("Remove crop") : tr("Crop page"));
}

void CropCommand::undo()
{
    m_session->applyCrop(m_page, m_before);
}

void CropCommand::redo()
{
    m_session->applyCrop(m_page, m_after);
}

} // namespace Blackout
