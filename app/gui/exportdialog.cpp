// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/alttext.h"
#include "export/exportpreset.h"
#include "export/leakcheck.h"
#include "export/pageexport.h"
#include "pagejobs.h"
#include "redact/burnin.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <future>

namespace Blackout {

namespace {

struct ExportOutcome {
    QStringList files;
    QStringList leaks;      // "page 2: “Jane Doe”", what the check still read after its repair
    QString error;
    bool cancelled = false;
};

// Runs work in the global pool and hands its result to done on the GUI thread, unless the dialog is gone.
template <typename T, typename Work, typename Done>
void runInWorker(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

ExportDialog::ExportDialog(ReviewSession *session, PageJobs *jobs, const Settings &settings, int currentPage,
                           QWidget *parent)
    : QDialog(parent), m_session(session), m_jobs(jobs), m_settings(settings), m_currentPage(currentPage)
{
    setWindowTitle(tr("Export Images"));
    m_pages = new QComboBox(this);
    m_pages->addItem(tr("This page (%1)").arg(currentPage + 1), false);
    m_pages->addItem(tr("All pages"), true);
    m_preset = new QComboBox(this);
    for (const ExportPreset &p : ExportPreset::all())
        m_preset->addItem(p.displayName, p.id);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.preset)));
    m_style = new QComboBox(this);
    m_style->addItem(tr("Black boxes"), redactionStyleId(RedactionStyleKind::Black));
    m_style->addItem(tr("Coloured boxes"), redactionStyleId(RedactionStyleKind::Colour));
    m_style->addItem(tr("Labelled boxes"), redactionStyleId(RedactionStyleKind::Label));
    m_style->addItem(tr("Mosaic"), redactionStyleId(RedactionStyleKind::Mosaic));
    m_style->setCurrentIndex(std::max(0, m_style->findData(redactionStyleId(settings.style))));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG (lossless)"), imageFormatId(ImageFormat::Png));
    m_format->addItem(tr("JPEG (smaller)"), imageFormatId(ImageFormat::Jpeg));
    m_format->addItem(tr("WebP"), imageFormatId(ImageFormat::Webp));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.format)));
    m_folder = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export To"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_overwrite = new QCheckBox(tr("Replace files that already exist"), this);
    m_altText = new QPlainTextEdit(this);
    m_altText->setPlaceholderText(tr("Describe the image for people who use a screen reader."));
    m_altText->setMaximumHeight(90);
    m_altCount = new QLabel(this);
    m_leak = new QLabel(this);
    m_leak->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Pages:"), m_pages);
    form->addRow(tr("&For:"), m_preset);
    form->addRow(tr("&Style:"), m_style);
    form->addRow(tr("F&ormat:"), m_format);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);   // a row holding a layout gets no buddy, and so no mnemonic, by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_overwrite);
    form->addRow(tr("&Alt text:"), m_altText);
    form->addRow(QString(), m_altCount);
    form->addRow(tr("Leak check:"), m_leak);

    auto *previewWidget = new QWidget(this);
    m_previewLayout = new QVBoxLayout(previewWidget);
    m_previewLayout->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(previewWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(380, 420);
    scroll->setAccessibleName(tr("Preview"));
    m_previewInfo = new QLabel(this);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("Exactly what will be written:"), this));
    previewColumn->addWidget(scroll, 1);
    previewColumn->addWidget(m_previewInfo);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_copyButton = buttons->addButton(tr("&Copy Image"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_preview.isEmpty())
            return;
        QApplication::clipboard()->setImage(m_preview.first());
        m_status->setText(m_preview.size() > 1 ? tr("Copied the first of %1 images.").arg(m_preview.size())
                                               : tr("Copied the image."));
    });

    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(formColumn, 1);
    columns->addLayout(previewColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);
    for (QComboBox *box : {m_pages, m_preset, m_style, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_altText, &QPlainTextEdit::textChanged, this, [this] {
        m_altEdited |= !m_settingAlt;
        updateAltTextCount();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::updateAltTextCount);
    auto pageEdited = [this](int page) {
        if (page == m_currentPage)
            schedulePreview();
    };
    connect(session, &ReviewSession::hitChanged, this, pageEdited);
    connect(session, &ReviewSession::regionsChanged, this, pageEdited);
    connect(session, &ReviewSession::cropChanged, this, pageEdited);
    connect(session, &ReviewSession::pageChanged, this, pageEdited);
    connect(session, &ReviewSession::documentChanged, this, &QDialog::reject);
    updateAltTextCount();
    resize(900, 600);
    renderPreview();
}

ExportDialog::~ExportDialog()
{
    m_cancelExport->store(true);
}

void ExportDialog::setOutputDirectory(const QString &path)
{
    m_folder->setText(path);
}

QString ExportDialog::outputDirectory() const
{
    return m_folder->text();
}

void ExportDialog::setAllPages(bool all)
{
    m_pages->setCurrentIndex(all ? 1 : 0);
}

void ExportDialog::setPresetId(const QString &id)
{
    const int i = m_preset->findData(id);
    if (i >= 0)
        m_preset->setCurrentIndex(i);
}

QString ExportDialog::leakVerdict() const
{
    return m_leakDone ? m_leak->text() : QString();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

ExportDialog::PageJob ExportDialog::jobFor(int page) const
{
    PageJob job;
    job.page = page;
    if (const ProcessedPage *p = m_session->processedPage(page)) {
        job.image = m_session->pageImage(page);
        job.layers = p->layers;
    }
    job.set = m_session->redactions(page);
    job.crop = m_session->crop(page);
    return job;
}

void ExportDialog::fetchPixels(int page, const std::function<void(const QImage &)> &done)
{
    const QImage held = m_session->pageImage(page);
    if (!held.isNull()) {
        done(held);
        return;
    }
    // One answer: whichever of the two signals comes first ends the wait and both connections.
    auto *waiting = new QObject(this);
    connect(m_session, &ReviewSession::pixelsChanged, waiting, [this, waiting, page, done](int p) {
        if (p == page) {
            done(m_session->pageImage(page));
            delete waiting;
        }
    });
    connect(m_session, &ReviewSession::pixelsFailed, waiting, [waiting, page, done](int p) {
        if (p == page) {
            done(QImage());
            delete waiting;
        }
    });
    m_session->requestPixels(page);
}

QImage ExportDialog::waitForPixels(const QPointer<ExportDialog> &dialog, int page,
                                   const std::shared_ptr<std::atomic_bool> &cancel)
{
    auto promise = std::make_shared<std::promise<QImage>>();
    std::future<QImage> future = promise->get_future();
    QMetaObject::invokeMethod(dialog.data(), [dialog, page, promise] {
        if (dialog)
            dialog->fetchPixels(page, [promise](const QImage &image) { promise->set_value(image); });
    }, Qt::QueuedConnection);
    using namespace std::chrono_literals;
    while (future.wait_for(100ms) != std::future_status::ready) {
        if (cancel->load())
            return {};
    }
    try {
        return future.get();
    } catch (const std::future_error &) { // the dialog went away before it could ask
        return {};
    }
}

ExportRequest ExportDialog::requestFor(const PageJob &job) const
{
    ExportRequest request;
    request.crop = job.crop;
    request.preset = ExportPreset::byId(m_preset->currentData().toString()).value_or(ExportPreset());
    request.format = imageFormatFromId(m_format->currentData().toString()).value_or(ImageFormat::Png);
    request.outputDir = m_folder->text();
    const QString base = QFileInfo(m_session->path()).completeBaseName();
    request.stem = base.isEmpty() ? QStringLiteral("blackout") : base;
    request.pageNumber = job.page + 1;
    request.overwrite = m_overwrite->isChecked();
    // The box shows (and the person may have rewritten) the current page's text; every other page gets its own.
    const int limit = request.preset.altTextLimit;
    request.altText = job.page == m_currentPage ? m_altText->toPlainText().trimmed()
                                                : AltText::forPage(job.layers, job.set, job.crop, limit).trimmed();
    return request;
}

QList<int> ExportDialog::selectedPages() const
{
    QList<int> pages;
    if (!m_pages->currentData().toBool()) {
        if (m_session->isPageReady(m_currentPage))
            pages.append(m_currentPage);
        return pages;
    }
    for (int i = 0; i < m_session->pageCount(); ++i) {
        if (m_session->isPageReady(i))
            pages.append(i);
    }
    return pages;
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::refreshAltText()
{
    const ProcessedPage *page = m_session->processedPage(m_currentPage);
    if (m_altEdited || !page)
        return;
    const auto preset = ExportPreset::byId(m_preset->currentData().toString());
    m_settingAlt = true;
    m_altText->setPlainText(AltText::forPage(page->layers, m_session->redactions(m_currentPage),
                                             m_session->crop(m_currentPage), preset ? preset->altTextLimit : 0));
    m_settingAlt = false;
}

void ExportDialog::renderPreview()
{
    refreshAltText();
    const int generation = ++m_generation;
    m_leakDone = false;
    m_leak->setText(tr("Checking…"));
    if (!m_session->isPageReady(m_currentPage)) {
        m_previewInfo->setText(tr("Page %1 is still being read.").arg(m_currentPage + 1));
        return;
    }
    Settings styled = m_settings;
    styled.style = redactionStyleFromId(m_style->currentData().toString()).value_or(RedactionStyleKind::Black);
    const RedactionOptions options = RedactionOptions::fromSettings(styled);
    const PageJob job = jobFor(m_currentPage);
    if (job.image.isNull()) {
        m_previewInfo->setText(tr("Drawing page %1…").arg(m_currentPage + 1));
        fetchPixels(m_currentPage, [this, generation](const QImage &image) {
            if (generation != m_generation)
                return;
            if (image.isNull())
                m_previewInfo->setText(tr("Page %1 could not be rendered again.").arg(m_currentPage + 1));
            else
                schedulePreview();
        });
        return;
    }
    ExportRequest request = requestFor(job);
    m_previewInfo->setText(tr("Rendering…"));
    runInWorker<QList<QImage>>(this, [job, request, options]() mutable {
        request.burnt = BurnIn::apply(job.image, job.set, options);
        return Exporter::render(request);
    }, [this, generation, job](const QList<QImage> &tiles) {
        if (generation != m_generation)
            return;
        showPreview(tiles);
        // Like every other reading of these pixels (they came from an untrusted file), in a worker process.
        m_jobs->checkLeaks(tiles, job.set.redactedTexts(), m_settings.ocrLanguage, this,
                           [this, generation](const Result<QList<Leak>> &result) {
            if (generation != m_generation)
                return;
            m_leakDone = true;
            if (!result.ok()) {
                m_leak->setText(tr("Could not check: %1").arg(result.error().message));
            } else if (result.value().isEmpty()) {
                m_leak->setText(tr("✓ None of the blacked-out text can be read in the export."));
            } else {
                QStringList found;
                for (const Leak &l : result.value())
                    found.append(QStringLiteral("“%1”").arg(l.text));
                found.removeDuplicates();
                m_leak->setText(tr("⚠ Still readable after redaction: %1. Draw a box over it before sharing.")
                                    .arg(found.join(QStringLiteral(", "))));
            }
            Q_EMIT leakCheckFinished();
        });
    });
}

void ExportDialog::showPreview(const QList<QImage> &tiles)
{
    m_preview = tiles;
    while (QLayoutItem *item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int width = 360;
    for (const QImage &tile : tiles) {
        auto *label = new QLabel;
        const qreal dpr = devicePixelRatioF();
        QPixmap pm = QPixmap::fromImage(tile.scaledToWidth(std::min(tile.width(), int(width * dpr)), Qt::SmoothTransformation));
        pm.setDevicePixelRatio(dpr);
        label->setPixmap(pm);
        label->setFrameShape(QFrame::Box);
        m_previewLayout->addWidget(label);
    }
    if (tiles.isEmpty()) {
        m_previewInfo->setText(tr("Nothing to export."));
    } else {
        const QSize s = tiles.first().size();
        m_previewInfo->setText(tiles.size() == 1 ? tr("%1 × %2 pixels").arg(s.width()).arg(s.height())
                                                 : tr("%n image(s), the first %1 × %2 pixels", nullptr, int(tiles.size()))
                                                       .arg(s.width()).arg(s.height()));
    }
    Q_EMIT previewReady();
}

void ExportDialog::updateAltTextCount()
{
    const auto preset = ExportPreset::byId(m_preset->currentData().toString());
    const int n = int(m_altText->toPlainText().size());
    if (preset && preset->altTextLimit > 0)
        m_altCount->setText(tr("%1 of %2 characters").arg(n).arg(preset->altTextLimit));
    else
        m_altCount->setText(tr("%n character(s)", nullptr, n));
}

void ExportDialog::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    m_exportButton->setEnabled(m_busy == 0);
}

void ExportDialog::startExport()
{
    if (isBusy())
        return;
    const QList<int> pages = selectedPages();
    if (pages.isEmpty()) {
        m_status->setText(tr("The page is still being read; try again in a moment."));
        Q_EMIT exportFinished(false);
        return;
    }
    if (!QDir().mkpath(m_folder->text())) {
        m_status->setText(tr("The folder %1 cannot be created.").arg(m_folder->text()));
        Q_EMIT exportFinished(false);
        return;
    }
    Settings styled = m_settings;
    styled.style = redactionStyleFromId(m_style->currentData().toString()).value_or(RedactionStyleKind::Black);
    const RedactionOptions options = RedactionOptions::fromSettings(styled);
    QList<std::pair<PageJob, ExportRequest>> work;
    for (int page : pages) {
        const PageJob job = jobFor(page);
        work.append({job, requestFor(job)});
    }
    setBusy(true);
    m_status->setText(tr("Exporting %n page(s)…", nullptr, int(pages.size())));
    PageExportOptions exportOptions;
    exportOptions.redaction = options;
    exportOptions.ocrLanguage = m_settings.ocrLanguage;
    const QPointer<ExportDialog> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelExport;
    runInWorker<ExportOutcome>(this, [work, exportOptions, self, cancel]() {
        ExportOutcome outcome;
        for (qsizetype i = 0; i < work.size(); ++i) {
            if (cancel->load()) {
                outcome.cancelled = true;
                break;
            }
            auto [job, request] = work.at(i);
            if (job.image.isNull())
                job.image = waitForPixels(self, job.page, cancel);
            if (job.image.isNull()) {
                if (cancel->load()) {
                    outcome.cancelled = true;
                } else {
                    outcome.error = tr("page %1 could not be rendered again").arg(job.page + 1);
                }
                break;
            }
            if (work.size() > 1) {
                QMetaObject::invokeMethod(self, [self, i, n = work.size()] {
                    if (self)
                        self->m_status->setText(tr("Exporting and checking page %1 of %2…").arg(i + 1).arg(n));
                }, Qt::QueuedConnection);
            }
            const Result<PageExportOutcome> result = PageExport::run(job.image, job.layers, job.set, request, exportOptions);
            if (!result.ok()) {
                outcome.error = result.error().message;
                break;
            }
            for (const ExportedFile &f : result->files)
                outcome.files.append(f.path);
            for (const Leak &leak : result->leaks)
                outcome.leaks.append(tr("page %1: “%2”").arg(job.page + 1).arg(leak.text));
        }
        outcome.leaks.removeDuplicates();
        return outcome;
    }, [this](const ExportOutcome &outcome) {
        setBusy(false);
        m_exported = outcome.files;
        if (!outcome.error.isEmpty())
            m_status->setText(tr("Export failed: %1").arg(outcome.error));
        else if (!outcome.leaks.isEmpty())
            m_status->setText(tr("Wrote %n file(s) to %1, but some blacked-out text can still be read: %2. Draw a box "
                                 "over it and export again before sharing.", nullptr, int(outcome.files.size()))
                                  .arg(QDir::toNativeSeparators(m_folder->text()), outcome.leaks.join(QStringLiteral(", "))));
        else
            m_status->setText(tr("Wrote %n file(s) to %1.", nullptr, int(outcome.files.size()))
                                  .arg(QDir::toNativeSeparators(m_folder->text())));
        Q_EMIT exportFinished(outcome.error.isEmpty() && outcome.leaks.isEmpty() && !outcome.cancelled);
    });
}

} // namespace Blackout
