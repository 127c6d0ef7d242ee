// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "export/leakcheck.h"
#include "model/result.h"
#include "model/settings.h"
#include "pipeline/outlinedocument.h"
#include "pipeline/pageprocessor.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Blackout {

/// One request to a page worker process: open a document (to learn its pages), process one of its pages, or
/// read exported images again for what was redacted (LeakCheck).
struct PageJob {
    /// Pixels: the page's image alone, rendered again for the window once its memory let it go.
    enum class Kind { Open, Page, Pixels, LeakCheck };
    Kind kind = Kind::Page;
    QString path;
    LoadOptions load;
    int page = 0;
    Settings settings;
    QString imageDir;   ///< a private folder the page image is written to (ProcessedPageCodec::writeImage)
    QStringList imagePaths;    ///< LeakCheck: the exported images (writeImage files), in order
    QStringList redactedTexts; ///< LeakCheck: what must not be readable in them
};

/// A worker's answer: an opened document's outline, a page (its image in a file), or an error.
struct PageJobResult {
    std::optional<Error> error;
    DocumentOutline outline;           ///< Open
    ProcessedPage page;                ///< Page: all but the image (Pixels: its index)
    QString imagePath;                 ///< Page, Pixels: where the worker wrote the image
    QList<Leak> leaks;                 ///< LeakCheck
};

/// What the window and its page worker processes say to each other over a pipe, one line of JSON each
/// (plus "progress N" lines while a page is read). Only this, PageWorker and the GUI's page jobs know it.
namespace ProcessedPageCodec {
QByteArray encodeJob(const PageJob &job);
std::optional<PageJob> decodeJob(const QByteArray &line);

QByteArray encodeResult(const PageJobResult &result);
std::optional<PageJobResult> decodeResult(const QByteArray &line);

/// Settings as JSON, through Settings::save/load so that no field is forgotten.
QJsonObject encodeSettings(const Settings &settings);
Settings decodeSettings(const QJsonObject &object);

/// A page image handed from a worker to the window through a file: its pixels as they are, lossless, with
/// a small header (a PNG of a 300 dpi page costs some 300 ms to encode and decode; this, a copy).
bool writeImage(const QString &path, const QImage &image);
QImage readImage(const QString &path);

QJsonObject encodeLayer(const TextLayer &layer);
TextLayer decodeLayer(const QJsonObject &object);
QJsonObject encodeHit(const Hit &hit);
Hit decodeHit(const QJsonObject &object);
} // namespace ProcessedPageCodec

} // namespace Blackout
