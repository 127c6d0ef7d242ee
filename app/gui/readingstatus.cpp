// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingstatus.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Blackout {

ReadingStatus::ReadingStatus(QAction *stop, QWidget *parent)
    : QWidget(parent), m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_stopButton(new QToolButton(this))
{
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_stopButton->setDefaultAction(stop);
    m_stopButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_stopButton);
    m_progress->hide();
    m_stopButton->hide();
}

void ReadingStatus::showProgress(int percent, const QString &message)
{
    m_progress->setValue(percent);
    m_progress->show();
    m_stopButton->show();
    m_message->setText(message);
}

void ReadingStatus::showEnded(const QString &message)
{
    m_progress->hide();
    m_stopButton->hide();
    m_message->setText(message);
}

} // namespace Blackout
