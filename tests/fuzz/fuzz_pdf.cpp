// SPDX-License-Identifier: GPL-3.0-or-later
// bytes -> PDF -> first pages rendered (at a low resolution, to keep executions fast) and text read.
#include "document/pdfdocument.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    Blackout::LoadOptions options;
    options.dpi = 36;
    options.maxPages = 3;
    options.maxImagePixels = 4'000'000;
    auto doc = Blackout::PdfDocument::fromData(QByteArray(reinterpret_cast<const char *>(data), int(size)), options);
    if (doc) {
        for (int i = 0; i < std::min(2, doc.value()->pageCount()); ++i)
            (void)doc.value()->page(i);
    }
    return 0;
}
