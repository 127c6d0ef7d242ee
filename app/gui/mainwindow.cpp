// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/documentloader.h"
#include "documentopener.h"
#include "exportdialog.h"
#include "hitsmodel.h"
#include "messagebanner.h"
#include "pageitem.h"
#include "pagejobs.h"
#include "pageview.h"
#include "readingstatus.h"
#include "recentfilesmenu.h"
#include "settingsdialog.h"
#include "theme.h"
#include "welcomepage.h"


#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Blackout {

namespace {

const QString ThemeKey = QStringLiteral("gui/theme");
const QString GeometryKey = QStringLiteral("gui/geometry");
const QString StateKey = QStringLiteral("gui/windowState");

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new ReviewSession(this)), m_jobs(new PageJobs(this)),
      m_view(new PageView(m_session, this)), m_hitsModel(new HitsModel(m_session, this))
{
    setWindowTitle(tr("Blackout"));
    setAcceptDrops(true);
    QSettings store;
    m_settings.load(store);

    m_banner = new MessageBanner(this);
    auto *welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::openRequested, this, [this] { m_openAction->trigger(); });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_view);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createDocks();
    createMenus();

    m_statusHits = new QLabel(this);
    m_readingStatus = new ReadingStatus(m_stopAction, this);
    statusBar()->addWidget(m_statusHits, 1);
    statusBar()->addPermanentWidget(m_readingStatus);

    connect(m_jobs, &PageJobs::pageReady, this, &MainWindow::onPageReady);
    // Pixels the session let go come back from the document when a view or an export needs them.
    connect(m_session, &ReviewSession::pixelsNeeded, m_jobs, &PageJobs::renderPixels);
    connect(m_jobs, &PageJobs::pixelsReady, m_session, &ReviewSession::setPagePixels);
    connect(m_jobs, &PageJobs::pixelsFailed, m_session, [this](int page) { m_session->setPagePixels(page, {}); });
    connect(m_jobs, &PageJobs::pageFailed, this, [this](int page, const QString &message) {
        if (PageItem *item = m_view->pageItem(page))
            item->setFailed();
        showError(tr("Page %1 could not be read: %2").arg(page + 1).arg(message));
    });
    m_opener = new DocumentOpener(m_jobs, this);
    connect(m_opener, &DocumentOpener::opened, this,
            [this](const std::shared_ptr<const Document> &document, const QString &path, const LoadOptions &options) {
                startReview(document, path, path, options);
            });
    connect(m_opener, &DocumentOpener::failed, this, &MainWindow::showError);
    connect(m_jobs, &PageJobs::progressChanged, this, [this](int percent, const QString &message) {
        m_stopAction->setEnabled(true);
        m_readingStatus->showProgress(percent, message);
    });
    connect(m_jobs, &PageJobs::finished, this, [this](bool cancelled) {
        markUnreadPagesStopped(cancelled);
        m_readingStatus->showEnded(cancelled ? tr("Stopped: %1 of %n page(s) read.", nullptr, m_session->pageCount())
                                                   .arg(m_session->readyPageCount())
                                             : QString());
        updateActions();
    });

    connect(m_session, &ReviewSession::pageChanged, this, [this] { updateStatus(); updateActions(); });
    connect(m_session, &ReviewSession::hitChanged, this, [this] { updateStatus(); });
    connect(m_session, &ReviewSession::documentChanged, this, [this] { updateStatus(); updateActions(); });
    connect(m_view, &PageView::hitActivated, this, [this](const HitRef &ref) { setCurrentHit(ref); });
    connect(m_view, &PageView::wordMenuRequested, this, &MainWindow::showWordMenu);
    connect(m_view, &PageView::filesDropped, this, [this](const QStringList &paths) { openFile(paths.first()); });
    connect(m_view, &PageView::currentPageChanged, this, [this](int page) {
        if (m_pageList && page >= 0 && page < m_pageList->count()) {
            const QSignalBlocker blocker(m_pageList);
            m_pageList->setCurrentRow(page);
        }
    });
    connect(m_view, &PageView::toolChanged, this, [this](PageView::Tool tool) {
        (tool == PageView::Tool::Draw ? m_drawTool : tool == PageView::Tool::Crop ? m_cropTool : m_selectTool)
            ->setChecked(true);
    });

    // First start: most of the screen, not more than a comfortable size.
    const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
    resize(available.boundedTo(QSize(1600, 1000)));
    restoreGeometry(store.value(GeometryKey).toByteArray());
    restoreState(store.value(StateKey).toByteArray());
    setTheme(store.value(ThemeKey, QStringLiteral("system")).toString());
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);   // shortcuts work even while the menu bar is hidden or a dock has focus
        return a;
    };

    m_openAction = make(tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open), [this] {
        const QString filter = tr("Documents (*.eml *.mbox *.mbx *.pdf *.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;"
                                  "Emails (*.eml *.mbox *.mbx);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;"
                                  "All files (*)");
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Document"), QString(), filter);
        if (!path.isEmpty())
            openFile(path);
    });
    m_openAction->setIcon(themed("document-open", QStyle::SP_DialogOpenButton));
    m_pasteAction = make(tr("&Paste Screenshot"), QKeySequence::keyBindings(QKeySequence::Paste), [this] {
        if (!pasteFromClipboard())
            showError(tr("The clipboard holds no image. Copy a screenshot first, then paste it here."));
    });
    m_pasteAction->setIcon(themed("edit-paste", QStyle::SP_FileIcon));
    m_exportAction = make(tr("&Export Images…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { showExportDialog(); });
    m_exportAction->setIcon(themed("document-save-as", QStyle::SP_DialogSaveButton));
    m_closeAction = make(tr("&Close Document"), QKeySequence::keyBindings(QKeySequence::Close), [this] {
        m_jobs->cancel();
        saveReview();
        m_session->clear();
        m_stack->setCurrentIndex(0);
        setWindowTitle(tr("Blackout"));
    });
    m_quitAction = make(tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit), [this] { close(); });
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(themed("edit-undo", QStyle::SP_ArrowBack));
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIcon(themed("edit-redo", QStyle::SP_ArrowForward));
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_deleteRegionAction = make(tr("&Delete Box"), QKeySequence::keyBindings(QKeySequence::Delete), [this] {
        const auto [page, id] = m_view->selectedRegion();
        if (page >= 0)
            m_session->removeRegion(page, id);
        m_view->selectRegion(-1, 0);
    });
    m_occurrencesAction = make(tr("Redact Every &Occurrence…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                               [this] { askRedactOccurrences(); });
    m_settingsAction = make(tr("&Settings…"), QKeySequence::keyBindings(QKeySequence::Preferences),
                            [this] { showSettings(); });
    if (m_settingsAction->shortcuts().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(themed("configure", QStyle::SP_FileDialogDetailedView));

    // Review: one key each, so hundreds of hits can be gone through without the mouse.
    m_nextAction = make(tr("&Next Hit"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)}, [this] { nextHit(); });
    m_nextAction->setIcon(themed("go-down", QStyle::SP_ArrowDown));
    m_previousAction = make(tr("&Previous Hit"), {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)},
                            [this] { previousHit(); });
    m_previousAction->setIcon(themed("go-up", QStyle::SP_ArrowUp));
    m_toggleAction = make(tr("&Toggle Hit"), {QKeySequence(Qt::Key_Space)}, [this] { decideCurrent(std::nullopt); });
    m_acceptAction = make(tr("&Redact Hit"), {QKeySequence(Qt::Key_A)}, [this] { decideCurrent(Decision::Accepted); });
    m_acceptAction->setToolTip(tr("Black out this hit and go to the next one"));
    m_rejectAction = make(tr("&Keep Hit Visible"), {QKeySequence(Qt::Key_R)},
                          [this] { decideCurrent(Decision::Rejected); });
    m_rejectAction->setToolTip(tr("Leave this hit visible and go to the next one"));
    m_acceptTypeAction = make(tr("Redact All of This &Type"), {QKeySequence(Qt::SHIFT | Qt::Key_A)},
                              [this] { decideCurrentType(Decision::Accepted); });
    m_rejectTypeAction = make(tr("Keep All of This T&ype"), {QKeySequence(Qt::SHIFT | Qt::Key_R)},
                              [this] { decideCurrentType(Decision::Rejected); });
    m_acceptTextAction = make(tr("Redact All With This Te&xt"), {QKeySequence(Qt::ALT | Qt::Key_A)},
                              [this] { decideCurrentText(Decision::Accepted); });
    m_rejectTextAction = make(tr("Keep All With This Tex&t"), {QKeySequence(Qt::ALT | Qt::Key_R)},
                              [this] { decideCurrentText(Decision::Rejected); });
    m_stopAction = make(tr("&Stop Reading"), {QKeySequence(Qt::Key_Escape)}, [this] { m_jobs->cancel(); });
    m_stopAction->setIcon(themed("process-stop", QStyle::SP_BrowserStop));

    m_toolGroup = new QActionGroup(this);
    m_selectTool = make(tr("&Select and Toggle"), {QKeySequence(Qt::Key_V)}, [this] { m_view->setTool(PageView::Tool::Select); });
    m_drawTool = make(tr("&Draw Redaction Box"), {QKeySequence(Qt::Key_B)}, [this] { m_view->setTool(PageView::Tool::Draw); });
    m_cropTool = make(tr("&Crop"), {QKeySequence(Qt::Key_C)}, [this] { m_view->setTool(PageView::Tool::Crop); });
    for (QAction *a : {m_selectTool, m_drawTool, m_cropTool}) {
        a->setCheckable(true);
        m_toolGroup->addAction(a);
    }
    m_selectTool->setChecked(true);
    m_selectTool->setToolTip(tr("Click a hit to toggle it; drag a box to move it, its corners to resize it (V)"));
    m_drawTool->setToolTip(tr("Drag over anything detection missed to black it out (B)"));
    m_cropTool->setToolTip(tr("Drag the part of the page to export; click once to export the whole page (C)"));
    m_clearCropAction = make(tr("Remove C&rop"), {}, [this] { m_session->setCrop(m_view->currentPage(), QRect()); });

    m_fitWidthAction = make(tr("Fit &Width"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                            [this] { m_view->setZoomMode(PageView::ZoomMode::FitWidth); });
    m_fitPageAction = make(tr("Fit &Page"), {QKeySequence(Qt::CTRL | Qt::Key_9)},
                           [this] { m_view->setZoomMode(PageView::ZoomMode::FitPage); });
    m_actualSizeAction = make(tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { m_view->zoomActualSize(); });
    m_zoomInAction = make(tr("Zoom &In"), QKeySequence::keyBindings(QKeySequence::ZoomIn), [this] { m_view->zoomBy(1.25); });
    m_zoomInAction->setIcon(themed("zoom-in", QStyle::SP_ArrowUp));
    m_zoomOutAction = make(tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { m_view->zoomBy(0.8); });
    m_zoomOutAction->setIcon(themed("zoom-out", QStyle::SP_ArrowDown));

    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, QString> themes[] = {{QStringLiteral("system"), tr("&System")},
                                                  {QStringLiteral("light"), tr("&Light")},
                                                  {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[id, label] : themes) {
        auto *a = new QAction(label, m_themeGroup);
        a->setCheckable(true);
        a->setData(id);
        connect(a, &QAction::triggered, this, [this, id = id] { setTheme(id); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), file);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    file->addMenu(m_recentMenu);
    file->addAction(m_pasteAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteRegionAction);
    edit->addAction(m_occurrencesAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_nextAction);
    review->addAction(m_previousAction);
    review->addSeparator();
    review->addAction(m_acceptAction);
    review->addAction(m_rejectAction);
    review->addAction(m_toggleAction);
    review->addSeparator();
    review->addAction(m_acceptTypeAction);
    review->addAction(m_rejectTypeAction);
    review->addAction(m_acceptTextAction);
    review->addAction(m_rejectTextAction);
    review->addSeparator();
    review->addAction(m_stopAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_toolGroup->actions());
    tools->addAction(m_clearCropAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fitWidthAction);
    view->addAction(m_fitPageAction);
    view->addAction(m_actualSizeAction);
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Blackout"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addActions(m_toolGroup->actions());
    bar->addSeparator();
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
}

void MainWindow::createDocks()
{
    auto *hitsDock = new QDockWidget(tr("Hits"), this);
    hitsDock->setObjectName(QStringLiteral("hitsDock"));
    auto *hitsWidget = new QWidget(hitsDock);
    auto *hitsLayout = new QVBoxLayout(hitsWidget);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->setSpacing(0);
    auto *hitsBar = new QToolBar(hitsWidget);
    hitsBar->setIconSize(QSize(16, 16));
    hitsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    hitsBar->addAction(m_acceptAction);
    hitsBar->addAction(m_rejectAction);
    hitsBar->addSeparator();
    hitsBar->addAction(m_previousAction);
    hitsBar->addAction(m_nextAction);
    m_hitsView = new QTreeView(hitsWidget);
    m_hitsView->setModel(m_hitsModel);
    m_hitsView->setUniformRowHeights(true);
    m_hitsView->setAllColumnsShowFocus(true);
    m_hitsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hitsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hitsView->setAccessibleName(tr("Hits"));
    m_hitsView->header()->setStretchLastSection(false);
    m_hitsView->header()->setSectionResizeMode(HitsModel::TextColumn, QHeaderView::Stretch);
    for (int c : {HitsModel::PageColumn, HitsModel::ConfidenceColumn, HitsModel::DecisionColumn})
        m_hitsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_hitsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onHitsSelection);
    connect(m_hitsView, &QWidget::customContextMenuRequested, this, &MainWindow::showHitsContextMenu);
    connect(m_hitsModel, &QAbstractItemModel::modelReset, this, [this] {
        m_hitsView->expandAll();
        if (m_view->currentHit().isValid())
            setCurrentHit(m_view->currentHit());
    });
    hitsLayout->addWidget(hitsBar);
    hitsLayout->addWidget(m_hitsView, 1);
    hitsDock->setWidget(hitsWidget);
    addDockWidget(Qt::RightDockWidgetArea, hitsDock);

    auto *pagesDock = new QDockWidget(tr("Pages"), this);
    pagesDock->setObjectName(QStringLiteral("pagesDock"));
    m_pageList = new QListWidget(pagesDock);
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setFlow(QListView::TopToBottom);
    m_pageList->setWrapping(false);
    m_pageList->setMovement(QListView::Static);
    m_pageList->setResizeMode(QListView::Adjust);
    m_pageList->setSpacing(6);
    m_pageList->setIconSize(QSize(110, 140));
    m_pageList->setAccessibleName(tr("Pages"));
    connect(m_pageList, &QListWidget::currentRowChanged, m_view, &PageView::scrollToPage);
    pagesDock->setWidget(m_pageList);
    addDockWidget(Qt::LeftDockWidgetArea, pagesDock);

    m_messageDock = new QDockWidget(tr("Messages"), this);
    m_messageDock->setObjectName(QStringLiteral("messagesDock"));
    m_messageList = new QListWidget(m_messageDock);
    m_messageList->setAccessibleName(tr("Messages in the mailbox"));
    connect(m_messageList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_view->scrollToPage(item->data(Qt::UserRole).toInt());
    });
    connect(m_messageList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_view->scrollToPage(item->data(Qt::UserRole).toInt());
    });
    m_messageDock->setWidget(m_messageList);
    addDockWidget(Qt::LeftDockWidgetArea, m_messageDock);
    m_messageDock->hide();
    resizeDocks({hitsDock}, {380}, Qt::Horizontal);
    resizeDocks({pagesDock}, {150}, Qt::Horizontal);
}

void MainWindow::openFile(const QString &path)
{
    LoadOptions options;
    options.dpi = m_settings.dpi;
    m_opener->open(QFileInfo(path).absoluteFilePath(), options);
}

void MainWindow::openDocument(std::shared_ptr<const Document> document, const QString &path)
{
    LoadOptions options;
    options.dpi = m_settings.dpi;
    startReview(std::move(document), path, path, options);
}

void MainWindow::startReview(std::shared_ptr<const Document> document, const QString &path, const QString &source,
                             const LoadOptions &options)
{
    if (!document)
        return;
    m_banner->hide();
    m_jobs->cancel();
    saveReview();
    m_session->setDocument(document, path, m_settings);
    m_stack->setCurrentIndex(1);
    const QString title = document->metadata().title.isEmpty() ? QFileInfo(path).fileName() : document->metadata().title;
    setWindowTitle(tr("%1 – Blackout").arg(title.isEmpty() ? tr("Untitled") : title));

    m_pageList->clear();
    for (int i = 0; i < document->pageCount(); ++i) {
        auto *item = new QListWidgetItem(tr("Page %1").arg(i + 1), m_pageList);
        const QSize size = document->pageSize(i).scaled(m_pageList->iconSize(), Qt::KeepAspectRatio);
        QPixmap blank(size.isValid() ? size : QSize(96, 128));
        blank.fill(Qt::white);
        item->setIcon(blank);
    }
    fillMessageList();
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_recentMenu->add(path);
    m_view->setFocus();
    m_sourcePath = source;
    m_sourceOptions = options;
    m_jobs->start(document, m_settings, m_sourcePath, m_sourceOptions);
}

void MainWindow::markUnreadPagesStopped(bool stopped)
{
    for (int page = 0; page < m_session->pageCount(); ++page) {
        if (PageItem *item = m_view->pageItem(page))
            item->setStopped(stopped && !item->isRead() && !item->hasFailed());
    }
}

void MainWindow::saveReview()
{
    if (!m_session->document() || !m_session->hasUnsavedChanges())
        return;
    const Status status = m_session->saveReview();
    if (!status.ok())
        showError(tr("Your decisions could not be saved: %1").arg(status.error().message));
}

void MainWindow::fillMessageList()
{
    m_messageList->clear();
    if (const auto document = m_session->document()) {
        for (const MessageEntry &message : document->messages()) {
            auto *item = new QListWidgetItem(message.title, m_messageList);
            item->setData(Qt::UserRole, message.firstPage);
        }
    }
    m_messageDock->setVisible(m_messageList->count() > 1);
}

bool MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage())
        return false;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    auto result = DocumentLoader::openImage(image, tr("Pasted screenshot"));
    if (!result.ok()) {
        showError(result.error().message);
        return true;
    }
    // A worker reads a copy of it: OCR that hangs or crashes on it must not take the window either.
    startReview(std::shared_ptr<const Document>(std::move(result).value()), QString(), m_jobs->stageImage(image),
                LoadOptions());
    return true;
}

ExportDialog *MainWindow::showExportDialog()
{
    if (!m_session->document() || m_session->readyPageCount() == 0) {
        showError(tr("There is nothing to export yet: open a document and wait until its first page is read."));
        return nullptr;
    }
    if (!m_exportDialog) {
        m_exportDialog = new ExportDialog(m_session, m_jobs, m_settings, std::max(0, m_view->currentPage()), this);
        m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_exportDialog->show();
    m_exportDialog->raise();
    m_exportDialog->activateWindow();
    return m_exportDialog;
}

void MainWindow::onPageReady(const ProcessedPage &page)
{
    m_session->setProcessedPage(page);
    if (QListWidgetItem *item = m_pageList->item(page.index)) {
        item->setIcon(QPixmap::fromImage(page.image.scaled(m_pageList->iconSize(), Qt::KeepAspectRatio,
                                                           Qt::SmoothTransformation)));
        item->setText(tr("%1 · %n hit(s)", nullptr, int(page.hits.size())).arg(page.index + 1));
    }
    if (!m_view->currentHit().isValid() && !page.hits.isEmpty() && page.index == 0)
        setCurrentHit({0, 0});
}

void MainWindow::updateStatus()
{
    const int total = int(m_session->allHits().size());
    if (!m_session->document()) {
        m_statusHits->setText(tr("Open a document to start."));
        return;
    }
    int kept = 0;
    for (const HitRef &ref : m_session->allHits())
        kept += m_session->decision(ref) == Decision::Rejected ? 1 : 0;
    m_statusHits->setText(tr("%n hit(s)", nullptr, total) + QStringLiteral(" · ")
                          + tr("%n reviewed", nullptr, m_session->reviewedCount()) + QStringLiteral(" · ")
                          + tr("%n kept visible", nullptr, kept));
}

void MainWindow::updateActions()
{
    const bool open = bool(m_session->document());
    const bool anyHits = !m_session->allHits().isEmpty();
    for (QAction *a : {m_exportAction, m_closeAction, m_occurrencesAction, m_clearCropAction, m_fitWidthAction,
                       m_fitPageAction, m_actualSizeAction, m_zoomInAction, m_zoomOutAction})
        a->setEnabled(open);
    for (QAction *a : m_toolGroup->actions())
        a->setEnabled(open);
    for (QAction *a : {m_nextAction, m_previousAction, m_toggleAction, m_acceptAction, m_rejectAction,
                       m_acceptTypeAction, m_rejectTypeAction, m_acceptTextAction, m_rejectTextAction})
        a->setEnabled(anyHits);
    m_stopAction->setEnabled(m_jobs->isRunning());
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void MainWindow::setCurrentHit(const HitRef &ref, bool fromTree)
{
    m_view->setCurrentHit(ref);
    if (fromTree || m_syncingSelection)
        return;
    const QModelIndex index = m_hitsModel->indexOf(ref);
    if (!index.isValid())
        return;
    m_syncingSelection = true;
    m_hitsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_hitsView->scrollTo(index);
    m_syncingSelection = false;
}

void MainWindow::onHitsSelection()
{
    if (m_syncingSelection)
        return;
    const HitRef ref = m_hitsModel->hitAt(m_hitsView->currentIndex());
    if (ref.isValid())
        setCurrentHit(ref, true);
}

void MainWindow::nextHit()
{
    const QList<HitRef> hits = m_hitsModel->orderedHits();
    if (hits.isEmpty())
        return;
    const qsizetype i = hits.indexOf(m_view->currentHit());
    setCurrentHit(hits.at(i < 0 ? 0 : std::min(i + 1, hits.size() - 1)));
}

void MainWindow::previousHit()
{
    const QList<HitRef> hits = m_hitsModel->orderedHits();
    if (hits.isEmpty())
        return;
    const qsizetype i = hits.indexOf(m_view->currentHit());
    setCurrentHit(hits.at(i <= 0 ? 0 : i - 1));
}

void MainWindow::decideCurrent(std::optional<Decision> decision)
{
    HitRef ref = m_view->currentHit();
    if (!m_session->hit(ref)) {
        nextHit();
        ref = m_view->currentHit();
    }
    if (!decision) {
        m_session->toggleDecision(ref);
        return;
    }
    m_session->setDecision(ref, *decision);
    nextHit();   // a decision is the end of looking at this hit
}

void MainWindow::decideCurrentType(Decision decision)
{
    std::optional<PiiType> type;
    if (const Hit *hit = m_session->hit(m_view->currentHit()))
        type = hit->type;
    else
        type = m_hitsModel->typeAt(m_hitsView->currentIndex());
    if (type)
        m_session->setDecisionForType(*type, decision);
}

void MainWindow::decideCurrentText(Decision decision)
{
    if (const Hit *hit = m_session->hit(m_view->currentHit()))
        m_session->setDecisionForText(hit->text, decision);
}

void MainWindow::showHitsContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_hitsView->indexAt(pos);
    if (!index.isValid())
        return;
    const HitRef ref = m_hitsModel->hitAt(index);
    if (ref.isValid())
        setCurrentHit(ref);
    QMenu menu(this);
    if (ref.isValid()) {
        menu.addAction(m_acceptAction);
        menu.addAction(m_rejectAction);
        menu.addSeparator();
        menu.addAction(m_acceptTextAction);
        menu.addAction(m_rejectTextAction);
        menu.addSeparator();
    } else {
        m_hitsView->setCurrentIndex(index);
    }
    menu.addAction(m_acceptTypeAction);
    menu.addAction(m_rejectTypeAction);
    menu.exec(m_hitsView->viewport()->mapToGlobal(pos));
}

void MainWindow::showWordMenu(int page, const HitRef &hit, const QString &word, const QPoint &screenPos)
{
    Q_UNUSED(page)
    QMenu menu(this);
    if (const Hit *h = m_session->hit(hit)) {
        setCurrentHit(hit);
        menu.addSection(h->text.simplified().left(40));
        menu.addAction(m_acceptAction);
        menu.addAction(m_rejectAction);
        menu.addAction(m_acceptTextAction);
        menu.addAction(m_rejectTextAction);
        menu.addAction(m_acceptTypeAction);
        menu.addAction(m_rejectTypeAction);
    }
    if (!word.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Redact Every Occurrence of “%1”").arg(word), this, [this, word] { redactOccurrences(word); });
    }
    if (m_view->selectedRegion().first >= 0)
        menu.addAction(m_deleteRegionAction);
    if (!menu.isEmpty())
        menu.exec(screenPos);
}

void MainWindow::redactOccurrences(const QString &text)
{
    const int added = m_session->redactEveryOccurrence(text);
    if (added == 0)
        m_banner->showMessage(tr("“%1” was not found in the text of the pages read so far.").arg(text),
                              MessageBanner::Kind::Information);
    else
        statusBar()->showMessage(tr("Blacked out %n occurrence(s) of “%1”.", nullptr, added).arg(text), 5000);
}

void MainWindow::askRedactOccurrences()
{
    QString proposal;
    if (const Hit *hit = m_session->hit(m_view->currentHit()))
        proposal = hit->text.simplified();
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Redact Every Occurrence"),
                                               tr("Black out every place this text appears:"), QLineEdit::Normal,
                                               proposal, &ok);
    if (ok && !text.trimmed().isEmpty())
        redactOccurrences(text.trimmed());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Settings before = m_settings;
    m_settings = dialog.settings();
    QSettings store;
    m_settings.save(store);
    const auto document = m_session->document();
    if (!document)
        return;
    if (m_settings.findsDifferentlyFrom(before)) {
        m_jobs->cancel();
        saveReview();
        m_session->redetect(m_settings);
        markUnreadPagesStopped(false);
        m_jobs->start(document, m_settings, m_sourcePath, m_sourceOptions);
        statusBar()->showMessage(tr("Reading the document again with the new settings; your decisions are kept."),
                                 8000);
    }
    // Page pixels, and with them the boxes of every decision, depend on the resolution.
    if (before.dpi != m_settings.dpi && document->kind() == DocumentKind::Pdf)
        m_banner->showMessage(tr("The new resolution applies to the next PDF you open."),
                              MessageBanner::Kind::Information);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Blackout"),
                       tr("<h3>Blackout %1</h3>"
                          "<p>Finds personal data in emails, PDFs and screenshots, lets you review it, and burns "
                          "solid redactions into the pixels before you share.</p>"
                          "<p>Everything happens on this computer; nothing is uploaded.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setTheme(const QString &id)
{
    Theme::apply(Theme::fromId(id));
    const QString normalised = Theme::id(Theme::fromId(id));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == normalised);
    m_view->setBackgroundBrush(QApplication::palette().color(QPalette::Dark));
    QSettings().setValue(ThemeKey, normalised);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_jobs->cancel();
    saveReview();
    QSettings store;
    store.setValue(GeometryKey, saveGeometry());
    store.setValue(StateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace Blackout
