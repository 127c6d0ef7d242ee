// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cancellation.h"
#include "model/person.h"
#include "model/result.h"
#include "model/textlayer.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace Blackout {

enum class DocumentKind { Email, Pdf, Image };
/// The report-schema identifier: "email", "pdf" or "image".
QString documentKindId(DocumentKind kind);

struct DocumentMetadata {
    QString title;          ///< subject of an email, title of a PDF, file name of an image
    QList<Person> people;   ///< From, To, Cc, Reply-To, ... of an email
};

/// Everything on one page: the pixels at working resolution and the text known without OCR.
struct PageContent {
    int index = 0;
    QImage image;                 ///< the page at working resolution; the coordinate system of everything
    QList<TextLayer> layers;      ///< text from the layout or a PDF text layer, boxes in image pixels
    QList<QRect> ocrRegions;      ///< parts of the image whose text is not (or not trustworthily) known
};

/// One message of a mailbox: its title and the first of its pages.
struct MessageEntry {
    QString title;
    int firstPage = 0;
};

/**
 * A document opened by a loader. The GUI and CLI use it without knowing the kind.
 *
 * page() renders on demand, so opening a 500-page PDF costs nothing until a page is asked for.
 * Implementations are safe to call from several threads (they serialise access to their library).
 */
class Document {
public:
    virtual ~Document() = default;

    virtual DocumentKind kind() const = 0;
    virtual int pageCount() const = 0;
    /// The size in pixels page(index).image will have.
    virtual QSize pageSize(int index) const = 0;
    /// Renders a page. Cancelling cancel (or passing its deadline) stops a long render (a PDF page that would
    /// take minutes) with ErrorCode::Cancelled.
    virtual Result<PageContent> page(int index, const Cancellation &cancel = {}) const = 0;
    virtual DocumentMetadata metadata() const = 0;
    /// The messages it holds, in page order (a mailbox); empty for a document of one message or none.
    virtual QList<MessageEntry> messages() const { return {}; }
};

/// Options that change what a loader produces.
struct LoadOptions {
    int dpi = 300;                         ///< working resolution of PDF pages
    QString password;                      ///< for encrypted PDFs
    // Guards against hostile files; each error they cause names its Limit.
    int maxPages = 1000;                   ///< pages taken from one file at most (also caps an mbox's messages)
    qint64 maxImagePixels = 200'000'000;   ///< decompression-bomb guard for images and rendered pages
    int maxMimeParts = 1000;               ///< MIME parts in one message
    int maxMimeDepth = 32;                 ///< nesting of multiparts and attached messages
    qint64 maxMessageBytes = 256LL << 20;  ///< one email's size, raw and decoded
};

} // namespace Blackout
