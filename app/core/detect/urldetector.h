// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Links that identify a person or a private resource: profile pages, shared documents, links carrying
/// tokens, user names or tracking parameters. Public pages count only with DetectionContext::allLinks, and
/// a domain name alone (example.com) only with bareDomainsAreUrls as well.
class UrlDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Url; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// True when the link (with or without scheme) points at a person or a private resource.
    static bool isPersonal(const QString &url);
};

} // namespace Blackout
