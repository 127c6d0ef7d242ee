// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cancellation.h"
#include "model/settings.h"
#include "pipeline/pageprocessor.h"
#include "pipeline/processedpagecodec.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThreadPool>

#include <functional>
#include <memory>

template <typename T>
class QFutureWatcher;

namespace Blackout {

class PageWorkerProcess;

/// Runs the pipeline for every page of a document in worker processes (see setWorker) or, without one, in
/// worker threads; the GUI thread only hears results. In a process, a crash or hang inside a library costs
/// one page (pageFailed with a one-line reason), and Cancel kills what runs at once.
class PageJobs : public QObject {
    Q_OBJECT
public:
    using ProcessFunction = std::function<Result<ProcessedPage>(const Document &, int, const Cancellation &,
                                                                const std::function<void(int)> &)>;

    explicit PageJobs(QObject *parent = nullptr);
    ~PageJobs() override;

    /// Replaces PageProcessor (tests use this to feed known pages).
    void setProcessFunction(ProcessFunction function) { m_override = std::move(function); }

    /// Runs pages in worker processes `program arguments...` (PageWorker), one per core, kept between
    /// documents. A document needs its path for that; one without (a pasted image) is read in threads.
    void setWorker(const QString &program, const QStringList &arguments);
    bool usesWorkers() const { return !m_workerProgram.isEmpty() && !m_override; }
    /// The memory limit each worker process sets itself (MemoryLimit): a share of the machine among them.
    static int workerMemoryMegabytes();
    /// How long a worker may take to open a document, and to read one page, before it is killed.
    void setDeadlines(int openMs, int pageMs)
    {
        m_openDeadlineMs = openMs;
        m_pageDeadlineMs = pageMs;
    }

    /// Writes image (a pasted one) as a PNG into the private folder, so a worker can read it too; the path,
    /// or empty without workers or on failure.
    QString stageImage(const QImage &image);

    using LeakCheckDone = std::function<void(const Result<QList<Leak>> &)>;
    /// Reads exported images again for redactedTexts (LeakCheck), in a worker process of its own when
    /// workers are used, for the pixels came from an untrusted file; else in a thread. done follows on this
    /// thread unless context is gone first. A new check replaces one still running, which never answers.
    void checkLeaks(const QList<QImage> &images, const QStringList &redactedTexts, const QString &ocrLanguage,
                    QObject *context, LeakCheckDone done);

    /// Opens path in a worker, so that a reader crashing or hanging on it does not take the window: opened()
    /// follows with the document's outline (an OutlineDocument; its pages are read by the workers), or with an
    /// error if the worker could not open it (or died trying).
    void open(const QString &path, const LoadOptions &options);

    /// Cancels whatever runs and starts processing every page of document. path and options: where the
    /// document came from, so a worker process can open it too (empty: read in this process).
    void start(std::shared_ptr<const Document> document, const Settings &settings, const QString &path = {},
               const LoadOptions &options = {});
    void cancel();
    /// Renders a read page's pixels again (the window's cache let them go): pixelsReady or pixelsFailed
    /// follows. In the worker process of its own when workers are used, else in a thread; the page asked
    /// for last is rendered first, for it is the one on screen.
    void renderPixels(int page);
    bool isRunning() const { return m_pending > 0 || m_opening; }
    int totalPages() const { return m_total; }
    int donePages() const { return m_done; }

Q_SIGNALS:
    void pageReady(const Blackout::ProcessedPage &page);
    void pageFailed(int page, const QString &message);
    /// percent of the whole document, with a short sentence of what is going on
    void progressChanged(int percent, const QString &message);
    void finished(bool cancelled);
    /// The answer to open(): the document as the worker opened it, or (document null) the error.
    void pixelsReady(int page, const QImage &image);
    void pixelsFailed(int page);
    void opened(const QString &path, const Blackout::LoadOptions &options,
                const std::shared_ptr<const Blackout::Document> &document, const std::optional<Blackout::Error> &error);

private:
    struct Slot {
        PageWorkerProcess *process = nullptr;
        int page = -1;        // the page it reads; kOpening while it opens the document
        int generation = -1;  // the run it works for
    };

    void startInWorkers(const QString &path, const LoadOptions &options, const Settings &settings);
    void dispatch();
    void onWorkerFinished(int slot, const PageJobResult &result);
    void onWorkerDied(int slot, bool timedOut, int exitStatus);
    void pageDone(int page);
    Slot &slot(int index);
    bool ensureImageDir();
    /// Why a worker died, in one line; crashed: what a crash is called (empty: the document's reader crashed).
    QString diedMessage(bool timedOut, int exitStatus, int deadlineMs, const QString &crashed = {}) const;
    /// The open() in a worker ended with document or error: opened() follows.
    void openingEnded(const std::shared_ptr<const Document> &document, const std::optional<Error> &error);

    void finishLeakCheck(const Result<QList<Leak>> &result);
    void nextPixels();
    void pixelsEnded(int page, const QImage &image);
    /// Forgets pixel requests of the document before.
    void resetPixels(std::shared_ptr<const Document> document, const QString &path, const LoadOptions &options);

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

    // Worker processes
    QString m_workerProgram;
    QStringList m_workerArguments;
    QList<Slot> m_slots;
    std::unique_ptr<QTemporaryDir> m_imageDir; // private (0700): page images on their way from a worker
    PageJob m_job;                             // the current document's job, page left open
    DocumentKind m_kind = DocumentKind::Image;
    QList<int> m_queue;                        // pages not yet sent to a worker
    bool m_opening = false;
    int m_openDeadlineMs;
    int m_pageDeadlineMs;

    // Pixels rendered again, apart from the pages being read so that scrolling never waits for OCR
    std::shared_ptr<const Document> m_document;
    PageJob m_pixelJob;                        // path empty: render in a thread from m_document
    PageWorkerProcess *m_pixelWorker = nullptr;
    QThreadPool m_pixelPool;
    QList<int> m_pixelQueue;
    int m_pixelPage = -1;                      // the page being rendered
    int m_pixelGeneration = 0;

    // The export's leak check, in a worker of its own so that it never waits for pages being read
    PageWorkerProcess *m_leakWorker = nullptr;
    QStringList m_leakImages;     // staged for the check running
    QPointer<QObject> m_leakContext;
    LeakCheckDone m_leakDone;
};

} // namespace Blackout
