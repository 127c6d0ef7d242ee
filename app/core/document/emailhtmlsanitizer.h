// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

namespace Blackout {

/**
 * Makes an email's HTML safe and predictable for QTextDocument: only the body's content is kept; scripts,
 * style sheets, frames and every external resource go; <img> tags that name an inline part become
 * src="cid:N" with an explicit size no wider than the page; every other image goes (never fetched).
 */
class EmailHtmlSanitizer {
public:
    /// cidToImage maps a normalised Content-ID (see normaliseCid) to an index in images.
    static QString sanitize(const QString &html, const QHash<QString, int> &cidToImage,
                            const QList<QImage> &images, int maxWidth);
    /// An <img> tag showing images[index] at its natural size, shrunk to maxWidth.
    static QString imageTag(int index, const QSize &natural, int maxWidth, int width = 0, int height = 0);
    /// Content-IDs compare without angle brackets, case-insensitively and percent-decoded.
    static QString normaliseCid(const QString &cid);
    /// Inserts U+2060 WORD JOINER after the punctuation of email addresses and URLs, so that the layout
    /// wraps them only when one does not fit on a line by itself (the text layer leaves the joiners out).
    static QString keepAddressesWhole(const QString &text);
    /// Inserts U+200B ZERO WIDTH SPACE into runs of hundreds of characters without a space (pasted blobs):
    /// Qt's line layout is quadratic in the length of one unbreakable run. Tags (html) stay untouched.
    static QString breakLongRuns(const QString &text, bool html);
    /// Text escaped for HTML, line breaks kept, runs of spaces kept.
    static QString plainToHtml(const QString &text);
};

} // namespace Blackout
