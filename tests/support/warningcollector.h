// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

/// Collects the warnings Qt logs while it lives (a QRegularExpression that does not compile only warns, once
/// per match call, and then finds nothing). One at a time.
class WarningCollector {
public:
    WarningCollector() : m_previous(qInstallMessageHandler(&WarningCollector::collect)) { warnings().clear(); }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    static QStringList &warnings()
    {
        static QStringList list;
        return list;
    }

private:
    static void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            warnings().append(message);
    }

    QtMessageHandler m_previous;
};
