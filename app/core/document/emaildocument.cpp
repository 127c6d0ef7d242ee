// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/emaildocument.h"

#include "document/emaillayout.h"
#include "document/mimeparser.h"

#include <exception>

namespace Blackout {

EmailDocument::~EmailDocument() = default;

Result<std::unique_ptr<Document>> EmailDocument::fromData(const QByteArray &data, const LoadOptions &options)
{
    try {
        auto content = MimeParser::parseMessage(data, options);
        if (!content)
            return content.error();
        auto doc = fromContent(content.value(), options);
        if (!doc)
            return doc.error();
        return std::unique_ptr<Document>(std::move(doc).value());
    } catch (const std::exception &) {
        return Error{ErrorCode::Damaged, tr("The email could not be read: it is damaged or too large.")};
    }
}

Result<std::unique_ptr<EmailDocument>> EmailDocument::fromContent(const EmailContent &content,
                                                                  const LoadOptions &options)
{
    auto layout = EmailLayout::create(content, options.maxPages);
    if (!layout)
        return layout.error();
    std::unique_ptr<EmailDocument> doc(new EmailDocument);
    doc->m_metadata.title = content.subject;
    doc->m_metadata.people = content.people;
    doc->m_from = content.from;
    doc->m_date = content.date;
    doc->m_layout = std::move(layout).value();
    return doc;
}

int EmailDocument::pageCount() const { return m_layout->pageCount(); }

QSize EmailDocument::pageSize(int index) const
{
    Q_UNUSED(index);
    return EmailLayout::pageSize();
}

Result<PageContent> EmailDocument::page(int index, const Cancellation &) const { return m_layout->renderPage(index); }

QString EmailDocument::displayTitle() const
{
    QStringList parts;
    parts << (m_metadata.title.isEmpty() ? tr("(no subject)") : m_metadata.title);
    if (!m_from.isEmpty())
        parts << m_from;
    if (!m_date.isEmpty())
        parts << m_date;
    return parts.join(QStringLiteral(" — "));
}

} // namespace Blackout
