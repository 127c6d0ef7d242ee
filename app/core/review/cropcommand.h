// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Blackout {

/// A change of the part of a page to export.
class CropCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(Blackout::CropCommand)
public:
    CropCommand(ReviewSession *session, int page, const QRect &before, const QRect &after);
    void undo() override;
    void redo() override;

private:
    ReviewSession *m_session;
    int m_page;
    QRect m_before;
    QRect m_after;
};

} // namespace Blackout
