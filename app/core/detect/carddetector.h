// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Payment card numbers: Luhn-valid, with a known issuer prefix and length; digits bare, grouped by spaces or
/// dashes, or in the card's own dotted groups. Not a run glued to letters, after '+' or after an IBAN's head.
class CardDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Card; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    static bool luhnValid(QStringView digits);
    /// A known issuer (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro) for these digits.
    static bool knownIssuer(QStringView digits);
};

} // namespace Blackout
