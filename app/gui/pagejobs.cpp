// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagejobs.h"

#include "document/documentloader.h"
#include "export/leakcheck.h"
#include "pipeline/memorylimit.h"
#include "pipeline/outlinedocument.h"
#include "pipeline/pageworkerprocess.h"
#include "pipeline/workerclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Blackout {

namespace {
// A worker still opening a document, or reading one page, this long is stuck inside a library: killed.
constexpr int kOpenDeadlineMs = 60'000;
constexpr int kPageDeadlineMs = 180'000;
constexpr int kOpening = -2;
} // namespace

PageJobs::PageJobs(QObject *parent)
    : QObject(parent), m_openDeadlineMs(kOpenDeadlineMs), m_pageDeadlineMs(kPageDeadlineMs)
{
    // One worker per core: each keeps its own OCR engine, so more threads would only add memory.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // Keep the threads, and with them their OCR engines (seconds to create), for the next document.
    m_pool.setExpiryTimeout(-1);
    m_pixelPool.setMaxThreadCount(1);
}

PageJobs::~PageJobs()
{
    m_cancel.cancel();
    for (Slot &s : m_slots)
        delete s.process; // kills a busy worker before its image folder goes
    delete m_leakWorker;
    delete m_pixelWorker;
    m_pool.waitForDone();
    m_pixelPool.waitForDone();
}

void PageJobs::setWorker(const QString &program, const QStringList &arguments)
{
    m_workerProgram = program;
    m_workerArguments = arguments;
}

int PageJobs::workerMemoryMegabytes()
{
    return MemoryLimit::defaultMegabytes(std::max(1, QThread::idealThreadCount()));
}

PageJobs::Slot &PageJobs::slot(int index)
{
    while (m_slots.size() <= index) {
        const int i = int(m_slots.size());
        auto *process = new PageWorkerProcess(m_workerProgram, m_workerArguments, this);
        connect(process, &PageWorkerProcess::finished, this,
                [this, i](const PageJobResult &result) { onWorkerFinished(i, result); });
        connect(process, &PageWorkerProcess::died, this, [this, i](bool timedOut, int exitStatus) {
            onWorkerDied(i, timedOut, exitStatus);
        });
        connect(process, &PageWorkerProcess::progress, this, [this, i](int percent) {
            const Slot &s = m_slots.at(i);
            if (s.generation == m_generation && s.page >= 0)
                onPageProgress(m_generation, s.page, percent);
        });
        m_slots.append(Slot{process, -1, -1});
    }
    return m_slots[index];
}

bool PageJobs::ensureImageDir()
{
    if (!m_imageDir) {
        // The session's runtime folder is private and in memory on most desktops; else the temporary folder.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        const QDir base = !runtime.isEmpty() && QFileInfo(runtime).isWritable() ? QDir(runtime) : QDir::temp();
        m_imageDir = std::make_unique<QTemporaryDir>(base.filePath(QStringLiteral("blackout-pages-XXXXXX")));
        if (m_imageDir->isValid())
            QFile::setPermissions(m_imageDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return m_imageDir->isValid();
}

QString PageJobs::stageImage(const QImage &image)
{
    if (!usesWorkers() || !ensureImageDir())
        return {};
    const QString path = QDir(m_imageDir->path())
                             .filePath(QStringLiteral("pasted-%1.png").arg(QUuid::createUuid().toString(QUuid::Id128)));
    return image.save(path, "PNG") ? path : QString();
}

void PageJobs::checkLeaks(const QList<QImage> &images, const QStringList &redactedTexts, const QString &ocrLanguage,
                          QObject *context, LeakCheckDone done)
{
    if (!usesWorkers() || !ensureImageDir()) {
        auto *watcher = new QFutureWatcher<Result<QList<Leak>>>(context);
        connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
            watcher->deleteLater();
            done(watcher->result());
        });
        OcrOptions ocr;
        ocr.language = ocrLanguage;
        watcher->setFuture(QtConcurrent::run(&m_pool, [images, redactedTexts, ocr] {
            return LeakCheck::check(images, redactedTexts, ocr);
        }));
        return;
    }
    if (!m_leakWorker) {
        m_leakWorker = new PageWorkerProcess(m_workerProgram, m_workerArguments, this);
        connect(m_leakWorker, &PageWorkerProcess::finished, this, [this](const PageJobResult &result) {
            finishLeakCheck(result.error ? Result<QList<Leak>>(*result.error) : Result<QList<Leak>>(result.leaks));
        });
        connect(m_leakWorker, &PageWorkerProcess::died, this, [this](bool timedOut, int exitStatus) {
            finishLeakCheck(Error{ErrorCode::Unknown,
                                  diedMessage(timedOut, exitStatus, m_pageDeadlineMs,
                                              tr("the text recognition crashed on the exported image"))});
        });
    }
    m_leakWorker->stop();
    for (const QString &path : std::as_const(m_leakImages))
        QFile::remove(path);
    m_leakImages.clear();
    PageJob job;
    job.kind = PageJob::Kind::LeakCheck;
    job.settings.ocrLanguage = ocrLanguage;
    job.redactedTexts = redactedTexts;
    for (const QImage &image : images) {
        const QString path = QDir(m_imageDir->path())
                                 .filePath(QStringLiteral("export-%1.image").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_leakImages.append(path);
        if (!ProcessedPageCodec::writeImage(path, image)) {
            m_leakDone = std::move(done);
            m_leakContext = context;
            finishLeakCheck(Error{ErrorCode::WriteFailed, tr("the exported image could not be handed to the reader")});
            return;
        }
    }
    job.imagePaths = m_leakImages;
    m_leakContext = context;
    m_leakDone = std::move(done);
    m_leakWorker->submit(job, m_pageDeadlineMs);
}

void PageJobs::finishLeakCheck(const Result<QList<Leak>> &result)
{
    for (const QString &path : std::as_const(m_leakImages))
        QFile::remove(path);
    m_leakImages.clear();
    const LeakCheckDone done = std::exchange(m_leakDone, {});
    if (done && m_leakContext)
        done(result);
    m_leakContext = nullptr;
}

QString PageJobs::diedMessage(bool timedOut, int exitStatus, int deadlineMs, const QString &crashed) const
{
    if (timedOut)
        return tr("stopped after %1 s: the reader hung on this file").arg(deadlineMs / 1000);
    if (exitStatus == MemoryLimit::kExitOutOfMemory)
        return tr("it needs more than the %1 MB of memory a reader may use").arg(workerMemoryMegabytes());
    return crashed.isEmpty() ? WorkerClient::crashMessage(m_kind, exitStatus, 0) : crashed;
}

void PageJobs::open(const QString &path, const LoadOptions &options)
{
    cancel();
    ++m_generation;
    resetPixels(nullptr, {}, {});
    m_job = PageJob();
    m_job.kind = PageJob::Kind::Open;
    m_job.path = path;
    m_job.load = options;
    m_kind = DocumentLoader::sniff(path).value_or(DocumentKind::Image);
    m_opening = true;
    Slot &s = slot(0);
    s.page = kOpening;
    s.generation = m_generation;
    s.process->submit(m_job, m_openDeadlineMs);
    Q_EMIT progressChanged(0, tr("Opening %1…").arg(QFileInfo(path).fileName()));
}

void PageJobs::startInWorkers(const QString &path, const LoadOptions &options, const Settings &settings)
{
    m_job = PageJob();
    m_job.kind = PageJob::Kind::Page;
    m_job.path = path;
    m_job.load = options;
    m_job.settings = settings;
    m_job.imageDir = m_imageDir->path();
    m_queue.clear();
    for (int i = 0; i < m_total; ++i)
        m_queue.append(i);
    m_pending = m_total;
    Q_EMIT progressChanged(0, tr("Reading page 1 of %n…", nullptr, m_total));
    dispatch();
}

void PageJobs::dispatch()
{
    // One worker per core: each keeps its own OCR engine, so more would only add memory.
    const int workers = std::clamp(QThread::idealThreadCount(), 1, std::max(1, m_total));
    for (int i = 0; i < workers && !m_queue.isEmpty(); ++i) {
        Slot &s = slot(i);
        if (s.process->isBusy())
            continue;
        s.page = m_queue.takeFirst();
        s.generation = m_generation;
        PageJob job = m_job;
        job.page = s.page;
        s.process->submit(job, m_pageDeadlineMs);
    }
}

void PageJobs::onWorkerFinished(int index, const PageJobResult &result)
{
    const Slot s = m_slots.at(index);
    if (!result.imagePath.isEmpty() && s.generation != m_generation)
        QFile::remove(result.imagePath);
    if (s.generation != m_generation)
        return;
    if (s.page == kOpening) {
        std::shared_ptr<const Document> document;
        if (!result.error)
            document = std::make_shared<OutlineDocument>(result.outline);
        openingEnded(document, result.error);
        return;
    }
    if (result.error) {
        if (result.error->code != ErrorCode::Cancelled)
            Q_EMIT pageFailed(s.page, result.error->message);
    } else {
        ProcessedPage processed = result.page;
        processed.index = s.page;
        processed.image = ProcessedPageCodec::readImage(result.imagePath);
        QFile::remove(result.imagePath);
        if (processed.image.isNull())
            Q_EMIT pageFailed(s.page, tr("the page image could not be read back from the worker process"));
        else
            Q_EMIT pageReady(processed);
    }
    pageDone(s.page);
}

void PageJobs::openingEnded(const std::shared_ptr<const Document> &document, const std::optional<Error> &error)
{
    m_opening = false;
    Q_EMIT finished(false);
    // Copies: a receiver may open again at once (a password asked for), which replaces m_job.
    const QString path = m_job.path;
    const LoadOptions load = m_job.load;
    Q_EMIT opened(path, load, document, error);
}

void PageJobs::onWorkerDied(int index, bool timedOut, int exitStatus)
{
    const Slot s = m_slots.at(index);
    if (s.generation != m_generation)
        return;
    if (s.page == kOpening) {
        // A sentence of its own after "NAME could not be opened."
        QString message = diedMessage(timedOut, exitStatus, m_openDeadlineMs);
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper();
        openingEnded(nullptr, Error{ErrorCode::Damaged, message + QLatin1Char('.')});
        return;
    }
    Q_EMIT pageFailed(s.page, diedMessage(timedOut, exitStatus, m_pageDeadlineMs));
    pageDone(s.page); // the next page starts a new worker in its place
}

void PageJobs::pageDone(int page)
{
    ++m_done;
    --m_pending;
    m_percent[page] = 100;
    if (m_pending == 0) {
        Q_EMIT progressChanged(100, tr("Read %n page(s).", nullptr, m_total));
        Q_EMIT finished(false);
        return;
    }
    onPageProgress(m_generation, page, 100);
    dispatch();
}

void PageJobs::start(std::shared_ptr<const Document> document, const Settings &settings, const QString &path,
                     const LoadOptions &options)
{
    cancel();
    m_cancel = Cancellation();
    ++m_generation;
    m_total = document ? document->pageCount() : 0;
    m_done = 0;
    m_pending = 0;
    m_percent = QList<int>(m_total, 0);
    resetPixels(document, path, options);
    if (!document || m_total == 0)
        return;
    m_kind = document->kind();
    if (usesWorkers() && !path.isEmpty() && ensureImageDir()) {
        startInWorkers(path, options, settings);
        return;
    }

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
    if (m_pending == 0 && !m_opening)
        return;
    m_cancel.cancel();
    ++m_generation;   // results still arriving belong to the cancelled run
    m_pending = 0;
    m_opening = false;
    m_queue.clear();
    // A library call does not look at a cancellation flag: a worker that is busy is killed, now.
    for (Slot &s : m_slots)
        s.process->stop();
    Q_EMIT finished(true);
}

void PageJobs::resetPixels(std::shared_ptr<const Document> document, const QString &path, const LoadOptions &options)
{
    ++m_pixelGeneration;
    m_pixelQueue.clear();
    m_pixelPage = -1;
    if (m_pixelWorker)
        m_pixelWorker->stop();
    m_document = std::move(document);
    m_pixelJob = PageJob();
    m_pixelJob.kind = PageJob::Kind::Pixels;
    if (usesWorkers() && !path.isEmpty() && ensureImageDir()) {
        m_pixelJob.path = path;
        m_pixelJob.load = options;
        m_pixelJob.imageDir = m_imageDir->path();
    }
}

void PageJobs::renderPixels(int page)
{
    if (page == m_pixelPage || !m_document || page < 0 || page >= m_document->pageCount())
        return;
    m_pixelQueue.removeOne(page);
    m_pixelQueue.prepend(page);
    nextPixels();
}

void PageJobs::nextPixels()
{
    if (m_pixelPage >= 0 || m_pixelQueue.isEmpty())
        return;
    m_pixelPage = m_pixelQueue.takeFirst();
    if (!m_pixelJob.path.isEmpty()) {
        if (!m_pixelWorker) {
            m_pixelWorker = new PageWorkerProcess(m_workerProgram, m_workerArguments, this);
            connect(m_pixelWorker, &PageWorkerProcess::finished, this, [this](const PageJobResult &result) {
                QImage image;
                if (!result.error && !result.imagePath.isEmpty())
                    image = ProcessedPageCodec::readImage(result.imagePath);
                if (!result.imagePath.isEmpty())
                    QFile::remove(result.imagePath);
                pixelsEnded(m_pixelPage, image);
            });
            connect(m_pixelWorker, &PageWorkerProcess::died, this, [this] { pixelsEnded(m_pixelPage, QImage()); });
        }
        PageJob job = m_pixelJob;
        job.page = m_pixelPage;
        m_pixelWorker->submit(job, m_pageDeadlineMs);
        return;
    }
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, page = m_pixelPage, generation = m_pixelGeneration] {
                watcher->deleteLater();
                if (generation == m_pixelGeneration)
                    pixelsEnded(page, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(&m_pixelPool, [document = m_document, page = m_pixelPage] {
        Result<PageContent> content = document->page(page);
        return content ? std::move(content->image) : QImage();
    }));
}

void PageJobs::pixelsEnded(int page, const QImage &image)
{
    m_pixelPage = -1;
    if (image.isNull())
        Q_EMIT pixelsFailed(page);
    else
        Q_EMIT pixelsReady(page, image);
    nextPixels();
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
    if (result.ok()) {
        ProcessedPage processed = result.value();
        processed.index = page;
        Q_EMIT pageReady(processed);
    } else if (result.error().code != ErrorCode::Cancelled) {
        Q_EMIT pageFailed(page, result.error().message);
    }
    pageDone(page);
}

} // namespace Blackout
