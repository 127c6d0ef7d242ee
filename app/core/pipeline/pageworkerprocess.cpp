// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/pageworkerprocess.h"

#include <QProcess>
#include <QTimer>

namespace Blackout {

PageWorkerProcess::PageWorkerProcess(QString program, QStringList arguments, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_arguments(std::move(arguments)), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_busy)
            return;
        m_busy = false;
        discardProcess();
        Q_EMIT died(true, -1);
    });
}

PageWorkerProcess::~PageWorkerProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool PageWorkerProcess::ensureStarted()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        return true;
    discardProcess();
    m_process = new QProcess(this);
    // The worker's own diagnostics reach the terminal the window was started from.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PageWorkerProcess::readLines);
    connect(m_process, &QProcess::finished, this, [this] {
        readLines(); // its last words
        if (!m_busy)
            return;
        m_busy = false;
        m_deadline->stop();
        const int status = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
        discardProcess();
        Q_EMIT died(false, status);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_busy)
            return;
        m_busy = false;
        m_deadline->stop();
        discardProcess();
        Q_EMIT died(false, -1);
    });
    m_process->start(m_program, m_arguments);
    return true;
}

void PageWorkerProcess::discardProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // SIGKILL ends it whatever library call it is in; the object goes once the system has reaped it.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void PageWorkerProcess::submit(const PageJob &job, int deadlineMs)
{
    ensureStarted();
    m_busy = true;
    m_process->write(ProcessedPageCodec::encodeJob(job));
    if (deadlineMs > 0)
        m_deadline->start(deadlineMs);
}

void PageWorkerProcess::stop()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_deadline->stop();
    discardProcess();
}

void PageWorkerProcess::readLines()
{
    while (m_process && m_process->canReadLine()) {
        const QByteArray line = m_process->readLine();
        if (!m_busy)
            continue;
        if (line.startsWith("progress ")) {
            Q_EMIT progress(line.mid(9).trimmed().toInt());
            continue;
        }
        if (std::optional<PageJobResult> result = ProcessedPageCodec::decodeResult(line)) {
            m_busy = false;
            m_deadline->stop();
            Q_EMIT finished(*result);
        }
    }
}

} // namespace Blackout
