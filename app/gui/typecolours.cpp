// SPDX-License-Identifier: GPL-3.0-or-later
#include "typecolours.h"

namespace Blackout {

namespace {
struct TypeColour {
    PiiType type;
    QRgb rgb;
};

// One table; neighbours in the hits panel (types in priority order) differ in hue.
constexpr TypeColour kColours[] = {
    {PiiType::Email, 0x3A78C4},   // blue
    {PiiType::Card, 0xD43F3A},    // red
    {PiiType::Iban, 0x8E6C4A},    // brown
    {PiiType::Secret, 0x9B59B6},  // purple
    {PiiType::Ssn, 0xC2185B},     // crimson
    {PiiType::Id, 0xB08900},      // dark yellow
    {PiiType::Phone, 0x43A047},   // green
    {PiiType::Ip, 0x0097C7},      // sky blue
    {PiiType::Url, 0xE08E0B},     // amber
    {PiiType::Address, 0x00897B}, // teal
    {PiiType::Name, 0xE6501A},    // orange red (every proposed box had it before types had colours)
    {PiiType::Custom, 0x546E7A},  // blue grey
    {PiiType::Unread, 0x8A8A8A},  // grey
};
} // namespace

QColor TypeColours::of(PiiType type)
{
    for (const TypeColour &c : kColours) {
        if (c.type == type)
            return QColor::fromRgb(c.rgb);
    }
    return QColor(230, 80, 20);
}

} // namespace Blackout
