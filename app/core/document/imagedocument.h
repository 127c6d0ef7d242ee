// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace Blackout {

/**
 * A screenshot, photo or scan: PNG, JPEG (EXIF orientation applied), WebP, TIFF (every page), BMP,
 * GIF (first frame). Each page is the image at its own pixel size, never resampled, in Format_RGB32
 * with transparency flattened onto white; the whole page is one OCR region and there is no text layer.
 */
class ImageDocument : public Document {
    Q_DECLARE_TR_FUNCTIONS(Blackout::ImageDocument)
public:
    static Result<std::unique_ptr<Document>> fromFile(const QString &path, const LoadOptions &options);
    /// nameHint (a file name or extension) helps only when the content does not tell the format.
    static Result<std::unique_ptr<Document>> fromData(const QByteArray &data, const QString &nameHint,
                                                      const LoadOptions &options);
    /// An image already in memory, e.g. pasted from the clipboard.
    static std::unique_ptr<Document> fromImage(const QImage &image, const QString &title);

    DocumentKind kind() const override { return DocumentKind::Image; }
    int pageCount() const override { return int(m_sizes.size()); }
    QSize pageSize(int index) const override;
    Result<PageContent> page(int index, const Cancellation &cancel = {}) const override;
    DocumentMetadata metadata() const override { return m_metadata; }

    /// The image as every page is returned: RGB32, alpha flattened onto white.
    static QImage toPageImage(const QImage &image);

private:
    ImageDocument() = default;
    static Result<std::unique_ptr<Document>> decode(QIODevice *device, const QString &nameHint,
                                                    const QString &title, const LoadOptions &options);

    Result<QImage> decodeFrame(int index) const;

    // The first page is decoded at open (which also proves the file is an image); later pages of a
    // multi-page file stay null here and are decoded from m_data on demand. QImage is implicitly
    // shared, so page() copies no pixels.
    QList<QImage> m_pages;
    QList<QSize> m_sizes;
    QByteArray m_data;       // the file, only when it has more than one page
    QByteArray m_format;
    qint64 m_limit = 0;
    DocumentMetadata m_metadata;
};

} // namespace Blackout
