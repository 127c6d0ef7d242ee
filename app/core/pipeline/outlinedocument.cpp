// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/outlinedocument.h"

namespace Blackout {

DocumentOutline OutlineDocument::outlineOf(const Document &document)
{
    DocumentOutline outline;
    outline.kind = document.kind();
    for (int i = 0; i < document.pageCount(); ++i)
        outline.pageSizes.append(document.pageSize(i));
    outline.metadata = document.metadata();
    outline.messages = document.messages();
    return outline;
}

Result<PageContent> OutlineDocument::page(int, const Cancellation &) const
{
    return Error{ErrorCode::Unreadable, tr("this page is read by a worker process")};
}

} // namespace Blackout
