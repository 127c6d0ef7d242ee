// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cancellation.h"
#include "model/settings.h"
#include "pipeline/pageprocessor.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

template <typename T>
class QFutureWatcher;

namespace Blackout {

/// Runs the pipeline for every page of a document in worker threads; the GUI thread only hears results.
class PageJobs : public QObject {
    Q_OBJECT
public:
    using ProcessFunction = std::function<Result<ProcessedPage>(const Document &, int, const Cancellation &,
                                                                const std::function<void(int)> &)>;

    explicit PageJobs(QObject *parent = nullptr);
    ~PageJobs() override;

    /// Replaces PageProcessor (tests use this to feed known pages).
    void setProcessFunction(ProcessFunction function) { m_override = std::move(function); }

    /// Cancels whatever runs and starts processing every page of document.
    void start(std::shared_ptr<const Document> document, const Settings &settings);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    int totalPages() const { return m_total; }
    int donePages() const { return m_done; }

Q_SIGNALS:
    void pageReady(const Blackout::ProcessedPage &page);
    void pageFailed(int page, const QString &message);
    /// percent of the whole document, with a short sentence of what is going on
    void progressChanged(int percent, const QString &message);
    void finished(bool cancelled);

private:
    void onPageProgress(int generation, int page, int percent);
    void onPageDone(int generation, QFutureWatcher<Result<ProcessedPage>> *watcher, int page);

    QThreadPool m_pool;
    ProcessFunction m_override;
    Cancellation m_cancel;
    int m_generation = 0;
    int m_total = 0;
    int m_done = 0;
    int m_pending = 0;
    QList<int> m_percent;
};

} // namespace Blackout
