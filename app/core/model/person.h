// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Blackout {

/// A person named in a document (its headers, a signature, a caption): detection looks for them again.
struct Person {
    QString name;     ///< display name as a person reads it, may be empty
    QString address;  ///< email address, may be empty

    bool operator==(const Person &other) const = default;
};

} // namespace Blackout
