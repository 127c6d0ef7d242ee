// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/textlayer.h"
#include "redact/redactionset.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

namespace Blackout {

/// The image description posted with an export: what a screen reader user would otherwise miss.
class AltText {
    Q_DECLARE_TR_FUNCTIONS(Blackout::AltText)
public:
    /// The readable text of the part of the page inside crop (the whole page when null), each redaction
    /// (accepted hit or manual region) replaced by "[redacted]", whitespace tidied, trimmed to limit
    /// characters (0: no limit) at a word boundary. Nothing redacted ever appears in it.
    static QString forPage(const QList<TextLayer> &layers, const RedactionSet &set, const QRect &crop, int limit);
    /// The placeholder that stands for a redaction.
    static QString placeholder();
};

} // namespace Blackout
