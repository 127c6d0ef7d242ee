// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Blackout {

/// The user's own regular expressions (DetectionContext::customPatterns). An invalid pattern finds nothing.
class CustomDetector : public Detector {
    Q_DECLARE_TR_FUNCTIONS(Blackout::CustomDetector)
public:
    PiiType type() const override { return PiiType::Custom; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// Ok, or an InvalidArgument error with a sentence saying what is wrong with the pattern.
    static Status validatePattern(const QString &pattern);
};

} // namespace Blackout
