// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/result.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Blackout {

class PageJobs;

/// Opens a file for the window: in a page worker when there are workers (a reader that crashes or hangs
/// costs the worker, not the window), else here; asks for a PDF's password, again after a wrong one.
class DocumentOpener : public QObject {
    Q_OBJECT
public:
    /// dialogParent: where the password prompt shows.
    DocumentOpener(PageJobs *jobs, QWidget *dialogParent);

    void open(const QString &path, const LoadOptions &options);

Q_SIGNALS:
    void opened(const std::shared_ptr<const Blackout::Document> &document, const QString &path,
                const Blackout::LoadOptions &options);
    /// One sentence for the window's banner.
    void failed(const QString &message);

private:
    void onFailed(const QString &path, LoadOptions options, const Error &error);

    PageJobs *m_jobs;
    QWidget *m_dialogParent;
};

} // namespace Blackout
