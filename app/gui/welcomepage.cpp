// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Blackout {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Black out personal data before you share"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Open an email, a mailbox, a PDF or a screenshot, drop it here, "
                               "or paste a screenshot with %1.")
                                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *steps = new QLabel(tr("Then go through the hits with J and K, press A to black one out or R to keep it, "
                                "draw boxes over anything missed, and export."),
                             this);
    steps->setAlignment(Qt::AlignCenter);
    steps->setWordWrap(true);
    steps->setForegroundRole(QPalette::PlaceholderText);
    auto *open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open"),
                                                  style()->standardIcon(QStyle::SP_DialogOpenButton)),
                                 tr("Open…"), this);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(steps);
    layout->addSpacing(12);
    layout->addWidget(open, 0, Qt::AlignCenter);
    layout->addStretch(3);
}

} // namespace Blackout
