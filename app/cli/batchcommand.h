// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/batchrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace Blackout {

/// `scan` and `redact`: the options they share, the batch, the progress and the summary.
class BatchCommand {
    Q_DECLARE_TR_FUNCTIONS(Blackout::BatchCommand)
public:
    enum class Mode { Scan, Redact };
    explicit BatchCommand(Mode mode);

    /// arguments start with the command's name.
    int run(const QStringList &arguments);
    /// The hidden `worker` command: takes the batch's own options, then runs the files named on standard
    /// input one at a time and answers on standard output (see WorkerClient).
    int runWorker(const QStringList &arguments);

private:
    void addOptions(QCommandLineParser &parser) const;
    /// Fills m_options from the parsed command line; returns an error message for a usage error.
    QString configure(const QCommandLineParser &parser);
    void printSummary(const BatchSummary &summary, const WalkResult &walk) const;
    QString modeId() const;

    Mode m_mode;
    JobOptions m_options;
    int m_jobs = 1;
    QString m_reportPath;
    bool m_quiet = false;
    bool m_verbose = false;
    bool m_allowLeaks = false;
    int m_maxMemoryMb = 0;         ///< per worker process (MemoryLimit); 0: no limit
};

} // namespace Blackout
