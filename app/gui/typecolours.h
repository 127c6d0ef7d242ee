// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/piitype.h"

#include <QColor>

namespace Blackout {

/// The colour of each type of data in the window: the swatch in the hits panel and the outline of a proposed
/// box on the page. Mid tones, readable on the light and the dark theme and on white pages.
class TypeColours {
public:
    static QColor of(PiiType type);
};

} // namespace Blackout
