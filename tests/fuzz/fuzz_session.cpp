// SPDX-License-Identifier: GPL-3.0-or-later
// bytes -> a .blackout.json session, read as if it came from anywhere, applied to a page's hits.
#include "redact/sessionfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto session = Blackout::SessionFile::fromJson(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    if (session) {
        Blackout::Hit hit;
        hit.type = Blackout::PiiType::Email;
        hit.text = QStringLiteral("amy@example.com");
        hit.boxes = {QRect(10, 10, 100, 12)};
        Blackout::RedactionSet set({hit});
        session->apply(set, 0);
    }
    return 0;
}
