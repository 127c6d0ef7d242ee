// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/outlinedocument.h"

#include "document/mboxdocument.h"

namespace Blackout {

DocumentOutline OutlineDocument::outlineOf(const Document &document)
{
    DocumentOutline outline;
    outline.kind = document.kind();
    for (int i = 0; i < document.pageCount(); ++i)
        outline.pageSizes.append(document.pageSize(i));
    outline.metadata = document.metadata();
    outline.messages = messagesOf(document);
    return outline;
}

QList<MessageEntry> OutlineDocument::messagesOf(const Document &document)
{
    if (const auto *outline = dynamic_cast<const OutlineDocument *>(&document))
        return outline->m_outline.messages;
    QList<MessageEntry> messages;
    if (const auto *mbox = dynamic_cast<const MboxDocument *>(&document)) {
        for (int i = 0; i < mbox->messageCount(); ++i)
            messages.append({mbox->messageTitle(i), mbox->firstPageOfMessage(i)});
    }
    return messages;
}

Result<PageContent> OutlineDocument::page(int, const Cancellation &) const
{
    return Error{ErrorCode::Unreadable, tr("this page is read by a worker process")};
}

} // namespace Blackout
