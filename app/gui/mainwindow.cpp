// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>

namespace Blackout {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Blackout"));
    setCentralWidget(new QLabel(tr("Open a document to start."), this));
    resize(1200, 800);
}

void MainWindow::openFile(const QString &path)
{
    setWindowTitle(tr("%1 – Blackout").arg(path));
}

} // namespace Blackout
