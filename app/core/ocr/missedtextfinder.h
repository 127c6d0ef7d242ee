// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace Blackout {

/**
 * Finds lines of glyph-like ink that Tesseract's page layout left unread, so they can be read again one
 * line at a time. Layout analysis drops small text beside pictures and icons (the account address next to
 * a webmail avatar, a phone number beside a logo); text that is never read is text that is never redacted.
 */
class MissedTextFinder {
public:
    /// Rectangles (in the prepared image's pixels) of text lines no rectangle of read covers, the longest
    /// first. prepared is Blackout's OCR image (dark text on white); glyphHeight is the median glyph height.
    static QList<QRect> find(const QImage &prepared, const QList<QRect> &read, double glyphHeight);
};

} // namespace Blackout
