// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built blackout-cli as a user would, for the tests that judge it from outside. The test's target
// defines BLACKOUT_CLI as the path of the executable. No wall-clock limit: CTest's timeout catches a hang.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct CliRun {
    bool crashed = false; ///< ended by a signal (or could not start): never acceptable
    int exitCode = -1;    ///< -1 when crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BLACKOUT_CLI), arguments);
    process.waitForFinished(-1);
    const bool crashed = process.exitStatus() != QProcess::NormalExit || process.error() == QProcess::FailedToStart;
    return CliRun{crashed, crashed ? -1 : process.exitCode(), process.readAllStandardOutput(),
                  process.readAllStandardError()};
}
