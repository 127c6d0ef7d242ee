// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

namespace Blackout {

class EmailDocument;

/**
 * An mbox file: as a Document, the pages of all its messages in order; for the GUI's message list, each
 * message on its own. metadata().people is the union of every message's people.
 */
class MboxDocument : public Document {
    Q_DECLARE_TR_FUNCTIONS(Blackout::MboxDocument)
public:
    ~MboxDocument() override;

    static Result<std::unique_ptr<Document>> fromFile(const QString &path, const LoadOptions &options);
    static Result<std::unique_ptr<Document>> fromData(const QByteArray &data, const LoadOptions &options);

    DocumentKind kind() const override { return DocumentKind::Email; }
    int pageCount() const override { return m_firstPage.isEmpty() ? 0 : m_totalPages; }
    QSize pageSize(int index) const override;
    Result<PageContent> page(int index, const Cancellation &cancel = {}) const override;
    DocumentMetadata metadata() const override { return m_metadata; }
    QList<MessageEntry> messages() const override;

    int messageCount() const { return int(m_messages.size()); }
    const Document &message(int i) const;
    /// Subject, sender and date of message i.
    QString messageTitle(int i) const;
    /// The index of the first page of message i among this document's pages.
    int firstPageOfMessage(int i) const;
    /// The message page index belongs to (-1 when out of range).
    int messageOfPage(int index) const;

private:
    MboxDocument() = default;

    std::vector<std::unique_ptr<EmailDocument>> m_messages;
    QList<int> m_firstPage;
    int m_totalPages = 0;
    DocumentMetadata m_metadata;
};

} // namespace Blackout
