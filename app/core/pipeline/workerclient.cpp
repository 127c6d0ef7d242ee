// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/workerclient.h"

#include "pipeline/jobcodec.h"
#include "pipeline/memorylimit.h"

#include <QProcess>

namespace Blackout {

namespace {
// A file's own deadline (FileJob) ends most slow files with their pages so far; the worker is killed only
// when that did not happen this long after it, i.e. when it is stuck inside one library call.
constexpr int kKillGraceMs = 5000;
constexpr int kPollMs = 100;
} // namespace

WorkerClient::WorkerClient(QString program, QStringList arguments, int fileTimeoutSeconds, int memoryLimitMb)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_fileTimeoutSeconds(fileTimeoutSeconds),
      m_memoryLimitMb(memoryLimitMb)
{
}

WorkerClient::~WorkerClient()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // end of jobs: the worker leaves its loop
        if (!m_process->waitForFinished(3000))
            stop();
    }
}

QString WorkerClient::crashMessage(DocumentKind kind, int exitStatus, int memoryLimitMb)
{
    if (exitStatus == MemoryLimit::kExitOutOfMemory && memoryLimitMb > 0)
        return tr("it needs more than %1 MB of memory: raise --max-memory-mb").arg(memoryLimitMb);
    QString message;
    switch (kind) {
    case DocumentKind::Pdf:
        message = tr("the PDF reader crashed on this file");
        break;
    case DocumentKind::Email:
        message = tr("the email reader crashed on this file");
        break;
    case DocumentKind::Image:
        message = tr("the image reader crashed on this file");
        break;
    }
    return message;
}

bool WorkerClient::ensureStarted()
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    m_process = std::make_unique<QProcess>();
    // The worker's own diagnostics (and a sanitizer's report) reach the terminal as the batch's would.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_program, m_arguments);
    return m_process->waitForStarted(-1);
}

void WorkerClient::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(-1);
    m_process.reset();
}

JobResult WorkerClient::failed(const BatchInput &input, const QString &reason) const
{
    JobResult result;
    result.file.input = input.path;
    result.file.kind = documentKindId(input.kind);
    result.file.ok = false;
    result.file.error = reason;
    return result;
}

JobResult WorkerClient::run(const BatchInput &input, const QString &stem, const Cancellation &cancel,
                            const std::function<void()> &pageDone)
{
    if (!ensureStarted()) {
        m_process.reset();
        return failed(input, tr("the worker process could not start"));
    }
    m_process->write(JobCodec::encodeJob(input, stem));
    QElapsedTimer clock;
    clock.start();
    const qint64 killAfterMs = m_fileTimeoutSeconds > 0 ? m_fileTimeoutSeconds * 1000LL + kKillGraceMs : -1;
    for (;;) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine();
            if (line.trimmed() == "page") {
                if (pageDone)
                    pageDone();
                continue;
            }
            if (std::optional<JobResult> result = JobCodec::decodeResult(line))
                return std::move(*result);
        }
        if (cancel.isCancelled()) {
            stop(); // the file is left out of the report, and a resumed run does it again
            JobResult result = failed(input, {});
            result.cancelled = true;
            return result;
        }
        if (killAfterMs >= 0 && clock.elapsed() > killAfterMs) {
            stop();
            return failed(input, FileJob::timeoutMessage(m_fileTimeoutSeconds));
        }
        if (m_process->state() == QProcess::NotRunning) {
            if (m_process->canReadLine())
                continue; // its last words, read when it ended
            const int status = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
            m_process.reset();
            return failed(input, crashMessage(input.kind, status, m_memoryLimitMb));
        }
        m_process->waitForReadyRead(kPollMs);
    }
}

} // namespace Blackout
