// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace Blackout {

/**
 * Splits a screenshot into the panels of its user interface (a mail client's folder list, message list and
 * reading pane) along the vertical borders between them, so that each panel is read on its own.
 *
 * Tesseract's column finding depends on the resolution it is told and, after background normalisation
 * has made every panel white, often reads a list entry and the reading pane's line beside it as one line:
 * "Jesús Muñoz Jun 26 1906 5685" broke a card number and a name apart. A panel border is a vertical edge
 * that runs unbroken over much of the image's height; text never makes one.
 */
class PanelSplitter {
public:
    /// The rectangles (in gray's pixels) to read separately, in reading order: the band above the panels,
    /// the panels left to right, the band below. One rectangle, the whole image, when there are no panels.
    static QList<QRect> split(const QImage &gray);
};

} // namespace Blackout
