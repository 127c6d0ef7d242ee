// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// IPv4 addresses (each octet 0-255, not a piece of a longer dotted number such as a version) and IPv6 in its
/// RFC 4291/5952 forms (compressed, IPv4-mapped, with a zone id); both with their CIDR prefix length when written.
class IpDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Ip; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    static bool isIpv4(QStringView candidate);
    static bool isIpv6(QStringView candidate);
};

} // namespace Blackout
