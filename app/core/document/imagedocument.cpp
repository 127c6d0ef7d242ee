// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/imagedocument.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <climits>
#include <cmath>

namespace Blackout {

namespace {

// Formats where every frame is a page; animations (GIF, WebP) give their first frame only.
bool isMultiPageFormat(const QByteArray &format)
{
    return format == "tif" || format == "tiff";
}


// libpng skips a chunk that claims more bytes than the file holds in small reads and memsets, and spent
// most of a minute so on a 273-byte file (found by fuzz_image). Such a file cannot decode anyway: walk
// the chunk headers (cheap: seeks, no data) and call it damaged before libpng sees it.
bool pngChunksFit(QIODevice *device)
{
    const qint64 size = device->size();
    qint64 at = 8;
    bool fits = true;
    while (fits && at + 8 <= size && device->seek(at)) {
        const QByteArray head = device->read(8);
        if (head.size() < 8)
            break;
        const quint32 length = (quint32(quint8(head[0])) << 24) | (quint32(quint8(head[1])) << 16)
                               | (quint32(quint8(head[2])) << 8) | quint32(quint8(head[3]));
        fits = qint64(length) + 12 <= size - at;
        if (head.mid(4, 4) == "IEND")
            break;
        at += qint64(length) + 12;
    }
    device->seek(0);
    return fits;
}
} // namespace

QImage ImageDocument::toPageImage(const QImage &image)
{
    if (image.isNull())
        return {};
    if (!image.hasAlphaChannel())
        return image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    QImage page(image.size(), QImage::Format_RGB32);
    page.setDotsPerMeterX(image.dotsPerMeterX());
    page.setDotsPerMeterY(image.dotsPerMeterY());
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, image);
    painter.end();
    return page;
}

Result<std::unique_ptr<Document>> ImageDocument::fromFile(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(info.fileName())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("The file %1 cannot be read.").arg(info.fileName())};
    return decode(&file, info.fileName(), info.fileName(), options);
}

Result<std::unique_ptr<Document>> ImageDocument::fromData(const QByteArray &data, const QString &nameHint,
                                                          const LoadOptions &options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const QString title = QFileInfo(nameHint).fileName();
    return decode(&buffer, nameHint, title.isEmpty() ? tr("Pasted image") : title, options);
}

std::unique_ptr<Document> ImageDocument::fromImage(const QImage &image, const QString &title)
{
    std::unique_ptr<ImageDocument> doc(new ImageDocument);
    const QImage page = toPageImage(image);
    if (!page.isNull()) {
        doc->m_pages.append(page);
        doc->m_sizes.append(page.size());
    }
    doc->m_metadata.title = title.isEmpty() ? tr("Pasted image") : title;
    return doc;
}

Result<std::unique_ptr<Document>> ImageDocument::decode(QIODevice *device, const QString &nameHint,
                                                        const QString &title, const LoadOptions &options)
{
    if (!device->isSequential() && device->peek(8) == QByteArray("\x89PNG\r\n\x1a\n", 8) && !pngChunksFit(device))
        return Error{ErrorCode::Damaged,
                     tr("The image %1 is damaged or truncated and could not be decoded.").arg(title)};
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);   // EXIF orientation: the page is what a viewer shows
    QByteArray format = reader.format();
    if (format.isEmpty()) {
        // Some formats (TGA, raw PBM variants) have no reliable magic; fall back to the name.
        const QByteArray suffix = QFileInfo(nameHint).suffix().toLower().toLatin1();
        const QByteArray hinted = suffix.isEmpty() ? nameHint.toLower().toLatin1() : suffix;
        if (!hinted.isEmpty()) {
            device->seek(0);
            reader.setDevice(nullptr);
            reader.setDevice(device);
            reader.setFormat(hinted);
            reader.setDecideFormatFromContent(false);
            format = reader.canRead() ? hinted : QByteArray();
        }
    }
    // Qt's TIFF handler miscounts once anything else has read the header: ask for the count first.
    const int frames = isMultiPageFormat(format) ? std::max(1, reader.imageCount()) : 1;
    if (format.isEmpty() || !reader.canRead())
        return Error{ErrorCode::UnsupportedFormat,
                     tr("%1 is not an image format Blackout can read.").arg(title)};

    // The decompression-bomb guard: judge the size from the header before anything is decoded, and
    // make the decoder itself refuse to allocate more than the limit allows.
    const qint64 limit = std::max<qint64>(1, options.maxImagePixels);
    auto tooLarge = [&](const QSize &size) {
        return Error{ErrorCode::TooLarge,
                     tr("The image %1 is %2 × %3 pixels, more than the limit of %4 million pixels.")
                         .arg(title)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(double(limit) / 1e6, 0, 'g', 6),
                     Limit::Pixels};
    };
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > limit)
        return tooLarge(declared);
    // 4 bytes per pixel for RGB32, in whole megabytes, rounded up.
    reader.setAllocationLimit(int(std::min<qint64>(INT_MAX, (limit * 4 + (1 << 20) - 1) >> 20)));

    const int wanted = options.maxPages > 0 ? std::min(frames, options.maxPages) : frames;
    std::unique_ptr<ImageDocument> doc(new ImageDocument);
    doc->m_metadata.title = title;
    doc->m_limit = limit;
    QImage first;
    if (!reader.read(&first) || first.isNull()) {
        if (declared.isValid() && qint64(declared.width()) * declared.height() * 4 > (qint64(1) << 31))
            return tooLarge(declared);
        return Error{ErrorCode::Damaged,
                     tr("The image %1 is damaged or truncated and could not be decoded.").arg(title)};
    }
    if (qint64(first.width()) * first.height() > limit)
        return tooLarge(first.size());
    doc->m_pages.append(toPageImage(first));
    doc->m_sizes.append(first.size());

    // Further pages (a fax or scan as one TIFF) are decoded when asked for: fifty A4 pages at 300 DPI
    // would be 1.6 GB decoded. Their sizes come from the headers now, so pageSize() needs no decoding.
    for (int i = 1; i < wanted; ++i) {
        if (!reader.jumpToNextImage())
            break;
        QSize size = reader.size();
        if (!size.isValid())
            break;
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        if (qint64(size.width()) * size.height() > limit)
            return tooLarge(size);
        doc->m_pages.append(QImage());
        doc->m_sizes.append(size);
    }
    if (doc->m_sizes.size() > 1) {
        device->seek(0);
        doc->m_data = device->readAll();
        doc->m_format = format;
    }
    return std::unique_ptr<Document>(std::move(doc));
}

Result<QImage> ImageDocument::decodeFrame(int index) const
{
    QByteArray data = m_data;   // shares the bytes; QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, m_format);
    reader.setAutoTransform(true);
    reader.imageCount();   // see decode(): the TIFF handler wants this first
    reader.setAllocationLimit(int(std::min<qint64>(INT_MAX, (m_limit * 4 + (1 << 20) - 1) >> 20)));
    QImage image;
    if (!reader.jumpToImage(index) || !reader.read(&image) || image.isNull()) {
        return Error{ErrorCode::Damaged,
                     tr("Page %1 of the image %2 is damaged and could not be decoded.")
                         .arg(index + 1)
                         .arg(m_metadata.title)};
    }
    return toPageImage(image);
}

QSize ImageDocument::pageSize(int index) const
{
    return index >= 0 && index < m_sizes.size() ? m_sizes.at(index) : QSize();
}

Result<PageContent> ImageDocument::page(int index, const Cancellation &) const
{
    if (index < 0 || index >= m_sizes.size())
        return Error{ErrorCode::InvalidArgument,
                     tr("Page %1 does not exist; the image has %2 pages.").arg(index + 1).arg(m_sizes.size())};
    PageContent content;
    content.index = index;
    if (!m_pages.at(index).isNull()) {
        content.image = m_pages.at(index);
    } else {
        Result<QImage> decoded = decodeFrame(index);
        if (!decoded.ok())
            return decoded.error();
        content.image = std::move(decoded).value();
    }
    content.ocrRegions.append(content.image.rect());
    return content;
}

} // namespace Blackout
