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
    /// Tesseract language(s) or script, e.g. "eng+deu" or "Latin"; empty: OcrEngine::automaticLanguage().
    QString language;
    QString tessdataPath;                        ///< empty: the system's tessdata folder
    /// How Tesseract finds text: Auto (PSM_AUTO, columns and paragraphs) or Sparse (PSM_SPARSE_TEXT, any
    /// text anywhere). Auto read more addresses and phone numbers on the screenshots of the development set
    /// (198 vs 195 of 204) at the same speed, so it is the default for screenshots and scans alike.
    enum class Layout { Auto, Sparse };
    Layout layout = Layout::Auto;
    bool preprocess = true;                      ///< Blackout's preprocessing; false hands Tesseract the pixels
    double targetTextHeight = 14;                ///< upscale until a median glyph is about this tall (pixels)

    /// Identifies options that need an engine of their own (see OcrEngine::forCurrentThread()).
    QString key() const;
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
    /// The model used when no language is chosen: Tesseract's Latin script model when installed, else eng.
    /// It reads English as well as eng does and, unlike eng, the diacritics of European names (Muñoz,
    /// Côté, Łukasz), which eng turns into "Mufioz", "Cété", "tukasz" and a detector cannot find again.
    static QString automaticLanguage(const QString &tessdataPath = {});
    /// The tessdata folder used for tessdataPath: itself when set, else TESSDATA_PREFIX, else the system's.
    static QString tessdataFolder(const QString &tessdataPath = {});

    const OcrOptions &options() const;

    ~OcrEngine();

    /// Reads the text of region (the whole image when null) of image. Boxes are in image pixels.
    /// progress (0..100) may be called from inside Tesseract; cancellation is honoured within a page.
    Result<TextLayer> recognize(const QImage &image, const QRect &region = {},
                                const Cancellation &cancel = {},
                                const std::function<void(int)> &progress = {});

    /// Reads lines (image pixels; one line of text each, as a page laid out by Blackout knows them) stacked
    /// as one block, without page layout analysis or Blackout's second readings: the leak check's quick
    /// look at the lines around a box. Boxes are in image pixels.
    Result<TextLayer> recognizeLines(const QImage &image, const QList<QRect> &lines);
private:
    OcrEngine();
    /// recognize() for one panel of the page.
    Result<TextLayer> readArea(const QImage &image, const QRect &area, const Cancellation &cancel,
                               const std::function<void(int)> &progress);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Blackout
