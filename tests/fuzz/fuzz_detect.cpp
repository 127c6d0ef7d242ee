// SPDX-License-Identifier: GPL-3.0-or-later
// arbitrary UTF-16 text -> every detector through the registry, with people and a watch list.
#include "detect/detectorregistry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Blackout::DetectorRegistry registry = Blackout::DetectorRegistry::standard();
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2));
    Blackout::TextLayer layer(Blackout::TextSource::Ocr);
    for (int i = 0; i < text.size(); ++i)
        layer.appendChar(text.at(i), QRectF(i % 200 * 8, i / 200 * 16, 8, 14), 0.9f);
    Blackout::DetectionContext context;
    context.people = {{QStringLiteral("Amy Pascal"), QStringLiteral("amy.pascal@example.com")}};
    context.watchList = {QStringLiteral("Halloran")};
    context.customPatterns = {QStringLiteral("HC-\\d{4}-\\d+")};
    (void)registry.detect({layer}, context);
    return 0;
}
