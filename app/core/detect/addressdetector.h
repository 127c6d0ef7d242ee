// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Postal addresses: a house number and a street (with a street type, or any name when a US state and ZIP code
/// or a postcode follows: US, UK, German, French, Spanish, Italian, Dutch, Nordic shapes), an optional unit,
/// then a city with its postcode and the country when written, over one line or several; PO boxes.
class AddressDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Address; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;
};

} // namespace Blackout
