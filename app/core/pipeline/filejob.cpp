// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/filejob.h"

#include "detect/namedetector.h"
#include "document/documentloader.h"
#include "export/leakcheck.h"
#include "pipeline/pageprocessor.h"
#include "pipeline/testfault.h"
#include "redact/redactionset.h"
#include "redact/sessionfile.h"

#include <QDir>
#include <QFileInfo>

namespace Blackout {

namespace {
QString firstLine(const QString &message)
{
    const QString line = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.isEmpty() ? FileJob::tr("unknown error") : line;
}

// The blackout-cli option that raises the guard an error ran into.
QString limitOption(Limit limit)
{
    switch (limit) {
    case Limit::Pixels:
        return QStringLiteral("--max-megapixels");
    case Limit::MimeParts:
        return QStringLiteral("--max-mime-parts");
    case Limit::MimeDepth:
        return QStringLiteral("--max-mime-depth");
    case Limit::MessageSize:
        return QStringLiteral("--max-message-mb");
    case Limit::None:
        break;
    }
    return {};
}

// One line for the report: the loader's message and, for a guard, how to raise it.
QString describe(const Error &error)
{
    const QString option = limitOption(error.limit);
    QString line = firstLine(error.message);
    if (option.isEmpty())
        return line;
    if (line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return FileJob::tr("%1; raise the limit with %2").arg(line, option);
}

// A page whose every text layer Blackout laid out itself or took from a trusted PDF text layer, redacted in one
// solid colour: the targeted leak check suffices (issue #20). A page with text read by OCR, or with labels or
// noise in its boxes, is read again whole.
bool isLaidOut(const ProcessedPage &page, const RedactionOptions &redaction)
{
    if (redaction.style != RedactionStyleKind::Black && redaction.style != RedactionStyleKind::Colour)
        return false;
    return !page.layers.isEmpty()
        && std::none_of(page.layers.cbegin(), page.layers.cend(), [](const TextLayer &l) { return l.source() == TextSource::Ocr; });
}

LaidOutPage laidOutPage(const ProcessedPage &page, const RedactionSet &set, const RedactionOptions &redaction)
{
    LaidOutPage laidOut;
    for (const TextLayer &layer : page.layers)
        laidOut.text.appendLayer(layer);
    laidOut.boxes = BurnIn::filledBoxes(page.image, set, redaction);
    laidOut.fill = redaction.fill();
    return laidOut;
}

// Paths in the report are as the user named the inputs; outputs are shown the same way.
QStringList outputPaths(const QList<ExportedFile> &files)
{
    QStringList paths;
    for (const ExportedFile &f : files)
        paths.append(QDir::cleanPath(f.path));
    return paths;
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

bool allOutputsExist(const Document &document, const QString &dir, const QString &stem, ImageFormat format)
{
    // The page as one image, or its first tile: the names come from the exporter's own rule.
    for (int p = 1; p <= document.pageCount(); ++p) {
        const QString whole = dir + QLatin1Char('/') + Exporter::fileName(stem, p, 1, 1, format);
        const QString tile = dir + QLatin1Char('/') + Exporter::fileName(stem, p, 1, 2, format);
        if (!QFileInfo::exists(whole) && !QFileInfo::exists(tile))
            return false;
    }
    return document.pageCount() > 0;
}
} // namespace

QString FileJob::timeoutMessage(int seconds)
{
    return tr("stopped after %1 s (raise the limit with --file-timeout)").arg(seconds);
}

QString FileJob::outputDir(const BatchInput &input, const JobOptions &options)
{
    const QString relativeDir = QFileInfo(input.relativePath).path();
    return QDir::cleanPath(options.outputRoot + QLatin1Char('/') + relativeDir);
}

JobResult FileJob::run(const BatchInput &input, const QString &stem, const JobOptions &options,
                       const Cancellation &cancel, const std::function<void()> &pageDone)
{
    JobResult result;
    ReportFile &file = result.file;
    // The deadline rides on the flag every stage already polls (between pages and inside OCR). Opening a
    // file and rendering one PDF page happen inside Poppler/GMime and cannot be interrupted: a single
    // page may overrun the limit by its own rendering time.
    const Cancellation fileCancel = cancel.withDeadline(std::chrono::seconds(std::max(0, options.fileTimeoutSeconds)));
    const auto timedOut = [&] {
        file.ok = false;
        file.error = timeoutMessage(options.fileTimeoutSeconds);
    };
    file.input = input.path;
    file.kind = documentKindId(input.kind);
    TestFault::atFileStart(input.path);

    Result<std::unique_ptr<Document>> opened = DocumentLoader::open(input.path, options.load);
    if (!opened) {
        file.ok = false;
        file.error = describe(opened.error());
        return result;
    }
    const Document &document = *opened.value();
    file.kind = documentKindId(document.kind());

    const QString dir = outputDir(input, options);
    if (options.exportPages && options.skipExisting && allOutputsExist(document, dir, stem, options.format)) {
        result.skippedAsDone = true;
        return result;
    }

    std::optional<SessionFile> session;
    if (options.applySession) {
        Result<SessionFile> loaded = SessionFile::load(SessionFile::pathFor(input.path));
        if (loaded)
            session = std::move(loaded.value());
    }

    if (options.load.maxPages > 0 && document.pageCount() >= options.load.maxPages)
        result.notes.append(tr("%1: only the first %2 pages were read (raise the limit with --max-pages)")
                                .arg(input.path).arg(options.load.maxPages));

    const PageProcessor processor(options.settings);
    // A person named in full on one page is looked for in every form on the pages after it ("Terri L.
    // Mascherin" on page 1, "Ms. Mascherin" on page 3).
    QList<Person> namedBefore;
    for (int index = 0; index < document.pageCount(); ++index) {
        if (cancel.isCancelled()) {
            result.cancelled = true;
            break;
        }
        if (fileCancel.isPastDeadline()) {
            timedOut();
            break;
        }
        Result<ProcessedPage> processed = processor.process(document, index, fileCancel, {}, namedBefore);
        if (!processed) {
            if (processed.error().code == ErrorCode::Cancelled) {
                if (cancel.isCancelled())
                    result.cancelled = true;
                else
                    timedOut();
                break;
            }
            file.ok = false;
            file.error = tr("page %1: %2").arg(index + 1).arg(describe(processed.error()));
            break;
        }
        ProcessedPage &page = processed.value();
        for (const Person &person : NameDetector::peopleNamedIn(page.hits)) {
            if (!namedBefore.contains(person))
                namedBefore.append(person);
        }
        RedactionSet set(page.hits, options.settings);
        if (session)
            session->apply(set, index);

        ReportPage reportPage;
        reportPage.index = index;
        reportPage.width = page.image.width();
        reportPage.height = page.image.height();

        if (options.exportPages) {
            ExportRequest request;
            request.preset = options.preset;
            request.format = options.format;
            request.outputDir = dir;
            request.stem = stem;
            request.pageNumber = index + 1;
            request.overwrite = options.overwrite;
            request.burnt = BurnIn::apply(page.image, set, options.redaction);

            // Rendered and encoded once: the tiles checked are the tiles written (again only after a repair).
            Result<QList<ExportTile>> tiles = Exporter::renderTiles(request);
            const bool targeted = !options.fullLeakCheck && isLaidOut(page, options.redaction);
            reportPage.leakCheck = !options.leakCheck || set.redactedTexts().isEmpty() ? QStringLiteral("none")
                : targeted                                                              ? QStringLiteral("targeted")
                                                                                        : QStringLiteral("full");
            if (tiles && options.leakCheck && !set.redactedTexts().isEmpty()) {
                OcrOptions ocr;
                ocr.language = options.settings.ocrLanguage;
                // Two rounds: find, cover what was found, and confirm.
                for (int round = 0; round < 2; ++round) {
                    const auto fullCheck = [&] {
                        QList<QImage> images;
                        for (const ExportTile &tile : tiles.value())
                            images.append(tile.image);
                        return LeakCheck::check(images, set.redactedTexts(), ocr);
                    };
                    Result<QList<Leak>> leaks = targeted
                        ? LeakCheck::checkTargeted(tiles.value(), laidOutPage(page, set, options.redaction),
                                                   set.redactedTexts(), ocr)
                        : fullCheck();
                    if (!leaks || leaks->isEmpty())
                        break;
                    const bool canRepair = request.crop.isNull() && request.preset.id == QLatin1String("original");
                    if (round == 0 && canRepair && repairLeaks(set, leaks.value(), page.image)) {
                        request.burnt = BurnIn::apply(page.image, set, options.redaction);
                        tiles = Exporter::renderTiles(request);
                        if (!tiles)
                            break;
                        continue;
                    }
                    for (const Leak &leak : leaks.value())
                        result.leakMessages.append(tr("%1: page %2: \"%3\" is still readable near %4,%5")
                                                       .arg(input.path).arg(index + 1).arg(leak.text)
                                                       .arg(leak.where.x()).arg(leak.where.y()));
                    file.leaks += int(leaks->size());
                    break;
                }
            }

            Result<QList<ExportedFile>> written = tiles ? Exporter::writeTiles(request, tiles.value())
                                                        : Result<QList<ExportedFile>>(tiles.error());
            if (!written) {
                file.ok = false;
                file.error = tr("page %1: %2").arg(index + 1).arg(firstLine(written.error().message));
                break;
            }
            reportPage.outputs = outputPaths(written.value());
        }
        for (int i = 0; i < set.hits().size(); ++i)
            reportPage.hits.append(ReportHit{set.hits().at(i), set.isAccepted(i)});
        file.pages.append(reportPage);
        if (pageDone)
            pageDone();
    }
    return result;
}

} // namespace Blackout
