// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace Blackout {

/**
 * A PDF opened with Poppler. Pages are rendered on demand at LoadOptions::dpi; the text layer is
 * returned as a TextSource::Text layer, and whatever part of the page the text layer does not
 * trustworthily describe (scans, pictures, text hidden under boxes or under another text layer) is
 * listed in PageContent::ocrRegions (see PdfTextTrust).
 */
class PdfDocument : public Document {
    Q_DECLARE_TR_FUNCTIONS(Blackout::PdfDocument)
public:
    ~PdfDocument() override;

    /// Opens a PDF file; options.password unlocks an encrypted one (user or owner password).
    static Result<std::unique_ptr<Document>> fromFile(const QString &path, const LoadOptions &options);
    /// The same from memory.
    static Result<std::unique_ptr<Document>> fromData(const QByteArray &data, const LoadOptions &options);

    DocumentKind kind() const override { return DocumentKind::Pdf; }
    /// The number of pages, capped at LoadOptions::maxPages.
    int pageCount() const override { return m_pageCount; }
    /// The page count of the file before the cap.
    int totalPageCount() const { return m_totalPageCount; }
    QSize pageSize(int index) const override;
    Result<PageContent> page(int index, const Cancellation &cancel = {}) const override;
    DocumentMetadata metadata() const override { return m_metadata; }

private:
    PdfDocument() = default;
    static Result<std::unique_ptr<Document>> finishOpening(std::unique_ptr<Poppler::Document> doc,
                                                           const QString &fileName, int largeImages,
                                                           const LoadOptions &options);
    bool looksLikeOcrLayer(int index) const;

    mutable QMutex m_mutex;   // Poppler documents are not thread-safe
    std::unique_ptr<Poppler::Document> m_doc;
    LoadOptions m_options;
    int m_pageCount = 0;
    int m_totalPageCount = 0;
    bool m_rasterHeavy = false;   // most pages carry a large raster image (a scan)
    mutable QList<QSize> m_pageSizes;   // filled on demand; empty QSize = not asked yet
    DocumentMetadata m_metadata;
};

} // namespace Blackout
