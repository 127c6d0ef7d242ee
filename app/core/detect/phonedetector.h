// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Phone numbers through libphonenumber's matcher (lenient, for recall), in the context's region and, for
/// numbers written with a national trunk prefix, in a few other common regions. Look-alikes the matcher
/// still takes (dates, times, prices, versions, order numbers, ISBNs, card and IBAN digits) are rejected by
/// their shape and the words before them.
class PhoneDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Phone; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// For every byte offset of text.toUtf8() (and one past the end), the QString index it belongs to.
    static QList<int> utf8ToStringIndex(const QString &text);
};

} // namespace Blackout
