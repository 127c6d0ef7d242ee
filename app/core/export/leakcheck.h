// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/result.h"
#include "model/textlayer.h"
#include "ocr/ocrengine.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

namespace Blackout {

struct Leak {
    QString text;        ///< the redacted string that was read again
    int image = 0;       ///< index into the images checked (tile)
    QRect where;         ///< pixels of that image
};

/// A page whose text Blackout laid out itself (a rendered email) or took from a trusted PDF text layer: its
/// complete text with the box of every character, and the boxes burnt into it.
struct LaidOutPage {
    TextLayer text;          ///< page pixels
    QList<QRect> boxes;      ///< as BurnIn filled them, page pixels
    QRgb fill = 0xff000000;  ///< their one solid colour
};

/// Reads exported images again with OCR, independently of the pass that found the hits, and looks for
/// every redacted string (one OCR error allowed in strings of 8 or more characters).
class LeakCheck {
    Q_DECLARE_TR_FUNCTIONS(Blackout::LeakCheck)
public:
    /// The full check: every image read again whole.
    static Result<QList<Leak>> check(const QList<QImage> &images, const QStringList &redactedTexts,
                                     const OcrOptions &options = {});
    /// The targeted check of a laid-out page (issue #20), which needs no OCR of the whole page: (a) every
    /// occurrence of a redacted string in the page's complete text lies under the boxes; (b) the text lines
    /// that a box touches, with one line above and below, read again by OCR, show none of the strings; (c)
    /// the exported pixels inside every box are the fill. Leaks are in pixels of the tile they name.
    static Result<QList<Leak>> checkTargeted(const QList<ExportTile> &tiles, const LaidOutPage &page,
                                             const QStringList &redactedTexts, const OcrOptions &options = {});
};

} // namespace Blackout
