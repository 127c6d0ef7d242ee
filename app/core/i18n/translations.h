// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Blackout {

/// Installs Blackout's and Qt's translations for locale on app. A language Blackout has no translation for
/// gets the English texts with English plural forms.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Blackout
