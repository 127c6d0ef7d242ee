// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace Blackout {

class DocumentOpener;
class ExportDialog;
class HitsModel;
class MessageBanner;
class PageJobs;
class PageView;
class ReadingStatus;
class RecentFilesMenu;

/// The one window: open a document, review every hit, redact by hand, crop and export.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file (asks for a PDF password when needed); errors appear in the window's banner.
    void openFile(const QString &path);
    /// Starts reviewing a document that is already open (pasted images, tests).
    void openDocument(std::shared_ptr<const Document> document, const QString &path);
    /// Opens the image on the clipboard as a new document; false when there is none.
    bool pasteFromClipboard();
    /// Shows the export dialog (not modal, so the window stays usable) and returns it.
    ExportDialog *showExportDialog();

    ReviewSession *session() const { return m_session; }
    PageView *pageView() const { return m_view; }
    QTreeView *hitsView() const { return m_hitsView; }
    HitsModel *hitsModel() const { return m_hitsModel; }
    PageJobs *jobs() const { return m_jobs; }
    MessageBanner *banner() const { return m_banner; }
    /// The messages of an open mailbox (empty for other documents).
    QListWidget *messageList() const { return m_messageList; }
    const Settings &settings() const { return m_settings; }

    // The review, as the keyboard drives it.
    void nextHit();
    void previousHit();
    void decideCurrent(std::optional<Decision> decision);   // nullopt toggles
    void decideCurrentType(Decision decision);
    void decideCurrentText(Decision decision);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void updateActions();
    void updateStatus();
    void showError(const QString &message);
    void saveReview();
    /// After Esc the placeholders of pages never read say so; false when reading starts again.
    void markUnreadPagesStopped(bool stopped);
    void setCurrentHit(const HitRef &ref, bool fromTree = false);
    void onPageReady(const ProcessedPage &page);
    void onHitsSelection();
    void showWordMenu(int page, const HitRef &hit, const QString &word, const QPoint &screenPos);
    void showHitsContextMenu(const QPoint &pos);
    void redactOccurrences(const QString &text);
    void askRedactOccurrences();
    void showSettings();
    void showAbout();
    void setTheme(const QString &id);
    void fillMessageList();
    /// Starts reviewing document; page workers open it from source with options (empty: read in threads).
    void startReview(std::shared_ptr<const Document> document, const QString &path, const QString &source,
                     const LoadOptions &options);

    Settings m_settings;
    QString m_sourcePath;        // where the open document came from, so page workers can open it too
    LoadOptions m_sourceOptions;
    ReviewSession *m_session;
    PageJobs *m_jobs;
    PageView *m_view;
    HitsModel *m_hitsModel;
    QTreeView *m_hitsView = nullptr;
    QListWidget *m_pageList = nullptr;
    QListWidget *m_messageList = nullptr;
    QDockWidget *m_messageDock = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_statusHits = nullptr;
    ReadingStatus *m_readingStatus = nullptr;
    DocumentOpener *m_opener = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    bool m_syncingSelection = false;

    QAction *m_openAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteRegionAction = nullptr;
    QAction *m_occurrencesAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_acceptTypeAction = nullptr;
    QAction *m_rejectTypeAction = nullptr;
    QAction *m_acceptTextAction = nullptr;
    QAction *m_rejectTextAction = nullptr;
    QAction *m_stopAction = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_selectTool = nullptr;
    QAction *m_drawTool = nullptr;
    QAction *m_cropTool = nullptr;
    QAction *m_clearCropAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace Blackout
