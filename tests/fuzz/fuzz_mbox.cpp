// SPDX-License-Identifier: GPL-3.0-or-later
// bytes -> mbox split into messages -> each message's metadata and first page.
#include "document/mboxdocument.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    QByteArray bytes = QByteArray("From fuzz@example.org Sat Nov 28 00:00:00 2026\n")
                       + QByteArray(reinterpret_cast<const char *>(data), int(size));
    auto doc = Blackout::MboxDocument::fromData(bytes, {});
    if (doc && doc.value()->pageCount() > 0) {
        (void)doc.value()->metadata();
        (void)doc.value()->page(0);
    }
    return 0;
}
