// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/crosspagenames.h"

#include "detect/detectioncontext.h"
#include "detect/detectorregistry.h"
#include "detect/namedetector.h"
#include "pipeline/pageprocessor.h"

#include <algorithm>

namespace Blackout {

QList<QList<Hit>> CrossPageNames::find(const QList<Page> &pages, const Settings &settings,
                                       const QList<Person> &headerPeople)
{
    QList<QList<Hit>> found(pages.size());
    QList<Person> people = headerPeople;
    for (const Page &page : pages) {
        for (const Person &person : NameDetector::peopleNamedIn(page.hits)) {
            if (!people.contains(person))
                people.append(person);
        }
    }
    if (people.size() == headerPeople.size() || !settings.isEnabled(PiiType::Name))
        return found;
    DetectionContext context = DetectionContext::fromSettings(settings, people);
    context.enabledTypes = {PiiType::Name};
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        for (const Hit &hit : PageProcessor::detectors().detect(page.layers, context)) {
            const QRect box = hit.boundingBox();
            const bool covered = std::any_of(page.hits.cbegin(), page.hits.cend(),
                                             [&](const Hit &old) { return old.boundingBox().intersects(box); });
            if (!covered)
                found[p].append(hit);
        }
    }
    return found;
}

} // namespace Blackout
