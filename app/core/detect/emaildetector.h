// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Email addresses, also as OCR misreads them: ©, (at), [at] or " at " for @, a space after a dot,
/// a dropped dot before a common top-level domain, a line break inside.
class EmailDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Email; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;
};

} // namespace Blackout
