// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

namespace Blackout {

namespace {
constexpr int MaxRecentFiles = 10;
const QString RecentKey = QStringLiteral("gui/recentFiles");
} // namespace

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent) : QMenu(title, parent)
{
    rebuild();
}

void RecentFilesMenu::add(const QString &path)
{
    QSettings store;
    QStringList recent = store.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    store.setValue(RecentKey, recent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (!recent.isEmpty()) {
        addSeparator();
        addAction(tr("Clear List"), this, [this] {
            QSettings().remove(RecentKey);
            rebuild();
        });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace Blackout
