// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/filejob.h"
#include "pipeline/inputwalker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

class QThreadPool;

namespace Blackout {

/// Where a batch stands; handed to the progress callback after every page and every file.
struct BatchProgress {
    int filesTotal = 0;
    int filesDone = 0;
    int pagesDone = 0;
    qint64 elapsedMs = 0;
    QString lastFile;
};

/// The totals a batch ends with.
struct BatchSummary {
    int files = 0;
    int filesOk = 0;
    int filesFailed = 0;
    int filesResumed = 0;          ///< --skip-existing: already done by an earlier run
    int skippedUnsupported = 0;
    int pages = 0;
    QMap<PiiType, int> hits;
    int leaks = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    /// Files were still in flight when the grace after a cancel ran out (see BatchRunner::setStopGrace):
    /// their threads still run, so the caller must end the process (std::_Exit) without leaving the
    /// scope that holds the BatchRunner and the progress callback.
    bool abandoned = false;
    QStringList errors;            ///< "input: reason", one per failed file
    QStringList leakMessages;
    QStringList notes;             ///< limits that shortened a file without failing it
};

/**
 * Runs FileJobs over many inputs on a pool of worker threads and keeps the report on disk up to date:
 * it is rewritten atomically as files finish, so it is valid JSON whenever the process stops.
 */
class BatchRunner {
    Q_DECLARE_TR_FUNCTIONS(Blackout::BatchRunner)
public:
    BatchRunner(JobOptions options, int jobs, QString reportPath);
    ~BatchRunner();

    /// How long run() waits, once cancel is set, for the files in flight: they notice the flag between
    /// pages and inside OCR, but not inside one library call (opening a file, rendering a page, Tesseract's
    /// layout analysis). Past it, run() writes the report without them and returns with
    /// BatchSummary::abandoned. Negative (the default): wait for every file in flight.
    void setStopGrace(std::chrono::milliseconds grace);

    /// What runs one file; called on the pool's threads, one file at a time per thread. Unset: FileJob::run
    /// in this process. blackout-cli sets one that hands the file to a worker process (WorkerClient).
    using JobFunction = std::function<JobResult(const BatchInput &input, const QString &stem,
                                                const Cancellation &cancel, const std::function<void()> &pageDone)>;
    void setJobFunction(JobFunction function);

    /// Blocks until every input is done, or cancel is set and the files in flight have stopped (or the
    /// stop grace ran out). progress is called from worker threads, one call at a time.
    BatchSummary run(const WalkResult &walk, const Cancellation &cancel,
                     const std::function<void(const BatchProgress &)> &progress = {});

    /// The whole report as JSON, inputs in walk order.
    QByteArray reportJson() const;

    /// The reason a file gets when an earlier run stopped while reading it (see inProgressPath).
    static QString crashReason();

    /// A small file beside the report naming the inputs being worked on right now, rewritten before and
    /// after every file: if the process dies inside a parser, a run with --skip-existing reports those
    /// files as errors instead of crashing on them again.
    static QString inProgressPath(const QString &reportPath);

private:
    void startFile(int index);
    void finishFile(int index, const JobResult &result);
    void writeInProgress();
    void writeReport(bool force);
    void loadPreviousReport();
    /// Waits for the pool; false when the stop grace ran out with files still in flight.
    bool waitForWorkers(const Cancellation &cancel);
    void runFile(int index, const Cancellation &cancel, const std::function<void(const BatchProgress &)> &progress);

    JobOptions m_options;
    int m_jobs;
    QString m_reportPath;
    mutable QMutex m_mutex;
    /// Each file's report entry as compact JSON (empty: not done): a QJsonObject per file cost about 100 KiB
    /// and the batch's memory grew with the archive.
    QList<QByteArray> m_entries;
    QMap<QString, QByteArray> m_previous;       ///< entries of an earlier run's report, by input
    QSet<QString> m_crashers;                   ///< inputs an earlier run stopped inside (--skip-existing)
    QStringList m_running;                      ///< inputs being worked on, in start order
    QList<BatchInput> m_inputs;
    BatchSummary m_summary;
    BatchProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastWriteMs = -1;
    qint64 m_lastWriteCostMs = 0;               ///< how long the last report write took
    QStringList m_stems;                        ///< output file stems, by input
    std::chrono::milliseconds m_stopGrace{-1};
    JobFunction m_jobFunction;
    /// Owned, but let go of (never destroyed) when workers are abandoned: its destructor would wait for them.
    std::unique_ptr<QThreadPool> m_pool;
    bool m_closed = false;                      ///< abandoned: late workers touch neither report nor progress
};

} // namespace Blackout
