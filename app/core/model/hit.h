// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/piitype.h"
#include "model/textlayer.h"

#include <QList>
#include <QRect>
#include <QString>

namespace Blackout {

/// One datum of personal data found on a page: exactly its characters, with one box per line fragment.
struct Hit {
    PiiType type = PiiType::Custom;
    QString text;
    QList<QRect> boxes;          ///< page pixels, padded, one per line fragment
    double confidence = 1.0;     ///< detector certainty combined with the OCR confidence of its characters
    TextSource source = TextSource::Ocr;
    int layer = -1;              ///< index of the text layer on the page it was found in
    int start = -1;              ///< span in that layer's text
    int length = 0;

    QRect boundingBox() const
    {
        QRect r;
        for (const QRect &b : boxes)
            r = r.united(b);
        return r;
    }
};

} // namespace Blackout
