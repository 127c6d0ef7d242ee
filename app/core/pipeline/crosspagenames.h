// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hit.h"
#include "model/person.h"
#include "model/settings.h"
#include "model/textlayer.h"

#include <QList>

namespace Blackout {

/**
 * People named in full on one page of a document, looked for in every form on all its other pages ("Terri L.
 * Mascherin" on page 1, "Mascherin" alone on page 3). The batch reads pages in order and passes the names
 * forward; the window reads pages in parallel, so it asks this once every page is read.
 */
class CrossPageNames {
public:
    struct Page {
        QList<TextLayer> layers;
        QList<Hit> hits;
    };
    /// For every page, the new name hits: those of the people of all pages (and of headerPeople) that no
    /// hit of that page overlaps yet.
    static QList<QList<Hit>> find(const QList<Page> &pages, const Settings &settings,
                                  const QList<Person> &headerPeople);
};

} // namespace Blackout
