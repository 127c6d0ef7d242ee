// SPDX-License-Identifier: GPL-3.0-or-later
// bytes -> image document (every Qt image format plugin) -> first page.
#include "document/imagedocument.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    Blackout::LoadOptions options;
    options.maxImagePixels = 4'000'000;
    auto doc = Blackout::ImageDocument::fromData(QByteArray(reinterpret_cast<const char *>(data), int(size)),
                                                 QString(), options);
    if (doc && doc.value()->pageCount() > 0)
        (void)doc.value()->page(0);
    return 0;
}
