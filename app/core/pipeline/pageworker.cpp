// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/pageworker.h"

#include "document/documentloader.h"
#include "pipeline/outlinedocument.h"
#include "pipeline/pageprocessor.h"
#include "pipeline/processedpagecodec.h"
#include "pipeline/testfault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Blackout::PageWorker {

namespace {
void send(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

struct OpenDocument {
    QString path;
    int dpi = 0;
    QString password;
    std::unique_ptr<Document> document;
};

/// The document of job, opened now or kept from the job before.
Result<const Document *> documentFor(OpenDocument &open, const PageJob &job)
{
    if (open.document && open.path == job.path && open.dpi == job.load.dpi && open.password == job.load.password)
        return static_cast<const Document *>(open.document.get());
    open.document.reset();
    TestFault::atFileStart(job.path);
    auto opened = DocumentLoader::open(job.path, job.load);
    if (!opened)
        return opened.error();
    open.path = job.path;
    open.dpi = job.load.dpi;
    open.password = job.load.password;
    open.document = std::move(opened).value();
    return static_cast<const Document *>(open.document.get());
}

PageJobResult failure(const Error &error)
{
    PageJobResult result;
    result.error = error;
    return result;
}

/// The window's export preview read again for what was redacted: OCR of pixels that came from an untrusted
/// file, so here and not in the window.
PageJobResult checkLeaks(const PageJob &job)
{
    TestFault::atFileStart(QStringLiteral("leak-check"));
    QList<QImage> images;
    for (const QString &path : job.imagePaths) {
        images.append(ProcessedPageCodec::readImage(path));
        if (images.last().isNull())
            return failure({ErrorCode::Damaged, QCoreApplication::translate("Blackout::PageWorker", "an exported image could not be read")});
    }
    OcrOptions ocr;
    ocr.language = job.settings.ocrLanguage;
    Result<QList<Leak>> leaks = LeakCheck::check(images, job.redactedTexts, ocr);
    if (!leaks)
        return failure(leaks.error());
    PageJobResult result;
    result.leaks = std::move(leaks).value();
    return result;
}
/// Writes the page's image into the job's private folder for the window, which reads it from there: a pipe
/// of JSON lines is no place for 30 MB of pixels.
PageJobResult handOverImage(PageJobResult result, const PageJob &job)
{
    result.imagePath = QDir(job.imageDir).filePath(
        QStringLiteral("page-%1-%2.image").arg(job.page).arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!ProcessedPageCodec::writeImage(result.imagePath, result.page.image)) {
        QFile::remove(result.imagePath);
        return failure({ErrorCode::WriteFailed,
                        QCoreApplication::translate("Blackout::PageWorker", "the page image could not be written")});
    }
    result.page.image = QImage();
    return result;
}

/// A page's pixels again, without reading its text: the window dropped them to stay within its memory.
PageJobResult renderPixels(const Document &document, const PageJob &job)
{
    Result<PageContent> content = document.page(job.page);
    if (!content)
        return failure(content.error());
    PageJobResult result;
    result.page.index = job.page;
    result.page.image = std::move(content->image);
    return handOverImage(std::move(result), job);
}
} // namespace

int run()
{
    // Ctrl+C in the window's terminal reaches the whole process group: the window decides what stops, and
    // a worker never outlives it.
    std::signal(SIGINT, SIG_IGN);
#ifdef Q_OS_LINUX
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    OpenDocument open;
    QByteArray settingsKey;
    std::unique_ptr<PageProcessor> processor;
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto job = ProcessedPageCodec::decodeJob(QByteArray::fromStdString(line));
        if (!job)
            return 2;
        if (job->kind == PageJob::Kind::LeakCheck) {
            send(ProcessedPageCodec::encodeResult(checkLeaks(*job)));
            continue;
        }
        const Result<const Document *> document = documentFor(open, *job);
        if (!document) {
            send(ProcessedPageCodec::encodeResult(failure(document.error())));
            continue;
        }
        PageJobResult result;
        if (job->kind == PageJob::Kind::Open) {
            result.outline = OutlineDocument::outlineOf(*document.value());
            send(ProcessedPageCodec::encodeResult(result));
            continue;
        }
        TestFault::atPageStart(job->path, job->page);
        if (job->kind == PageJob::Kind::Pixels) {
            send(ProcessedPageCodec::encodeResult(renderPixels(*document.value(), *job)));
            continue;
        }
        // One processor (and OCR engine) while the settings stay the same.
        const QByteArray key = QJsonDocument(ProcessedPageCodec::encodeSettings(job->settings)).toJson();
        if (!processor || key != settingsKey) {
            processor = std::make_unique<PageProcessor>(job->settings);
            settingsKey = key;
        }
        auto processed = processor->process(*document.value(), job->page, {}, [](int percent) {
            send(QByteArrayLiteral("progress ") + QByteArray::number(percent) + '\n');
        });
        if (!processed) {
            send(ProcessedPageCodec::encodeResult(failure(processed.error())));
            continue;
        }
        result.page = std::move(processed).value();
        result.page.index = job->page;
        send(ProcessedPageCodec::encodeResult(handOverImage(std::move(result), *job)));
    }
    return 0;
}

} // namespace Blackout::PageWorker
