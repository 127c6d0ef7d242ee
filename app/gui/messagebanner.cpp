// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Blackout {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    // Fixed tints that read well on both the light and the dark palette.
    QPalette pal = palette();
    const QColor bg = kind == Kind::Error ? QColor(200, 50, 50) : kind == Kind::Warning ? QColor(215, 140, 20)
                                                                                         : QColor(40, 110, 190);
    pal.setColor(QPalette::Window, bg);
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    m_label->setPalette(pal);
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Blackout
