// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cancellation.h"
#include "model/result.h"
#include "model/textlayer.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QStringList>

#include <functional>
#include <memory>

namespace Blackout {

struct OcrOptions {
    QString language = QStringLiteral("eng");   ///< Tesseract language(s), e.g. "eng+deu"
    QString tessdataPath;                        ///< empty: the system's tessdata folder
};

/**
 * One Tesseract engine (TessBaseAPI) with Blackout's preprocessing. Not thread-safe: use one per thread,
 * e.g. through OcrEngine::forCurrentThread(), which keeps one per worker thread and reuses it across pages.
 */
class OcrEngine {
    Q_DECLARE_TR_FUNCTIONS(Blackout::OcrEngine)
public:
    static Result<std::unique_ptr<OcrEngine>> create(const OcrOptions &options);
    /// The engine of the calling thread for these options, created on first use and kept for the thread's
    /// life. Also limits OpenMP inside this thread (see ocrengine.cpp).
    static Result<OcrEngine *> forCurrentThread(const OcrOptions &options);
    /// The languages installed in the tessdata folder ("eng", "deu", ...).
    static QStringList availableLanguages(const QString &tessdataPath = {});

    ~OcrEngine();

    /// Reads the text of region (the whole image when null) of image. Boxes are in image pixels.
    /// progress (0..100) may be called from inside Tesseract; cancellation is honoured within a page.
    Result<TextLayer> recognize(const QImage &image, const QRect &region = {},
                                const Cancellation &cancel = {},
                                const std::function<void(int)> &progress = {});

private:
    OcrEngine();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Blackout
