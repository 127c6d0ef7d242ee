// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Blackout {

/// Process exit codes of blackout-cli.
enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2 };

/// Parses the top-level command line and hands over to the subcommand.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(Blackout::CliApp)
public:
    explicit CliApp(QCoreApplication &app);
    int run();

private:
    QCoreApplication &m_app;
};

} // namespace Blackout
