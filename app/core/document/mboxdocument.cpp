// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/mboxdocument.h"

#include "document/emaildocument.h"
#include "document/emaillayout.h"
#include "document/mimeparser.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>

namespace Blackout {

MboxDocument::~MboxDocument() = default;

Result<std::unique_ptr<Document>> MboxDocument::fromFile(const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QFileInfo(path).fileName())};
    constexpr qint64 kMaxBytes = 2LL << 30;
    if (file.size() > kMaxBytes)
        return Error{ErrorCode::TooLarge, tr("The mbox file is larger than 2 GB, the limit for one file.")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("The file %1 cannot be read.").arg(QFileInfo(path).fileName())};
    return fromData(file.readAll(), options);
}

Result<std::unique_ptr<Document>> MboxDocument::fromData(const QByteArray &data, const LoadOptions &options)
{
    try {
        auto parsed = MimeParser::parseMbox(data, options);
        if (!parsed)
            return parsed.error();
        std::unique_ptr<MboxDocument> mbox(new MboxDocument);
        for (const EmailContent &content : parsed.value()) {
            if (mbox->m_totalPages >= options.maxPages)
                break;
            LoadOptions messageOptions = options;
            messageOptions.maxPages = options.maxPages - mbox->m_totalPages;
            auto message = EmailDocument::fromContent(content, messageOptions);
            if (!message)
                return message.error();
            mbox->m_firstPage.append(mbox->m_totalPages);
            mbox->m_totalPages += message.value()->pageCount();
            for (const Person &p : content.people) {
                const bool known = std::any_of(mbox->m_metadata.people.cbegin(), mbox->m_metadata.people.cend(),
                                               [&p](const Person &q) {
                                                   return q.name == p.name &&
                                                          q.address.compare(p.address, Qt::CaseInsensitive) == 0;
                                               });
                if (!known)
                    mbox->m_metadata.people.append(p);
            }
            mbox->m_messages.push_back(std::move(message).value());
        }
        mbox->m_metadata.title = mbox->m_messages.front()->metadata().title;
        return std::unique_ptr<Document>(std::move(mbox));
    } catch (const std::exception &) {
        return Error{ErrorCode::Damaged, tr("The mbox file could not be read: it is damaged or too large.")};
    }
}

QSize MboxDocument::pageSize(int index) const
{
    Q_UNUSED(index);
    return EmailLayout::pageSize();
}

Result<PageContent> MboxDocument::page(int index, const Cancellation &cancel) const
{
    const int m = messageOfPage(index);
    if (m < 0)
        return Error{ErrorCode::InvalidArgument, tr("The mbox file has no page %1.").arg(index + 1)};
    auto content = m_messages.at(size_t(m))->page(index - m_firstPage.at(m), cancel);
    if (content)
        content.value().index = index;
    return content;
}

const Document &MboxDocument::message(int i) const { return *m_messages.at(size_t(i)); }

QList<MessageEntry> MboxDocument::messages() const
{
    QList<MessageEntry> entries;
    for (int i = 0; i < messageCount(); ++i)
        entries.append({messageTitle(i), firstPageOfMessage(i)});
    return entries;
}

QString MboxDocument::messageTitle(int i) const
{
    if (i < 0 || i >= messageCount())
        return {};
    return m_messages.at(size_t(i))->displayTitle();
}

int MboxDocument::firstPageOfMessage(int i) const
{
    return i >= 0 && i < m_firstPage.size() ? m_firstPage.at(i) : -1;
}

int MboxDocument::messageOfPage(int index) const
{
    if (index < 0 || index >= m_totalPages)
        return -1;
    const auto it = std::upper_bound(m_firstPage.cbegin(), m_firstPage.cend(), index);
    return int(it - m_firstPage.cbegin()) - 1;
}

} // namespace Blackout
