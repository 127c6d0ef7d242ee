// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "document/emailcontent.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace Blackout {

class EmailLayout;

/**
 * One MIME email (.eml), parsed with GMime and laid out by Blackout: a header block (From, To, Cc, Date,
 * Subject) and the body, over as many 1600 x 2200 px pages as it needs. Text comes from the layout
 * (TextSource::Layout) with exact character boxes; inline images are ocrRegions. Thread-safe: pages are
 * painted from the retained layout under a mutex.
 */
class EmailDocument : public Document {
    Q_DECLARE_TR_FUNCTIONS(Blackout::EmailDocument)
public:
    ~EmailDocument() override;

    static Result<std::unique_ptr<Document>> fromData(const QByteArray &data, const LoadOptions &options);
    /// A message already parsed (one message of an mbox).
    static Result<std::unique_ptr<EmailDocument>> fromContent(const EmailContent &content, const LoadOptions &options);

    DocumentKind kind() const override { return DocumentKind::Email; }
    int pageCount() const override;
    QSize pageSize(int index) const override;
    Result<PageContent> page(int index, const Cancellation &cancel = {}) const override;
    DocumentMetadata metadata() const override { return m_metadata; }

    /// "Subject — From — Date", for lists of messages.
    QString displayTitle() const;
    QString from() const { return m_from; }
    QString date() const { return m_date; }

private:
    EmailDocument() = default;

    DocumentMetadata m_metadata;
    QString m_from;
    QString m_date;
    std::unique_ptr<EmailLayout> m_layout;
};

} // namespace Blackout
