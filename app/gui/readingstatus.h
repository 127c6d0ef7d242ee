// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Blackout {

/// The status bar's account of the pages being read: what is going on, how far, and a Stop button; hidden
/// while nothing runs.
class ReadingStatus : public QWidget {
    Q_OBJECT
public:
    /// stop: the action that stops reading (its button shows while pages are read).
    ReadingStatus(QAction *stop, QWidget *parent = nullptr);

    void showProgress(int percent, const QString &message);
    /// Reading ended; message says how (empty: nothing to say).
    void showEnded(const QString &message);

private:
    QLabel *m_message;
    QProgressBar *m_progress;
    QToolButton *m_stopButton;
};

} // namespace Blackout
