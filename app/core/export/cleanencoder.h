// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QImage>

namespace Blackout {

/**
 * Encodes pixels and nothing else. Qt's writers add text keys, colour profiles and comments when the
 * QImage carries them; the image is rebuilt from bare pixels first, and the bytes are then filtered
 * again so that whatever a future writer adds (pHYs, tIME, EXIF, XMP, ICC, comments) is dropped.
 */
class CleanEncoder {
public:
    /// quality 0..100 for JPEG and WebP (ignored for PNG). Empty on failure.
    static QByteArray encode(const QImage &image, ImageFormat format, int quality);
    /// Keeps only what decoding needs: PNG IHDR/PLTE/tRNS/IDAT/IEND; JPEG without APPn (except JFIF
    /// APP0) and COM segments; WebP reduced to its bare VP8/VP8L chunk. Empty when the bytes are not
    /// a well-formed file of that format.
    static QByteArray stripMetadata(const QByteArray &bytes, ImageFormat format);
};

} // namespace Blackout
