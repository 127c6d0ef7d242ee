// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// National identity and tax numbers with their check digits (UK National Insurance, German Steuer-ID, French
/// NIR, Spanish DNI/NIE, Italian codice fiscale, Dutch BSN, Swedish, Norwegian, Danish and Finnish personal
/// numbers, see IdNumbers), passport, identity-card and driving-licence numbers after their label, and dates
/// of birth after "born", "DOB", "geb.", "né le" and the like. Numbers whose check is weak or absent count only
/// next to words that name them; words that name something else (order, invoice, tracking, phone) keep a
/// number out.
class IdDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Id; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;
};

} // namespace Blackout
