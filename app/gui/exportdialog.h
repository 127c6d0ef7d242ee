// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/settings.h"
#include "review/reviewsession.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Blackout {

class PageJobs;

/// Where and how to export, with a preview of exactly the pixels that will be written and the leak check's
/// verdict on them (its OCR in a page worker process, PageJobs::checkLeaks). The export itself is the batch's
/// routine (PageExport) for every page written, in a worker thread: each page leak-checked, with its own alt text.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// jobs: where the leak check reads the preview (PageJobs::checkLeaks).
    ExportDialog(ReviewSession *session, PageJobs *jobs, const Settings &settings, int currentPage,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setOutputDirectory(const QString &path);
    QString outputDirectory() const;
    void setAllPages(bool all);
    void setPresetId(const QString &id);
    /// Starts writing the files (what the Export button does).
    void startExport();
    bool isBusy() const { return m_busy > 0; }
    /// The tiles of the current preview (empty while it renders).
    const QList<QImage> &previewImages() const { return m_preview; }
    QString leakVerdict() const;
    QStringList exportedFiles() const { return m_exported; }
    QString statusText() const;

Q_SIGNALS:
    void previewReady();
    void leakCheckFinished();
    void exportFinished(bool ok);

private:
    struct PageJob {
        int page = 0;
        QImage image;
        RedactionSet set;
        QRect crop;
        QList<TextLayer> layers;
    };
    PageJob jobFor(int page) const;
    /// done gets the page's pixels, at once when the session holds them, else once they were rendered
    /// again (a null image: they could not be). On this dialog's thread.
    void fetchPixels(int page, const std::function<void(const QImage &)> &done);
    /// On an export's thread: fetchPixels, waited for; null when the export stops first.
    static QImage waitForPixels(const QPointer<ExportDialog> &dialog, int page,
                                const std::shared_ptr<std::atomic_bool> &cancel);
    ExportRequest requestFor(const PageJob &job) const;
    QList<int> selectedPages() const;
    void schedulePreview();
    void renderPreview();
    void showPreview(const QList<QImage> &tiles);
    void updateAltTextCount();
    void refreshAltText();
    void setBusy(bool busy);

    ReviewSession *m_session;
    PageJobs *m_jobs;
    Settings m_settings;
    int m_currentPage;
    QComboBox *m_pages;
    QComboBox *m_preset;
    QComboBox *m_style;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QCheckBox *m_overwrite;
    QPlainTextEdit *m_altText;
    QLabel *m_altCount;
    QLabel *m_previewInfo;
    QVBoxLayout *m_previewLayout;
    QLabel *m_leak;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QTimer *m_previewTimer;
    QList<QImage> m_preview;
    QStringList m_exported;
    int m_generation = 0;
    int m_busy = 0;
    bool m_leakDone = false;
    bool m_altEdited = false;     // once the person writes their own, we never replace it
    bool m_settingAlt = false;
    /// Set when the dialog goes away during an export: the worker stops before the next page.
    std::shared_ptr<std::atomic_bool> m_cancelExport = std::make_shared<std::atomic_bool>(false);
};

} // namespace Blackout
