// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

namespace Blackout {

QString documentKindId(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Email:
        return QStringLiteral("email");
    case DocumentKind::Pdf:
        return QStringLiteral("pdf");
    case DocumentKind::Image:
        break;
    }
    return QStringLiteral("image");
}

} // namespace Blackout
