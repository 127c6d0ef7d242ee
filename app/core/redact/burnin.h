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
    quint32 seed = 0;         ///< mosaic noise seed; 0: a fresh random seed every time (tests set one)

    static RedactionOptions fromSettings(const Settings &settings);
    /// The opaque colour of a solid box (black for the black style or an invalid colour).
    QRgb fill() const;
};

/// Redaction is regeneration: one routine, shared by GUI and CLI, that returns new pixels.
class BurnIn {
public:
    /// A copy of page with every box of set filled opaquely (never computed from the hidden pixels).
    static QImage apply(const QImage &page, const RedactionSet &set, const RedactionOptions &options = {});
    /// The boxes exactly as apply() fills them (padding, width hiding), for previews and checks.
    static QList<QRect> filledBoxes(const QImage &page, const RedactionSet &set, const RedactionOptions &options = {});
    /// page as opaque RGB32 in sRGB, a fresh image that carries no text keys or colour profile of the source.
    static QImage cleanCopy(const QImage &page);
};

} // namespace Blackout
