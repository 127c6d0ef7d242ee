// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/filejob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <memory>

class QProcess;

namespace Blackout {

/// One job slot of a batch whose files run in worker processes: a hang or crash inside a library (Poppler,
/// GMime, Tesseract) then costs one file, not the batch. The worker is `program arguments...`, started on
/// first use and again after it died; it reads jobs and answers results on its standard input and output
/// (JobCodec) and runs the same FileJob as a batch in one process. Use from one thread only.
class WorkerClient {
    Q_DECLARE_TR_FUNCTIONS(Blackout::WorkerClient)
public:
    /// fileTimeoutSeconds: a worker still busy with one file this long (plus a grace for the file's own
    /// deadline to fire) is killed; 0: never. memoryLimitMb: the worker's MemoryLimit (0: none), which its
    /// messages name.
    WorkerClient(QString program, QStringList arguments, int fileTimeoutSeconds, int memoryLimitMb);
    ~WorkerClient();

    /// Runs one file in the worker. A cancel kills the worker and gives a cancelled result.
    JobResult run(const BatchInput &input, const QString &stem, const Cancellation &cancel,
                  const std::function<void()> &pageDone);

    /// The one-line error of a file whose worker died with exitStatus (a signal: -1), under memoryLimitMb.
    static QString crashMessage(DocumentKind kind, int exitStatus, int memoryLimitMb);

private:
    bool ensureStarted();
    void stop();
    JobResult failed(const BatchInput &input, const QString &reason) const;

    QString m_program;
    QStringList m_arguments;
    int m_fileTimeoutSeconds;
    int m_memoryLimitMb;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Blackout
