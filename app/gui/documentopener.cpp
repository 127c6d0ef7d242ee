// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentopener.h"

#include "document/documentloader.h"
#include "pagejobs.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace Blackout {

DocumentOpener::DocumentOpener(PageJobs *jobs, QWidget *dialogParent)
    : QObject(dialogParent), m_jobs(jobs), m_dialogParent(dialogParent)
{
    connect(m_jobs, &PageJobs::opened, this,
            [this](const QString &path, const LoadOptions &options, const std::shared_ptr<const Document> &document,
                   const std::optional<Error> &error) {
                if (document)
                    Q_EMIT opened(document, path, options);
                else
                    onFailed(path, options, error.value_or(Error{}));
            });
}

void DocumentOpener::open(const QString &path, const LoadOptions &options)
{
    if (m_jobs->usesWorkers()) {
        m_jobs->open(path, options);
        return;
    }
    auto result = DocumentLoader::open(path, options);
    if (!result.ok()) {
        onFailed(path, options, result.error());
        return;
    }
    Q_EMIT opened(std::shared_ptr<const Document>(std::move(result).value()), path, options);
}

void DocumentOpener::onFailed(const QString &path, LoadOptions options, const Error &error)
{
    const QString name = QFileInfo(path).fileName();
    if (error.code != ErrorCode::PasswordRequired && error.code != ErrorCode::WrongPassword) {
        Q_EMIT failed(tr("%1 could not be opened. %2").arg(name, error.message));
        return;
    }
    bool ok = false;
    const QString prompt = error.code == ErrorCode::WrongPassword ? tr("That password did not open %1. Try again:").arg(name)
                                                                  : tr("%1 is protected by a password:").arg(name);
    const QString password = QInputDialog::getText(m_dialogParent, tr("Password"), prompt, QLineEdit::Password,
                                                   QString(), &ok);
    if (!ok)
        return;
    options.password = password;
    open(path, options);
}

} // namespace Blackout
