// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY stand-ins for core functions whose real implementation has not landed on main yet (see
// CMakeLists.txt in this folder). They do the least that lets the GUI run: no OCR, no detection, black fills.
// Never ship with any of these switched on.
#include "detect/detectioncontext.h"
#include "detect/detectorregistry.h"
#include "document/documentloader.h"
#include "document/emaildocument.h"
#include "document/mboxdocument.h"
#include "export/exporter.h"
#include "export/exportpreset.h"
#include "export/leakcheck.h"
#include "ocr/ocrengine.h"
#include "pipeline/pageprocessor.h"
#include "redact/burnin.h"
#include "redact/redactionset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

namespace Blackout {

#ifdef BLACKOUT_PENDING_REDACT_REDACTIONSET
RedactionSet::RedactionSet(QList<Hit> hits, const Settings &settings) : m_hits(std::move(hits))
{
    for (const Hit &h : m_hits)
        m_decisions.append(settings.isEnabled(h.type) ? Decision::Accepted : Decision::Rejected);
}
void RedactionSet::setDecision(int hitIndex, Decision decision)
{
    if (hitIndex >= 0 && hitIndex < m_decisions.size())
        m_decisions[hitIndex] = decision;
}
int RedactionSet::addRegion(const QRect &rect)
{
    m_regions.append({m_nextRegionId, rect});
    return m_nextRegionId++;
}
void RedactionSet::insertRegion(const ManualRegion &region)
{
    m_regions.append(region);
    m_nextRegionId = std::max(m_nextRegionId, region.id + 1);
}
bool RedactionSet::moveRegion(int id, const QRect &rect)
{
    for (ManualRegion &r : m_regions)
        if (r.id == id) {
            r.rect = rect;
            return true;
        }
    return false;
}
bool RedactionSet::removeRegion(int id)
{
    return m_regions.removeIf([id](const ManualRegion &r) { return r.id == id; }) > 0;
}
std::optional<ManualRegion> RedactionSet::region(int id) const
{
    for (const ManualRegion &r : m_regions)
        if (r.id == id)
            return r;
    return std::nullopt;
}
QList<QRect> RedactionSet::boxesToRedact() const
{
    QList<QRect> boxes;
    for (int i = 0; i < m_hits.size(); ++i)
        if (isAccepted(i))
            boxes += m_hits.at(i).boxes;
    for (const ManualRegion &r : m_regions)
        boxes.append(r.rect);
    return boxes;
}
QStringList RedactionSet::redactedTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_hits.size(); ++i)
        if (isAccepted(i))
            texts.append(m_hits.at(i).text);
    return texts;
}
#endif

#ifdef BLACKOUT_PENDING_REDACT_BURNIN
RedactionOptions RedactionOptions::fromSettings(const Settings &settings)
{
    return {settings.style, settings.styleColour, settings.hideWidth};
}
QList<QRect> BurnIn::filledBoxes(const QImage &page, const RedactionSet &set, const RedactionOptions &)
{
    QList<QRect> boxes;
    for (const QRect &r : set.boxesToRedact())
        boxes.append(r.intersected(page.rect()));
    return boxes;
}
QImage BurnIn::apply(const QImage &page, const RedactionSet &set, const RedactionOptions &options)
{
    QImage out = page.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    for (const QRect &r : filledBoxes(page, set, options))
        p.fillRect(r, options.style == RedactionStyleKind::Colour ? options.colour : QColor(Qt::black));
    return out;
}
#endif

#ifdef BLACKOUT_PENDING_EXPORT_EXPORTPRESET
QList<ExportPreset> ExportPreset::all()
{
    return {{QStringLiteral("original"), QStringLiteral("Original size"), 0, 0, 0, 0, 0, 0},
            {QStringLiteral("x"), QStringLiteral("X"), 4096, 4096, 5'000'000, 4, 1000, 0}};
}
std::optional<ExportPreset> ExportPreset::byId(const QString &id)
{
    for (const ExportPreset &p : all())
        if (p.id == id)
            return p;
    return std::nullopt;
}
#endif

#ifdef BLACKOUT_PENDING_EXPORT_EXPORTER
QString imageFormatId(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    case ImageFormat::Png:
        break;
    }
    return QStringLiteral("png");
}
std::optional<ImageFormat> imageFormatFromId(const QString &id)
{
    for (ImageFormat f : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp})
        if (imageFormatId(f) == id)
            return f;
    return std::nullopt;
}
QList<QImage> Exporter::render(const ExportRequest &request)
{
    QImage img = request.crop.isNull() ? request.burnt : request.burnt.copy(request.crop);
    if (request.preset.maxWidth > 0 && img.width() > request.preset.maxWidth)
        img = img.scaledToWidth(request.preset.maxWidth, Qt::SmoothTransformation);
    return {img};
}
Result<QList<ExportedFile>> Exporter::exportPage(const ExportRequest &request)
{
    QList<ExportedFile> files;
    for (const QImage &img : render(request)) {
        const QString path = QDir(request.outputDir)
                                 .filePath(QStringLiteral("%1-p%2.%3").arg(request.stem).arg(request.pageNumber)
                                               .arg(request.format == ImageFormat::Jpeg ? QStringLiteral("jpg")
                                                                                        : imageFormatId(request.format)));
        if (!img.save(path))
            return Error{ErrorCode::WriteFailed, tr("Could not write %1.").arg(path)};
        files.append({path, img.size(), QFileInfo(path).size()});
    }
    return files;
}
#endif

#ifdef BLACKOUT_PENDING_EXPORT_LEAKCHECK
Result<QList<Leak>> LeakCheck::check(const QList<QImage> &, const QStringList &, const OcrOptions &)
{
    return QList<Leak>();
}
#endif

#ifdef BLACKOUT_PENDING_OCR_OCRENGINE
QStringList OcrEngine::availableLanguages(const QString &)
{
    return {QStringLiteral("eng"), QStringLiteral("deu")};
}
#endif

#ifdef BLACKOUT_PENDING_PIPELINE_PAGEPROCESSOR
PageProcessor::PageProcessor(Settings settings) : m_settings(std::move(settings)) {}
Result<ProcessedPage> PageProcessor::process(const Document &document, int index, const Cancellation &cancel,
                                             const std::function<void(int)> &progress) const
{
    if (cancel.isCancelled())
        return Error{ErrorCode::Cancelled, tr("Cancelled.")};
    auto page = document.page(index);
    if (!page)
        return page.error();
    // No OCR here: only text the document itself knows (email layout, PDF text layer) is searched.
    const DetectionContext context = DetectionContext::fromSettings(m_settings, document.metadata().people);
    QList<Hit> hits = DetectorRegistry::standard().detect(page->layers, context);
    if (progress)
        progress(100);
    return ProcessedPage{index, page->image, page->layers, hits};
}
#endif

#ifdef BLACKOUT_PENDING_DOCUMENT_DOCUMENTLOADER
namespace {
class PendingImageDocument : public Document {
public:
    PendingImageDocument(QImage image, QString title) : m_image(std::move(image)), m_title(std::move(title)) {}
    DocumentKind kind() const override { return DocumentKind::Image; }
    int pageCount() const override { return 1; }
    QSize pageSize(int) const override { return m_image.size(); }
    Result<PageContent> page(int index) const override { return PageContent{index, m_image, {}, {m_image.rect()}}; }
    DocumentMetadata metadata() const override { return {m_title, {}}; }

private:
    QImage m_image;
    QString m_title;
};
} // namespace
std::optional<DocumentKind> DocumentLoader::sniff(const QString &)
{
    return std::nullopt;
}
std::optional<DocumentKind> DocumentLoader::sniffData(const QByteArray &, const QString &)
{
    return std::nullopt;
}
Result<std::unique_ptr<Document>> DocumentLoader::open(const QString &path, const LoadOptions &options)
{
    if (path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Unreadable, tr("The file cannot be read.")};
        return EmailDocument::fromData(file.readAll(), options);
    }
    if (path.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive))
        return MboxDocument::fromFile(path, options);
    QImage image(path);
    if (image.isNull())
        return Error{ErrorCode::UnsupportedFormat, tr("Blackout cannot open this kind of file yet.")};
    return openImage(image, QFileInfo(path).fileName());
}
Result<std::unique_ptr<Document>> DocumentLoader::openData(const QByteArray &, const QString &, const LoadOptions &)
{
    return Error{ErrorCode::UnsupportedFormat, tr("Blackout cannot open this kind of file yet.")};
}
Result<std::unique_ptr<Document>> DocumentLoader::openImage(const QImage &image, const QString &title)
{
    if (image.isNull())
        return Error{ErrorCode::Unreadable, tr("The image is empty.")};
    return std::unique_ptr<Document>(new PendingImageDocument(image.convertToFormat(QImage::Format_RGB32), title));
}
#endif

} // namespace Blackout
