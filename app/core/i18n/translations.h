// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Blackout {

/// Installs Blackout's and Qt's translations for locale on app. Returns whether Blackout's own
/// translation for that language was found (English needs none and returns false).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Blackout
