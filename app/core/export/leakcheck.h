// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "ocr/ocrengine.h"

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

/// Reads exported images again with OCR, independently of the pass that found the hits, and looks for
/// every redacted string (one OCR error allowed in strings of 8 or more characters).
class LeakCheck {
public:
    static Result<QList<Leak>> check(const QList<QImage> &images, const QStringList &redactedTexts,
                                     const OcrOptions &options = {});
};

} // namespace Blackout
