// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QCoreApplication>

namespace Blackout {

/// What the window needs of a document to show it while its pages are read elsewhere: kind, page sizes,
/// metadata, and the messages of a mailbox.
struct DocumentOutline {
    DocumentKind kind = DocumentKind::Image;
    QList<QSize> pageSizes;
    DocumentMetadata metadata;
    QList<MessageEntry> messages;
};

/// A document a page worker process opened, as the window sees it: its outline, without pixels (page()
/// fails; the pages come from the worker). So the window never parses a file itself.
class OutlineDocument : public Document {
    Q_DECLARE_TR_FUNCTIONS(Blackout::OutlineDocument)
public:
    explicit OutlineDocument(DocumentOutline outline) : m_outline(std::move(outline)) {}

    /// The outline of an open document (the worker's side).
    static DocumentOutline outlineOf(const Document &document);

    DocumentKind kind() const override { return m_outline.kind; }
    int pageCount() const override { return int(m_outline.pageSizes.size()); }
    QSize pageSize(int index) const override { return m_outline.pageSizes.value(index); }
    Result<PageContent> page(int index, const Cancellation &cancel = {}) const override;
    DocumentMetadata metadata() const override { return m_outline.metadata; }
    QList<MessageEntry> messages() const override { return m_outline.messages; }

private:
    DocumentOutline m_outline;
};

} // namespace Blackout
