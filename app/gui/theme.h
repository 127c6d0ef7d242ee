// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Blackout {

/// The application's look: the system's, or a light or dark palette on the Fusion style.
class Theme {
    Q_DECLARE_TR_FUNCTIONS(Blackout::Theme)
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static QString id(Mode mode);
    static Mode fromId(const QString &id);
};

} // namespace Blackout
