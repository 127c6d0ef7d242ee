// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/pageprocessor.h"

#include "detect/detectioncontext.h"
#include "detect/detectorregistry.h"
#include "ocr/ocrengine.h"

namespace Blackout {

const DetectorRegistry &PageProcessor::detectors()
{
    // Detectors are stateless after construction: one shared registry serves every thread.
    static const DetectorRegistry instance = DetectorRegistry::standard();
    return instance;
}

PageProcessor::PageProcessor(Settings settings) : m_settings(std::move(settings)) {}

Result<ProcessedPage> PageProcessor::process(const Document &document, int index, const Cancellation &cancel,
                                             const std::function<void(int)> &progress,
                                             const QList<Person> &alsoKnown) const
{
    if (cancel.isCancelled())
        return Error{ErrorCode::Cancelled, tr("cancelled")};
    Result<PageContent> content = document.page(index, cancel);
    if (!content)
        return content.error();
    if (progress)
        progress(10);

    ProcessedPage page;
    page.index = index;
    page.image = std::move(content->image);
    page.layers = std::move(content->layers);

    const QList<QRect> &regions = content->ocrRegions;
    if (!regions.isEmpty()) {
        OcrOptions options;
        options.language = m_settings.ocrLanguage;
        Result<OcrEngine *> engine = OcrEngine::forCurrentThread(options);
        if (!engine)
            return engine.error();
        for (int i = 0; i < regions.size(); ++i) {
            const int base = 10 + 80 * i / int(regions.size());
            const int span = 80 / int(regions.size());
            auto regionProgress = [&](int percent) {
                if (progress)
                    progress(base + span * percent / 100);
            };
            Result<TextLayer> layer = engine.value()->recognize(page.image, regions.at(i), cancel, regionProgress);
            if (!layer)
                return layer.error();
            if (!layer->isEmpty())
                page.layers.append(std::move(layer.value()));
        }
    }
    if (cancel.isCancelled())
        return Error{ErrorCode::Cancelled, tr("cancelled")};

    const DetectionContext context =
        DetectionContext::fromSettings(m_settings, document.metadata().people + alsoKnown);
    page.hits = detectors().detect(page.layers, context);
    if (progress)
        progress(100);
    return page;
}

} // namespace Blackout
