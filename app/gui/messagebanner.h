// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Blackout {

/// A strip above the pages that says what went wrong (or right) without blocking the window.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    Kind m_kind = Kind::Information;
};

} // namespace Blackout
