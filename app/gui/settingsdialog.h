// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/settings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Blackout {

/// Everything a person can choose, as a form over one Settings value.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    /// The settings as the form shows them now.
    Settings settings() const;

private:
    Settings m_original;
    QComboBox *m_language;
    QLineEdit *m_region;
    QMap<PiiType, QCheckBox *> m_types;
    QComboBox *m_links;
    QCheckBox *m_bareDomains;
    QPlainTextEdit *m_watchList;
    QPlainTextEdit *m_patterns;
    QComboBox *m_style;
    QCheckBox *m_hideWidth;
    QComboBox *m_preset;
};

} // namespace Blackout
