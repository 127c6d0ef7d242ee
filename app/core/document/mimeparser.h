// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "document/emailcontent.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Blackout {

/**
 * Reads MIME messages and mbox files with GMime and turns each message into an EmailContent: decoded
 * headers, the body the sender meant (html preferred, charsets fixed), inline images, nested messages
 * and a list of attachments. GMime stays inside mimeparser.cpp.
 */
class MimeParser {
    Q_DECLARE_TR_FUNCTIONS(Blackout::MimeParser)
public:
    // The caps against hostile MIME are LoadOptions' guards (maxMimeDepth, maxMimeParts, maxMessageBytes,
    // maxImagePixels: an inline image over it is left out); each error names its Limit. An mbox yields at
    // most maxPages messages, as every message makes at least one page.
    static Result<EmailContent> parseMessage(const QByteArray &data, const LoadOptions &limits);
    static Result<QList<EmailContent>> parseMbox(const QByteArray &data, const LoadOptions &limits);
};

} // namespace Blackout
