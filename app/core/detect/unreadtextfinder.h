// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"
#include "model/textlayer.h"

#include <QList>

namespace Blackout {

/**
 * Text that OCR saw but could not read with confidence: words too small or too blurred to read (a thumbnail's
 * 4-pixel text, a line under a coloured chip). No detector can judge what it cannot read, so such text is
 * not passed silently: it becomes a hit of type `unread` for a person to decide (see report-schema.md).
 */
class UnreadTextFinder {
public:
    /// Runs of doubtful words of an OCR layer, one match per run on a line. Words that another reading of
    /// the same place read with confidence are not doubtful, nor words that a detector read as a datum
    /// (`read`: matches in the layer's text), so a run never swallows a hit of another type.
    static QList<Match> find(const TextLayer &layer, const QList<Match> &read = {});

    /// Below this word confidence (0..1) a word is not read, whatever its size.
    static constexpr float kDoubtfulBelow = 0.45f;
    /// Glyphs lower than this (page pixels) are too small to trust unless read with high confidence.
    static constexpr qreal kTinyGlyph = 6.0;
    static constexpr float kTinyTrustedFrom = 0.85f;
};

} // namespace Blackout
