// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectioncontext.h"
#include "detect/detector.h"
#include "model/hit.h"
#include "model/textlayer.h"

#include <memory>
#include <vector>

namespace Blackout {

/// Runs the enabled detectors over a page's text layers and turns matches into hits with boxes.
class DetectorRegistry {
public:
    /// All of Blackout's detectors.
    static DetectorRegistry standard();

    void add(std::unique_ptr<Detector> detector);

    /// Hits on a page: one per datum. Overlapping matches of different detectors merge (the stronger type
    /// wins, see PiiType); the same datum found in two layers (a PDF text layer and OCR of the same pixels)
    /// is one hit. Hit::layer indexes layers.
    QList<Hit> detect(const QList<TextLayer> &layers, const DetectionContext &context) const;

private:
    std::vector<std::shared_ptr<const Detector>> m_detectors;
};

} // namespace Blackout
