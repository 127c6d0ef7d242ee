// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Blackout {

/// The kinds of personal data Blackout finds. The order is the merge priority: when hits of two types
/// overlap, the type that comes first here wins (an email address beats the url or name inside it).
enum class PiiType { Email, Card, Iban, Secret, Ssn, Id, Phone, Ip, Url, Address, Name, Custom, Unread };

/// Every type, in priority order.
QList<PiiType> allPiiTypes();

/// The identifiers of every type, in priority order (for help texts and option checks).
QStringList allPiiTypeIds();

/// The report-schema identifier: "email", "phone", ...
QString piiTypeId(PiiType type);
std::optional<PiiType> piiTypeFromId(const QString &id);

/// Lower is stronger; see the enum's order.
int piiTypePriority(PiiType type);

/// A short translated name for people ("Email address", "Phone number", ...).
QString piiTypeDisplayName(PiiType type);

} // namespace Blackout
