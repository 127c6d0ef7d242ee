// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QImage>
#include <QList>
#include <QString>

namespace Blackout {

/// One parsed message, free of any GMime type: what EmailLayout lays out and EmailDocument exposes.
struct EmailContent {
    QString subject;          ///< decoded, as a person reads it
    QString from;             ///< "Name <address>" of the first sender, for message lists
    QString date;             ///< the Date header as written (sender's time zone)
    QList<Person> people;     ///< From, To, Cc, Reply-To, Sender, Bcc
    QString html;             ///< the whole page: header block, body, nested messages, attachment list
    QList<QImage> images;     ///< inline images; the html refers to image i as src="cid:i"
};

} // namespace Blackout
