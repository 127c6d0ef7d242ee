// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

#include <QStringList>

namespace Blackout {

/// The texts a detector finds, in order: what the tables compare against.
inline QStringList foundTexts(const Detector &detector, const QString &text, const DetectionContext &context = {})
{
    QStringList out;
    for (const Match &m : detector.find(text, context))
        out.append(text.mid(m.start, m.length));
    return out;
}

} // namespace Blackout
