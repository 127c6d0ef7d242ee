// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// IBANs: the country's length and a valid mod-97 checksum, grouped in fours or not, groups merged or split by OCR, and the usual OCR letter-for-digit slips.
class IbanDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Iban; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// True for an IBAN (letters and digits only, upper case) of its country's length with a valid checksum.
    static bool isValidIban(const QString &compact);
    /// The IBAN length of a country, 0 when the country has none.
    static int countryLength(QStringView country);
};

} // namespace Blackout
