// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectioncontext.h"
#include "model/piitype.h"

#include <QList>
#include <QString>

namespace Blackout {

/// A span of a text that a detector recognises as personal data.
struct Match {
    Match() = default;
    Match(PiiType type, int start, int length, double certainty = 1.0)
        : type(type), start(start), length(length), certainty(certainty)
    {
    }

    PiiType type = PiiType::Custom;
    int start = 0;           ///< QString (UTF-16) index into the searched text
    int length = 0;
    double certainty = 1.0;  ///< 0..1, how sure the detector is on its own
    QString reading;         ///< the datum as the detector reads it where OCR slipped; empty: the text's own
};

/// One detector per data type; stateless after construction, safe to share between threads.
class Detector {
public:
    virtual ~Detector() = default;
    virtual PiiType type() const = 0;
    virtual QList<Match> find(const QString &text, const DetectionContext &context) const = 0;
};

} // namespace Blackout
