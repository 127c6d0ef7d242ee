// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Blackout {

/// File > Open Recent: the documents opened last, newest first, kept in the settings between sessions.
class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    /// Puts path first (once), keeping the ten newest.
    void add(const QString &path);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace Blackout
