// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/processedpagecodec.h"

#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

namespace Blackout {

/// One page worker process (PageWorker) seen from the window's thread, without blocking it: a job goes in,
/// a result or the worker's death comes out as a signal. The process is started on the first job, kept for
/// the next ones (its document and OCR engine with it), and started again after it died or was stopped.
class PageWorkerProcess : public QObject {
    Q_OBJECT
public:
    PageWorkerProcess(QString program, QStringList arguments, QObject *parent = nullptr);
    ~PageWorkerProcess() override;

    bool isBusy() const { return m_busy; }
    /// Sends job; a worker still busy after deadlineMs (0: never) is killed and died(true) follows.
    void submit(const PageJob &job, int deadlineMs);
    /// Kills the worker if it is busy (at once, whatever it is doing); no signal follows for its job.
    void stop();

Q_SIGNALS:
    void progress(int percent);
    void finished(const Blackout::PageJobResult &result);
    /// The worker crashed (or was killed by the system) during a job, or was killed at its deadline.
    /// exitStatus: what it exited with (MemoryLimit::kExitOutOfMemory among them); -1 for a signal or a kill.
    void died(bool timedOut, int exitStatus);

private:
    bool ensureStarted();
    void readLines();
    void discardProcess();

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    QTimer *m_deadline;
    bool m_busy = false;
};

} // namespace Blackout
