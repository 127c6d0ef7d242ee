// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace Blackout {

/**
 * Removes the red wavy underlines that spell checkers draw under words (LibreOffice, Thunderbird's composer,
 * browsers, GTK and Qt text fields) from Blackout's OCR image. A person reads the words through them; Tesseract
 * does not: the squiggle touches the descenders and fills the gap to the next line, so a spreadsheet's column
 * of names came out as "Bien Akes" or not at all. The marks are found by their colour and shape in the colour
 * image (a strongly red, thin, long component whose top edge zigzags) and painted over with the line's
 * background in the gray one. Red text stays: its glyphs are taller than a squiggle or have flat tops.
 */
class SpellMarkRemover {
public:
    /// colour: the page as captured; gray: the same pixels in gray (any polarity), changed in place.
    /// Returns the number of gray pixels turned to background.
    static int remove(const QImage &colour, QImage &gray);
};

} // namespace Blackout
