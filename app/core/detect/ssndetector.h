// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// US social security numbers in valid ranges, grouped by dashes, dots or spaces; nine bare digits only next to
/// words that say so (SSN, SS#, Social Security No.).
class SsnDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Ssn; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// Area not 000/666/9xx, group not 00, serial not 0000.
    static bool validParts(int area, int group, int serial);
};

} // namespace Blackout
