// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagejobs.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Blackout {

PageJobs::PageJobs(QObject *parent) : QObject(parent)
{
    // One worker per core: each keeps its own OCR engine, so more threads would only add memory.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // Keep the threads, and with them their OCR engines (seconds to create), for the next document.
    m_pool.setExpiryTimeout(-1);
}

PageJobs::~PageJobs()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

void PageJobs::start(std::shared_ptr<const Document> document, const Settings &settings)
{
    cancel();
    m_cancel = Cancellation();
    ++m_generation;
    m_total = document ? document->pageCount() : 0;
    m_done = 0;
    m_pending = 0;
    m_percent = QList<int>(m_total, 0);
    if (!document || m_total == 0)
        return;

    ProcessFunction process = m_override;
    if (!process) {
        auto processor = std::make_shared<PageProcessor>(settings);
        process = [processor](const Document &d, int i, const Cancellation &c, const std::function<void(int)> &p) {
            return processor->process(d, i, c, p);
        };
    }
    const int generation = m_generation;
    QPointer<PageJobs> self(this);
    for (int i = 0; i < m_total; ++i) {
        auto *watcher = new QFutureWatcher<Result<ProcessedPage>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, generation, watcher, i] { onPageDone(generation, watcher, i); });
        const Cancellation cancel = m_cancel;
        auto progress = [self, generation, i](int percent) {
            // Called inside the worker: hop to the GUI thread; the context object drops it if we are gone.
            QMetaObject::invokeMethod(self.data(), [self, generation, i, percent] {
                if (self)
                    self->onPageProgress(generation, i, percent);
            }, Qt::QueuedConnection);
        };
        watcher->setFuture(QtConcurrent::run(&m_pool, [process, document, i, cancel, progress]() -> Result<ProcessedPage> {
            if (cancel.isCancelled())
                return Error{ErrorCode::Cancelled, QString()};
            return process(*document, i, cancel, progress);
        }));
        ++m_pending;
    }
    Q_EMIT progressChanged(0, tr("Reading page 1 of %n…", nullptr, m_total));
}

void PageJobs::cancel()
{
    if (m_pending == 0)
        return;
    m_cancel.cancel();
    ++m_generation;   // results still arriving belong to the cancelled run
    m_pending = 0;
    Q_EMIT finished(true);
}

void PageJobs::onPageProgress(int generation, int page, int percent)
{
    if (generation != m_generation || page >= m_percent.size())
        return;
    m_percent[page] = std::clamp(percent, 0, 100);
    int sum = 0;
    for (int p : m_percent)
        sum += p;
    Q_EMIT progressChanged(sum / std::max(1, m_total),
                           tr("Reading page %1 of %2…").arg(std::min(m_done + 1, m_total)).arg(m_total));
}

void PageJobs::onPageDone(int generation, QFutureWatcher<Result<ProcessedPage>> *watcher, int page)
{
    watcher->deleteLater();
    if (generation != m_generation)
        return;
    const Result<ProcessedPage> result = watcher->result();
    ++m_done;
    --m_pending;
    m_percent[page] = 100;
    if (result.ok()) {
        ProcessedPage processed = result.value();
        processed.index = page;
        Q_EMIT pageReady(processed);
    } else if (result.error().code != ErrorCode::Cancelled) {
        Q_EMIT pageFailed(page, result.error().message);
    }
    if (m_pending == 0) {
        Q_EMIT progressChanged(100, tr("Read %n page(s).", nullptr, m_total));
        Q_EMIT finished(false);
    } else {
        onPageProgress(generation, page, 100);
    }
}

} // namespace Blackout
