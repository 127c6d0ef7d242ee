// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfdocument.h"

#include "document/pdftexttrust.h"

#include <QFileInfo>
#include <QFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <cmath>
#include <exception>
#include <mutex>

namespace Blackout {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "blackout.pdf", QtWarningMsg)

// Poppler reports every repaired xref entry and stray operator on stderr, which would drown the CLI's
// output for damaged files; route it to a logging category that is quiet unless asked for.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf, "poppler: %s", qPrintable(message));
}

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

// Poppler works in points; everything Blackout returns is in pixels of the rendered page. A damaged or
// hostile file can place glyphs at any coordinate: boxes are kept within a page's size of the page, where
// every later sum (a box grown by a margin, a union of boxes) stays in int range.
QRectF toPixels(const QRectF &points, double scale, const QSize &page)
{
    const QRectF box(points.left() * scale, points.top() * scale, points.width() * scale, points.height() * scale);
    return box.intersected(QRectF(-page.width(), -page.height(), 3.0 * page.width(), 3.0 * page.height()));
}

int pixelLength(double points, int dpi)
{
    // The same rounding Poppler's Splash output device uses for the bitmap size.
    return std::max(1, int(points * dpi / 72.0 + 0.5));
}

bool shouldAbort(const QVariant &closure)
{
    return reinterpret_cast<const Cancellation *>(closure.value<quintptr>())->isCancelled();
}

TextLayer extractTextLayer(const Poppler::Page &page, double scale, const QSize &pixels, const QVariant &closure)
{
    TextLayer layer(TextSource::Text);
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList(Poppler::Page::Rotate0, &shouldAbort, closure);
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QString rawText = box->text();
        if (rawText.trimmed().isEmpty())
            continue;
        // Poppler lists words in reading order and links the words of one line through nextWord():
        // anything that is not the previous word's successor starts a new line.
        const bool continuesLine = previous && previous->nextWord() == box.get();
        if (previous && !continuesLine)
            layer.endLine();
        // Ligatures (U+FB00..FB06: "ﬁ", "ﬂ", ...) become their letters, sharing the glyph's box, so
        // that "marlowe-ﬁnch.example" is found as the address it is.
        QString text;
        QList<QRectF> charBoxes;
        text.reserve(rawText.size());
        charBoxes.reserve(rawText.size());
        for (int i = 0; i < rawText.size(); ++i) {
            const QRectF charBox = toPixels(box->charBoundingBox(i), scale, pixels);
            const QChar c = rawText.at(i);
            if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06) {
                const QString letters = QString(c).normalized(QString::NormalizationForm_KC);
                const qreal w = charBox.width() / letters.size();
                for (int k = 0; k < letters.size(); ++k) {
                    text.append(letters.at(k));
                    charBoxes.append(QRectF(charBox.left() + k * w, charBox.top(), w, charBox.height()));
                }
            } else {
                text.append(c);
                charBoxes.append(charBox);
            }
        }
        const bool glued = continuesLine && !previous->hasSpaceAfter();
        if (glued) {
            // A word split by a font change ("<b>Sm</b>ith") stays one word for the detectors.
            for (int i = 0; i < text.size(); ++i)
                layer.appendChar(text.at(i), charBoxes.at(i));
        } else {
            layer.appendWord(text, charBoxes);
        }
        previous = box.get();
    }
    return layer;
}

// Large raster images in the file, judged from the raw bytes: image dictionaries are never compressed
// (streams cannot live in object streams), so this works on any PDF without a parser. A document whose
// pages are mostly images with text in non-embedded fonts on them is a scan with an OCR layer.
int countLargeImages(const QByteArray &bytes)
{
    static const QRegularExpression width(QStringLiteral("/Width\\s+(\\d+)"));
    static const QRegularExpression height(QStringLiteral("/Height\\s+(\\d+)"));
    int count = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = bytes.indexOf("/Image", from);
        if (at < 0)
            break;
        from = at + 6;
        const qsizetype start = std::max<qsizetype>(0, bytes.lastIndexOf("obj", at));
        qsizetype end = bytes.indexOf("stream", at);
        if (end < 0 || end - start > 4096)
            end = std::min<qsizetype>(bytes.size(), start + 4096);
        const QString dict = QString::fromLatin1(bytes.mid(start, end - start));
        if (!dict.contains(QLatin1String("/Subtype")))
            continue;
        const QRegularExpressionMatch w = width.match(dict);
        const QRegularExpressionMatch h = height.match(dict);
        if (w.hasMatch() && h.hasMatch() && w.captured(1).toInt() >= 400 && h.captured(1).toInt() >= 400)
            ++count;
    }
    return count;
}

QString fileTitle(const QString &fileName)
{
    return fileName.isEmpty() ? PdfDocument::tr("Untitled PDF") : fileName;
}

} // namespace

PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<Document>> PdfDocument::fromFile(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(info.fileName())};
    if (!info.isReadable())
        return Error{ErrorCode::Unreadable, tr("The file %1 cannot be read.").arg(info.fileName())};
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> doc;
    try {
        doc = Poppler::Document::load(path);
    } catch (...) {
        doc.reset();
    }
    int largeImages = 0;
    QFile file(path);
    if (doc && file.open(QIODevice::ReadOnly)) {
        // Mapped, not read: a 500-page PDF costs nothing but one pass of indexOf over its bytes.
        if (uchar *mapped = file.map(0, file.size())) {
            largeImages = countLargeImages(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                                   file.size()));
            file.unmap(mapped);
        }
    }
    return finishOpening(std::move(doc), info.fileName(), largeImages, options);
}

Result<std::unique_ptr<Document>> PdfDocument::fromData(const QByteArray &data, const LoadOptions &options)
{
    if (data.isEmpty())
        return Error{ErrorCode::Damaged, tr("The PDF is empty.")};
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> doc;
    try {
        doc = Poppler::Document::loadFromData(data);
    } catch (...) {
        doc.reset();
    }
    const int largeImages = doc ? countLargeImages(data) : 0;
    return finishOpening(std::move(doc), QString(), largeImages, options);
}

Result<std::unique_ptr<Document>> PdfDocument::finishOpening(std::unique_ptr<Poppler::Document> doc,
                                                            const QString &fileName, int largeImages,
                                                            const LoadOptions &options)
{
    if (!doc)
        return Error{ErrorCode::Damaged, tr("The PDF is damaged and could not be repaired.")};
    try {
        if (doc->isLocked()) {
            if (options.password.isEmpty())
                return Error{ErrorCode::PasswordRequired, tr("The PDF is password-protected.")};
            // Poppler wants Latin-1; a password typed with other characters may have been set as UTF-8.
            const QByteArray latin1 = options.password.toLatin1();
            const QByteArray utf8 = options.password.toUtf8();
            doc->unlock(latin1, latin1);
            if (doc->isLocked() && utf8 != latin1)
                doc->unlock(utf8, utf8);
            if (doc->isLocked())
                return Error{ErrorCode::WrongPassword, tr("The password for the PDF is wrong.")};
        }
        const int total = doc->numPages();
        if (total <= 0)
            return Error{ErrorCode::Damaged, tr("The PDF has no pages that can be read.")};

        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        doc->setRenderHint(Poppler::Document::TextHinting, true);
        doc->setPaperColor(Qt::white);

        std::unique_ptr<PdfDocument> result(new PdfDocument);
        result->m_options = options;
        result->m_options.dpi = options.dpi > 0 ? options.dpi : 300;
        result->m_totalPageCount = total;
        result->m_pageCount = options.maxPages > 0 ? std::min(total, options.maxPages) : total;
        result->m_pageSizes.resize(result->m_pageCount);
        result->m_rasterHeavy = largeImages > 0 && largeImages * 2 >= total;
        const QString title = doc->title().trimmed();
        result->m_metadata.title = title.isEmpty() ? fileTitle(fileName) : title;
        result->m_doc = std::move(doc);
        return std::unique_ptr<Document>(std::move(result));
    } catch (...) {
        return Error{ErrorCode::Damaged, tr("The PDF is damaged and could not be read.")};
    }
}

QSize PdfDocument::pageSize(int index) const
{
    if (index < 0 || index >= m_pageCount)
        return {};
    QMutexLocker locker(&m_mutex);
    QSize &cached = m_pageSizes[index];
    if (cached.isEmpty()) {
        try {
            const std::unique_ptr<Poppler::Page> p = m_doc->page(index);
            if (p) {
                // pageSizeF() already swaps width and height for pages with a /Rotate of 90 or 270.
                const QSizeF points = p->pageSizeF();
                cached = QSize(pixelLength(points.width(), m_options.dpi),
                               pixelLength(points.height(), m_options.dpi));
            }
        } catch (...) {
            cached = QSize();
        }
    }
    return cached;
}

bool PdfDocument::looksLikeOcrLayer(int index) const
{
    // Called with m_mutex held.
    const std::unique_ptr<Poppler::FontIterator> it = m_doc->newFontIterator(index);
    if (!it || !it->hasNext())
        return false;
    const QList<Poppler::FontInfo> fonts = it->next();
    if (fonts.isEmpty())
        return false;
    bool allExternal = true;
    for (const Poppler::FontInfo &font : fonts) {
        // Tesseract and OCRmyPDF write their invisible text in a font with no glyphs.
        if (font.name().contains(QLatin1String("GlyphLess"), Qt::CaseInsensitive))
            return true;
        allExternal = allExternal && !font.isEmbedded();
    }
    // Scanners' OCR (Acrobat Capture and the like) sets invisible text in non-embedded base fonts.
    return allExternal && m_rasterHeavy;
}

Result<PageContent> PdfDocument::page(int index, const Cancellation &cancel) const
{
    if (index < 0 || index >= m_pageCount)
        return Error{ErrorCode::InvalidArgument,
                     tr("Page %1 does not exist; the PDF has %2 pages.").arg(index + 1).arg(m_pageCount)};
    const QSize expected = pageSize(index);
    if (expected.isEmpty())
        return Error{ErrorCode::Damaged, tr("Page %1 of the PDF is damaged.").arg(index + 1)};
    if (qint64(expected.width()) * expected.height() > m_options.maxImagePixels) {
        return Error{ErrorCode::TooLarge,
                     tr("Page %1 would be %2 × %3 pixels at %4 DPI, more than the limit of %5 million pixels.")
                         .arg(index + 1)
                         .arg(expected.width())
                         .arg(expected.height())
                         .arg(m_options.dpi)
                         .arg(double(m_options.maxImagePixels) / 1e6, 0, 'g', 6),
                     Limit::Pixels};
    }

    PageContent content;
    content.index = index;
    bool ocrLayer = false;
    const double scale = m_options.dpi / 72.0;
    try {
        QMutexLocker locker(&m_mutex);
        const std::unique_ptr<Poppler::Page> p = m_doc->page(index);
        if (!p)
            return Error{ErrorCode::Damaged, tr("Page %1 of the PDF is damaged.").arg(index + 1)};
        // Poppler asks between drawing operations whether to stop: a page with a million operators ends at
        // the file's deadline instead of holding the batch for minutes.
        const QVariant closure = QVariant::fromValue(quintptr(&cancel));
        content.image = p->renderToImage(m_options.dpi, m_options.dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                                         nullptr, &shouldAbort, closure);
        if (cancel.isCancelled())
            return Error{ErrorCode::Cancelled, tr("Rendering page %1 of the PDF was stopped.").arg(index + 1)};
        content.layers.append(extractTextLayer(*p, scale, content.image.size(), closure));
        ocrLayer = looksLikeOcrLayer(index);
    } catch (...) {
        return Error{ErrorCode::Damaged, tr("Page %1 of the PDF could not be rendered.").arg(index + 1)};
    }
    if (content.image.isNull())
        return Error{ErrorCode::Damaged, tr("Page %1 of the PDF could not be rendered.").arg(index + 1)};
    if (content.image.format() != QImage::Format_RGB32) {
        // Poppler renders ARGB32 with an opaque white paper colour; RGB32 is the page format everywhere.
        content.image = content.image.convertToFormat(QImage::Format_RGB32);
    }

    if (content.layers.first().isEmpty()) {
        content.layers.clear();
        content.ocrRegions.append(content.image.rect());
    } else if (ocrLayer) {
        // The text layer is an OCR result over a scan: keep it, and let our own OCR read the pixels too.
        content.ocrRegions.append(content.image.rect());
    } else {
        content.ocrRegions = PdfTextTrust::untrustedRegions(content.image, content.layers.first());
    }
    return content;
}

} // namespace Blackout
