// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/settings.h"
#include "redact/redactionset.h"

#include <QImage>

namespace Blackout {

struct RedactionOptions {
    RedactionStyleKind style = RedactionStyleKind::Black;
    QColor colour = QColor(Qt::black);
    bool hideWidth = false;   ///< widen boxes to a rounded-up width so the hidden length cannot be read

    static RedactionOptions fromSettings(const Settings &settings);
};

/// Redaction is regeneration: one routine, shared by GUI and CLI, that returns new pixels.
class BurnIn {
public:
    /// A copy of page with every box of set filled opaquely (never computed from the hidden pixels).
    static QImage apply(const QImage &page, const RedactionSet &set, const RedactionOptions &options = {});
    /// The boxes exactly as apply() fills them (padding, width hiding), for previews and checks.
    static QList<QRect> filledBoxes(const QImage &page, const RedactionSet &set, const RedactionOptions &options = {});
};

} // namespace Blackout
