// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/batchrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace Blackout {

namespace {
// Two inputs in one folder named a.eml and a.pdf would both export a-p1.png: those keep their
// extension in the stem.
QStringList stemsFor(const QList<BatchInput> &inputs)
{
    QMap<QString, int> count;
    QStringList plain;
    for (const BatchInput &input : inputs) {
        const QFileInfo info(input.relativePath);
        const QString key = info.path() + QLatin1Char('/') + info.completeBaseName();
        plain.append(key);
        ++count[key];
    }
    QStringList stems;
    for (int i = 0; i < inputs.size(); ++i) {
        const QFileInfo info(inputs.at(i).relativePath);
        stems.append(count.value(plain.at(i)) > 1 ? info.fileName().replace(QLatin1Char('.'), QLatin1Char('_'))
                                                  : info.completeBaseName());
    }
    return stems;
}
} // namespace

BatchRunner::BatchRunner(JobOptions options, int jobs, QString reportPath)
    : m_options(std::move(options)), m_jobs(std::max(1, jobs)), m_reportPath(std::move(reportPath))
{
}

BatchRunner::~BatchRunner() = default;

QString BatchRunner::crashReason()
{
    return tr("Blackout stopped while reading this file (it may crash it); it was not read again: run it on its "
              "own to retry");
}

QString BatchRunner::inProgressPath(const QString &reportPath)
{
    return reportPath + QStringLiteral(".inprogress");
}

namespace {

QByteArray compact(const QJsonObject &entry)
{
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

} // namespace

void BatchRunner::loadPreviousReport()
{
    if (m_reportPath.isEmpty() || !m_options.skipExisting)
        return;
    QFile running(inProgressPath(m_reportPath));
    if (running.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : running.read(16 << 20).split('\n')) {
            if (!line.isEmpty())
                m_crashers.insert(QString::fromUtf8(line));
        }
    }
    QFile file(m_reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray files = QJsonDocument::fromJson(file.read(256 << 20)).object().value(QStringLiteral("files")).toArray();
    const QString crashed = crashReason();
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString input = entry.value(QStringLiteral("input")).toString();
        if (entry.value(QStringLiteral("status")).toString() == QLatin1String("ok"))
            m_previous.insert(input, compact(entry));
        else if (entry.value(QStringLiteral("error")).toString() == crashed)
            m_crashers.insert(input); // stays an error over any number of resumed runs
    }
}

void BatchRunner::startFile(int index)
{
    if (m_closed)
        return;
    m_running.append(m_inputs.at(index).path);
    writeInProgress();
}

void BatchRunner::writeInProgress()
{
    if (m_reportPath.isEmpty())
        return;
    // Small (one line per worker) and rewritten atomically, so it is cheap to keep exact per file.
    QDir().mkpath(QFileInfo(m_reportPath).absolutePath());
    QSaveFile out(inProgressPath(m_reportPath));
    if (out.open(QIODevice::WriteOnly)) {
        for (const QString &input : std::as_const(m_running))
            out.write(input.toUtf8() + '\n');
        out.commit();
    }
}

void BatchRunner::setStopGrace(std::chrono::milliseconds grace)
{
    m_stopGrace = grace;
}

void BatchRunner::setJobFunction(JobFunction function)
{
    m_jobFunction = std::move(function);
}

BatchSummary BatchRunner::run(const WalkResult &walk, const Cancellation &cancel,
                              const std::function<void(const BatchProgress &)> &progress)
{
    m_clock.start();
    m_inputs = walk.inputs;
    m_entries = QList<QByteArray>(walk.inputs.size());
    m_summary = BatchSummary();
    m_summary.files = int(walk.inputs.size());
    m_summary.skippedUnsupported = int(walk.skipped.size());
    m_progress = BatchProgress();
    m_progress.filesTotal = m_summary.files;
    loadPreviousReport();
    writeReport(true);

    m_stems = stemsFor(walk.inputs);
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(m_jobs);
    // OCR engines live per thread: threads that expire would pay Tesseract's start-up again.
    m_pool->setExpiryTimeout(-1);
    // The tasks hold copies of what they use, never this function's locals: an abandoned task outlives it.
    for (int i = 0; i < walk.inputs.size(); ++i)
        m_pool->start([this, i, cancel, progress] { runFile(i, cancel, progress); });
    const bool allReturned = waitForWorkers(cancel);

    QMutexLocker lock(&m_mutex);
    m_summary.cancelled = cancel.isCancelled();
    m_summary.abandoned = !allReturned;
    m_summary.elapsedMs = m_clock.elapsed();
    writeReport(true);
    // Files in flight when the batch was interrupted were not crashing it: a resumed run reads them again.
    if (!m_reportPath.isEmpty())
        QFile::remove(inProgressPath(m_reportPath));
    if (!allReturned) {
        m_closed = true;
        (void)m_pool.release();
    }
    return m_summary;
}

bool BatchRunner::waitForWorkers(const Cancellation &cancel)
{
    // Not QFuture::waitForFinished(): it runs a task that has not started yet on this thread, one more
    // file at a time than --jobs allows (and one more file in memory).
    QElapsedTimer sinceCancel;
    while (!m_pool->waitForDone(50)) {
        if (!cancel.isCancelled() || m_stopGrace.count() < 0)
            continue;
        if (!sinceCancel.isValid()) {
            sinceCancel.start();
            m_pool->clear(); // queued files never start
        } else if (sinceCancel.elapsed() > m_stopGrace.count()) {
            return false;
        }
    }
    return true;
}

void BatchRunner::runFile(int i, const Cancellation &cancel,
                          const std::function<void(const BatchProgress &)> &progress)
{
    auto report = [&] {
        if (progress && !m_closed)
            progress(m_progress);
    };
    if (cancel.isCancelled())
        return;
    if (m_crashers.contains(m_inputs.at(i).path)) {
        JobResult crashed;
        crashed.file.input = m_inputs.at(i).path;
        crashed.file.kind = documentKindId(m_inputs.at(i).kind);
        crashed.file.ok = false;
        crashed.file.error = crashReason();
        QMutexLocker lock(&m_mutex);
        finishFile(i, crashed);
        report();
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        startFile(i);
    }
    const auto pageDone = [&] {
        QMutexLocker lock(&m_mutex);
        ++m_progress.pagesDone;
        m_progress.elapsedMs = m_clock.elapsed();
        report();
    };
    const JobResult result = m_jobFunction ? m_jobFunction(m_inputs.at(i), m_stems.at(i), cancel, pageDone)
                                           : FileJob::run(m_inputs.at(i), m_stems.at(i), m_options, cancel, pageDone);
    QMutexLocker lock(&m_mutex);
    finishFile(i, result);
    m_progress.lastFile = m_inputs.at(i).path;
    m_progress.elapsedMs = m_clock.elapsed();
    report();
}

void BatchRunner::finishFile(int index, const JobResult &result)
{
    if (m_closed)
        return; // the batch was stopped without this file: a resumed run does it
    ++m_progress.filesDone;
    if (m_running.removeOne(result.file.input))
        writeInProgress();
    if (result.cancelled)
        return; // unfinished: left out of the report, and a resumed run (--skip-existing) does it again
    if (result.skippedAsDone) {
        ++m_summary.filesResumed;
        ++m_summary.filesOk;
        const QByteArray previous = m_previous.value(result.file.input);
        m_entries[index] = !previous.isEmpty() ? previous : compact(result.entry ? *result.entry : Report::fileToJson(result.file));
        return;
    }
    const ReportFile &file = result.file;
    if (file.ok) {
        ++m_summary.filesOk;
    } else {
        ++m_summary.filesFailed;
        m_summary.errors.append(QStringLiteral("%1: %2").arg(file.input, file.error));
    }
    m_summary.pages += int(file.pages.size());
    for (const ReportPage &page : file.pages) {
        for (const ReportHit &hit : page.hits)
            ++m_summary.hits[hit.hit.type];
    }
    m_summary.leaks += file.leaks;
    m_summary.leakMessages.append(result.leakMessages);
    m_summary.notes.append(result.notes);
    m_entries[index] = compact(result.entry ? *result.entry : Report::fileToJson(file));
    writeReport(false);
}

QByteArray BatchRunner::reportJson() const
{
    QJsonObject root = Report().toJson();
    // The figures a person plans the next run by, as far as the batch has come (report-schema: summary).
    const qint64 ms = m_summary.elapsedMs > 0 ? m_summary.elapsedMs : m_clock.elapsed();
    const double seconds = std::max<qint64>(1, ms) / 1000.0;
    const int done = m_summary.filesOk + m_summary.filesFailed;
    const auto rate = [&](int count) { return std::round(count / seconds * 100.0) / 100.0; };
    root.insert(QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("files"), done},
                            {QStringLiteral("pages"), m_summary.pages},
                            {QStringLiteral("seconds"), std::round(seconds * 10.0) / 10.0},
                            {QStringLiteral("files_per_second"), rate(done)},
                            {QStringLiteral("pages_per_second"), rate(m_summary.pages)},
                            {QStringLiteral("leaks"), m_summary.leaks},
                            {QStringLiteral("errors"), m_summary.filesFailed}});
    // The files' entries are joined as they are kept, one a line, rather than parsed into one document again.
    root.insert(QStringLiteral("files"), QJsonArray());
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QByteArray emptyFiles = "\"files\": [\n    ]";
    const qsizetype at = json.indexOf(emptyFiles);
    QByteArray files = "\"files\": [";
    bool first = true;
    for (const QByteArray &entry : m_entries) {
        if (entry.isEmpty())
            continue;
        files += first ? "\n        " : ",\n        ";
        files += entry;
        first = false;
    }
    files += "\n    ]";
    if (at >= 0)
        return json.replace(at, emptyFiles.size(), files);
    // Should Qt ever print an empty array otherwise: the entries parsed into one document, as before.
    QJsonArray parsed;
    for (const QByteArray &entry : m_entries) {
        if (!entry.isEmpty())
            parsed.append(QJsonDocument::fromJson(entry).object());
    }
    root.insert(QStringLiteral("files"), parsed);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void BatchRunner::writeReport(bool force)
{
    if (m_reportPath.isEmpty())
        return;
    // Rewriting a report of thousands of files after every file would cost more than the files: at most
    // once a second, and always at the end.
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    // A report of many thousand files takes long to write: never more than a twentieth of the time on it.
    if (!force && m_lastWriteMs >= 0 && now - m_lastWriteMs < std::max<qint64>(1000, 20 * m_lastWriteCostMs))
        return;
    m_lastWriteMs = now;
    QDir().mkpath(QFileInfo(m_reportPath).absolutePath());
    QSaveFile out(m_reportPath);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(reportJson());
        out.commit();
    }
    if (m_clock.isValid())
        m_lastWriteCostMs = m_clock.elapsed() - now;
}

} // namespace Blackout
