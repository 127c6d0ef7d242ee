// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/piitype.h"

#include <QCoreApplication>

namespace Blackout {

namespace {
struct TypeInfo {
    PiiType type;
    const char *id;
    const char *displayName;
};

// The order of this table is the merge priority (see piitype.h).
constexpr TypeInfo kTypes[] = {
    {PiiType::Email, "email", QT_TRANSLATE_NOOP("Blackout::PiiType", "Email address")},
    {PiiType::Card, "card", QT_TRANSLATE_NOOP("Blackout::PiiType", "Card number")},
    {PiiType::Iban, "iban", QT_TRANSLATE_NOOP("Blackout::PiiType", "IBAN")},
    {PiiType::Secret, "secret", QT_TRANSLATE_NOOP("Blackout::PiiType", "Secret or token")},
    {PiiType::Ssn, "ssn", QT_TRANSLATE_NOOP("Blackout::PiiType", "Social security number")},
    {PiiType::Id, "id", QT_TRANSLATE_NOOP("Blackout::PiiType", "ID number or date of birth")},
    {PiiType::Phone, "phone", QT_TRANSLATE_NOOP("Blackout::PiiType", "Phone number")},
    {PiiType::Ip, "ip", QT_TRANSLATE_NOOP("Blackout::PiiType", "IP address")},
    {PiiType::Url, "url", QT_TRANSLATE_NOOP("Blackout::PiiType", "Link")},
    {PiiType::Address, "address", QT_TRANSLATE_NOOP("Blackout::PiiType", "Postal address")},
    {PiiType::Name, "name", QT_TRANSLATE_NOOP("Blackout::PiiType", "Name")},
    {PiiType::Custom, "custom", QT_TRANSLATE_NOOP("Blackout::PiiType", "Custom pattern")},
    // Last: text that could not be read is the weakest claim; any reading of it wins an overlap.
    {PiiType::Unread, "unread", QT_TRANSLATE_NOOP("Blackout::PiiType", "Unreadable text")},
};

const TypeInfo &info(PiiType type)
{
    for (const TypeInfo &i : kTypes) {
        if (i.type == type)
            return i;
    }
    return kTypes[0];
}
} // namespace

QList<PiiType> allPiiTypes()
{
    QList<PiiType> types;
    for (const TypeInfo &i : kTypes)
        types.append(i.type);
    return types;
}

QStringList allPiiTypeIds()
{
    QStringList ids;
    for (const TypeInfo &i : kTypes)
        ids.append(QString::fromLatin1(i.id));
    return ids;
}

QString piiTypeId(PiiType type)
{
    return QString::fromLatin1(info(type).id);
}

std::optional<PiiType> piiTypeFromId(const QString &id)
{
    for (const TypeInfo &i : kTypes) {
        if (id.compare(QLatin1String(i.id), Qt::CaseInsensitive) == 0)
            return i.type;
    }
    return std::nullopt;
}

int piiTypePriority(PiiType type)
{
    int rank = 0;
    for (const TypeInfo &i : kTypes) {
        if (i.type == type)
            return rank;
        ++rank;
    }
    return rank;
}

QString piiTypeDisplayName(PiiType type)
{
    return QCoreApplication::translate("Blackout::PiiType", info(type).displayName);
}

} // namespace Blackout
