// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/filejob.h"

#include "detect/namedetector.h"
#include "document/documentloader.h"
#include "export/pageexport.h"
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
// Paths in the report are as the user named the inputs; outputs are shown the same way.
QStringList outputPaths(const QList<ExportedFile> &files)
{
    QStringList paths;
    for (const ExportedFile &f : files)
        paths.append(QDir::cleanPath(f.path));
    return paths;
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
            PageExportOptions exportOptions;
            exportOptions.redaction = options.redaction;
            exportOptions.leakCheck = options.leakCheck;
            exportOptions.fullLeakCheck = options.fullLeakCheck;
            exportOptions.ocrLanguage = options.settings.ocrLanguage;
            const Result<PageExportOutcome> exported = PageExport::run(page.image, page.layers, set, request, exportOptions);
            if (!exported) {
                file.ok = false;
                file.error = tr("page %1: %2").arg(index + 1).arg(firstLine(exported.error().message));
                break;
            }
            reportPage.leakCheck = exported->leakCheck;
            for (const Leak &leak : exported->leaks)
                result.leakMessages.append(tr("%1: page %2: \"%3\" is still readable near %4,%5")
                                               .arg(input.path).arg(index + 1).arg(leak.text)
                                               .arg(leak.where.x()).arg(leak.where.y()));
            file.leaks += int(exported->leaks.size());
            reportPage.outputs = outputPaths(exported->files);
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
