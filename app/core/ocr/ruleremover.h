// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace Blackout {

/**
 * Removes the thin straight lines of a screen or a form (the edge of a toolbar, the border of a pane, a table's
 * grid, a link's underline) from Blackout's OCR image. Where such a line touches a text line, Tesseract reads
 * the glyphs and the line as one blob: a terminal mail reader's "From:" line under its coloured help bar came
 * out as "X D J Ppa". Glyphs have no dark run as long as a rule, so long thin runs can go safely; dark
 * bands as thick as a line of text (bars, photos) are left as they are.
 */
class RuleRemover {
public:
    /// gray: dark text on a light background. textHeight: median glyph height in its pixels (0: do nothing).
    /// darkBelow: gray levels below it are ink. Returns the number of pixels turned to background.
    static int remove(QImage &gray, double textHeight, int darkBelow);
};

} // namespace Blackout
