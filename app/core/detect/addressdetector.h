// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Postal addresses: a house number and a street with a street type (US, UK, German, French shapes), an
/// optional unit, then a city with its postcode, over one line or several; PO boxes.
class AddressDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Address; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;
};

} // namespace Blackout
