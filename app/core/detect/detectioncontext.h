// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/person.h"
#include "model/piitype.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Blackout {

struct Settings;

/// What detectors know beyond the text itself.
struct DetectionContext {
    QList<Person> people;            ///< from the document's headers: found again in the body
    QStringList watchList;           ///< names and terms the user always wants found (type name)
    QStringList customPatterns;      ///< regular expressions (type custom)
    QString phoneRegion = QStringLiteral("US");
    bool allLinks = false;           ///< every link is personal data, not only personal links (LinkPolicy::All)
    bool bareDomainsAreUrls = false; ///< with allLinks, a domain name alone (example.com) is a link too
    QSet<PiiType> enabledTypes;      ///< empty: all
    bool ocrText = false;            ///< the text was read by OCR: detectors allow for its usual slips

    bool isEnabled(PiiType type) const { return enabledTypes.isEmpty() || enabledTypes.contains(type); }
    static DetectionContext fromSettings(const Settings &settings, const QList<Person> &people = {});
};

} // namespace Blackout
