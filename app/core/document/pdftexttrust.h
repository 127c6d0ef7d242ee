// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/textlayer.h"

#include <QImage>
#include <QList>
#include <QRect>

namespace Blackout {

/**
 * Decides where a PDF text layer can be trusted to be what a reader sees on the rendered page.
 *
 * What gets published are the pixels, so text that is not visible (under a black box, white on white,
 * an invisible OCR layer over a scan, a second hidden layer over the visible text) must not be the only
 * source of text there, and pixels with no text behind them (pictures, scans) need OCR. The checks work
 * on the rendered page and the text layer only, so they are cheap on a clean text page:
 *  - per word: is there glyph-like contrast inside its box, or is the box uniform (hidden or covered)?
 *  - per word: do its ink pixels look drawn (one exact fill colour, anti-aliased edges) or scanned
 *    (noisy colours, or hard 1-bit edges)? A page whose words mostly look scanned is OCR'd whole.
 *  - words that overlap another word with different text: two layers disagree, OCR decides.
 *  - textured ink (strokes in both directions) far from every word: a picture or a scan.
 */
class PdfTextTrust {
public:
    struct Verdict {
        QList<QRect> regions;   ///< what should be OCR'd, in page pixels
        bool wholePage = false;
        int words = 0;          ///< words large enough to judge
        int scanned = 0;        ///< words whose ink looks scanned rather than drawn
        int hidden = 0;         ///< words with no visible glyph contrast in their box
        int conflicting = 0;    ///< words overlapped by a different word
        int uncoveredCells = 0; ///< grid cells with textured ink and no word near them
    };

    static Verdict assess(const QImage &page, const TextLayer &layer);
    static QList<QRect> untrustedRegions(const QImage &page, const TextLayer &layer)
    {
        return assess(page, layer).regions;
    }
};

} // namespace Blackout
