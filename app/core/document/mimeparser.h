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
    /// Caps against hostile MIME; each error message names the cap it hit.
    struct Limits {
        int maxDepth = 32;                          ///< nesting of multiparts and attached messages
        int maxParts = 1000;                        ///< MIME parts in one message
        qint64 maxDecodedBytes = 256LL << 20;       ///< decoded content of all parts together
        qint64 maxImagePixels = 200'000'000;        ///< an inline image larger than this is not decoded
        int maxMessages = 1000;                     ///< messages read from one mbox; the rest are left unread

        /// The caps a loader's options ask for; an mbox never needs more messages than pages.
        static Limits from(const LoadOptions &options);
    };

    static Result<EmailContent> parseMessage(const QByteArray &data, const Limits &limits);
    static Result<QList<EmailContent>> parseMbox(const QByteArray &data, const Limits &limits);
};

} // namespace Blackout
