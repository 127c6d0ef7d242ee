// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pageexport.h"

#include <algorithm>

namespace Blackout {

namespace {

LaidOutPage laidOutPage(const QImage &page, const QList<TextLayer> &layers, const RedactionSet &set,
                        const RedactionOptions &redaction)
{
    LaidOutPage laidOut;
    for (const TextLayer &layer : layers)
        laidOut.text.appendLayer(layer);
    laidOut.boxes = BurnIn::filledBoxes(page, set, redaction);
    laidOut.fill = redaction.fill();
    return laidOut;
}

// A leak's position, grown a little, becomes a manual region: the same datum printed somewhere that
// detection did not flag is still the datum.
bool repairLeaks(RedactionSet &set, const QList<Leak> &leaks, const QImage &page)
{
    bool changed = false;
    for (const Leak &leak : leaks) {
        if (leak.image != 0 || leak.where.isNull())
            continue;
        const int pad = std::max(2, leak.where.height() / 6);
        const QRect box = leak.where.adjusted(-pad, -pad, pad, pad).intersected(page.rect());
        if (!box.isEmpty()) {
            set.addRegion(box);
            changed = true;
        }
    }
    return changed;
}

// What the person chose to keep is no leak: a number kept in one place and redacted in another reads again
// where it was kept. A leak whose centre lies in a kept hit's box (in the tile's pixels) is dropped.
QList<Leak> outsideKeptHits(const QList<Leak> &leaks, const RedactionSet &set, const QList<ExportTile> &tiles)
{
    QList<Leak> left;
    for (const Leak &leak : leaks) {
        bool kept = false;
        for (int i = 0; i < set.hits().size() && !kept && leak.image < tiles.size(); ++i) {
            if (set.isAccepted(i))
                continue;
            for (const QRect &box : set.hits().at(i).boxes) {
                if (tiles.at(leak.image).toImage.mapRect(QRectF(box)).contains(QRectF(leak.where).center())) {
                    kept = true;
                    break;
                }
            }
        }
        if (!kept)
            left.append(leak);
    }
    return left;
}

// Whether the targeted check suits the page: no text of it came from OCR, and its boxes are one solid colour.
bool isLaidOut(const QList<TextLayer> &layers, const RedactionOptions &redaction)
{
    if (redaction.style != RedactionStyleKind::Black && redaction.style != RedactionStyleKind::Colour)
        return false;
    return !layers.isEmpty()
        && std::none_of(layers.cbegin(), layers.cend(), [](const TextLayer &l) { return l.source() == TextSource::Ocr; });
}

} // namespace

Result<PageExportOutcome> PageExport::run(const QImage &page, const QList<TextLayer> &layers, RedactionSet &set,
                                          ExportRequest request, const PageExportOptions &options)
{
    PageExportOutcome outcome;
    request.burnt = BurnIn::apply(page, set, options.redaction);
    // Rendered and encoded once: the tiles checked are the tiles written (again only after a repair).
    Result<QList<ExportTile>> tiles = Exporter::renderTiles(request);
    if (!tiles)
        return tiles.error();
    const bool check = options.leakCheck && !set.redactedTexts().isEmpty();
    const bool targeted = !options.fullLeakCheck && isLaidOut(layers, options.redaction);
    outcome.leakCheck = !check ? QStringLiteral("none") : targeted ? QStringLiteral("targeted") : QStringLiteral("full");
    if (check) {
        OcrOptions ocr;
        ocr.language = options.ocrLanguage;
        // Two rounds: find, cover what was found, and confirm. Only a whole page at its own size can be
        // repaired: a leak's pixels are then the page's.
        for (int round = 0; round < 2; ++round) {
            const auto fullCheck = [&] {
                QList<QImage> images;
                for (const ExportTile &tile : tiles.value())
                    images.append(tile.image);
                return LeakCheck::check(images, set.redactedTexts(), ocr);
            };
            Result<QList<Leak>> leaks = targeted
                ? LeakCheck::checkTargeted(tiles.value(), laidOutPage(page, layers, set, options.redaction),
                                           set.redactedTexts(), ocr)
                : fullCheck();
            // A check that could not run (no OCR model) leaves the page written, as the batch always did.
            if (!leaks)
                break;
            leaks = outsideKeptHits(leaks.value(), set, tiles.value());
            if (leaks->isEmpty())
                break;
            const bool canRepair = request.crop.isNull() && request.preset.id == QLatin1String("original");
            if (round == 0 && canRepair && repairLeaks(set, leaks.value(), page)) {
                request.burnt = BurnIn::apply(page, set, options.redaction);
                tiles = Exporter::renderTiles(request);
                if (!tiles)
                    return tiles.error();
                continue;
            }
            outcome.leaks = leaks.value();
            break;
        }
    }
    Result<QList<ExportedFile>> written = Exporter::writeTiles(request, tiles.value());
    if (!written)
        return written.error();
    outcome.files = written.value();
    return outcome;
}

} // namespace Blackout
