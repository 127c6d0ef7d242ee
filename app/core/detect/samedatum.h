// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hit.h"

#include <QList>

namespace Blackout {

/**
 * OCR reads one datum several times on a page (a header and its quote, a list row and the open message) and
 * slips in some of the readings: "grace.gallagherGtailspintoys.com" beside grace.gallagher@tailspintoys.com,
 * "danielpatel@yahoo.co" cut at a column's edge beside danielpatel@yahoo.co.uk. A reading of an email address
 * (or an unread text of its shape) within a slip or two of an address read cleanly elsewhere on the page is
 * that address: the report and the review name it, not the slip.
 */
namespace SameDatum {
/// Whether two readings' boxes lie on the same glyphs, not on two lines that a tall box of one touches.
bool sameLine(const QList<QRect> &a, const QList<QRect> &b);

/// Rewrites hits read by OCR that slipped from an email address read in full among hits; a rewritten hit
/// that then repeats another at the same place joins it.
void snapEmailAddresses(QList<Hit> &hits);
} // namespace SameDatum

} // namespace Blackout
