// SPDX-License-Identifier: GPL-3.0-or-later
// bytes -> email document -> first two pages laid out with their text layer.
#include "document/emaildocument.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    auto doc = Blackout::EmailDocument::fromData(QByteArray(reinterpret_cast<const char *>(data), int(size)), {});
    if (doc) {
        for (int i = 0; i < std::min(2, doc.value()->pageCount()); ++i)
            (void)doc.value()->page(i);
    }
    return 0;
}
