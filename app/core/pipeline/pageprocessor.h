// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/cancellation.h"
#include "model/hit.h"
#include "model/result.h"
#include "model/settings.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>

namespace Blackout {

class DetectorRegistry;

/// A page read and searched: the pixels, every text layer (layout/PDF text and OCR), and the hits.
struct ProcessedPage {
    int index = 0;
    QImage image;
    QList<TextLayer> layers;
    QList<Hit> hits;
};

/**
 * The one path from a document page to hits, shared by GUI and CLI: render, OCR what has no trustworthy
 * text (with the calling thread's engine), detect. Synchronous and thread-agnostic: call it from worker
 * threads (QtConcurrent), one page per call; several pages of one document may run at once.
 */
class PageProcessor {
    Q_DECLARE_TR_FUNCTIONS(Blackout::PageProcessor)
public:
    explicit PageProcessor(Settings settings);

    /// progress gets 0..100 for this page. alsoKnown: people found on earlier pages of the document, looked
    /// for on this one in every form, like the people of its headers.
    Result<ProcessedPage> process(const Document &document, int index, const Cancellation &cancel = {},
                                  const std::function<void(int)> &progress = {},
                                  const QList<Person> &alsoKnown = {}) const;

    const Settings &settings() const { return m_settings; }
    /// Blackout's detectors, shared by every thread.
    static const DetectorRegistry &detectors();

private:
    Settings m_settings;
};

} // namespace Blackout
