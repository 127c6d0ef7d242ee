// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectioncontext.h"

#include "model/settings.h"

namespace Blackout {

DetectionContext DetectionContext::fromSettings(const Settings &settings, const QList<Person> &people)
{
    DetectionContext context;
    context.people = people;
    context.watchList = settings.watchList;
    context.customPatterns = settings.customPatterns;
    context.phoneRegion = settings.effectivePhoneRegion();
    context.allLinks = settings.links == LinkPolicy::All;
    context.bareDomainsAreUrls = settings.bareDomainsAreUrls;
    context.enabledTypes = settings.enabledTypes;
    return context;
}

} // namespace Blackout
