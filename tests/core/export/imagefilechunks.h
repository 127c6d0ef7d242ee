// SPDX-License-Identifier: GPL-3.0-or-later
// Independent parsers of the container structure of written files, so the tests do not trust the code
// under test to say what it wrote.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Blackout::Test {

/// PNG chunk types in order, or {"<bad>"} when the file is malformed.
inline QStringList pngChunks(const QByteArray &b)
{
    QStringList out;
    if (!b.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return {QStringLiteral("<bad>")};
    qsizetype pos = 8;
    while (pos + 12 <= b.size()) {
        const auto *u = reinterpret_cast<const uchar *>(b.constData() + pos);
        const qsizetype len = (qsizetype(u[0]) << 24) | (u[1] << 16) | (u[2] << 8) | u[3];
        out.append(QString::fromLatin1(b.mid(pos + 4, 4)));
        pos += 12 + len;
        if (out.last() == QLatin1String("IEND"))
            return pos == b.size() ? out : QStringList{QStringLiteral("<trailing bytes>")};
    }
    return {QStringLiteral("<bad>")};
}

/// JPEG markers up to and including SOS, as hex ("E0", "DB", ...), or {"<bad>"}.
inline QStringList jpegSegments(const QByteArray &b)
{
    QStringList out;
    if (b.size() < 4 || uchar(b[0]) != 0xFF || uchar(b[1]) != 0xD8)
        return {QStringLiteral("<bad>")};
    qsizetype pos = 2;
    while (pos + 4 <= b.size()) {
        if (uchar(b[pos]) != 0xFF)
            return {QStringLiteral("<bad>")};
        const uchar marker = uchar(b[pos + 1]);
        out.append(QString::number(marker, 16).toUpper());
        if (marker == 0xDA) {
            // Nothing may follow the image: an EOI at the very end.
            if (!(uchar(b[b.size() - 2]) == 0xFF && uchar(b[b.size() - 1]) == 0xD9))
                out.append(QStringLiteral("<no EOI at end>"));
            // Any APPn or COM between scans would show up as a marker in the rest of the file.
            for (qsizetype i = pos + 2; i + 1 < b.size(); ++i) {
                if (uchar(b[i]) == 0xFF && ((uchar(b[i + 1]) >= 0xE0 && uchar(b[i + 1]) <= 0xEF) || uchar(b[i + 1]) == 0xFE))
                    out.append(QString::number(uchar(b[i + 1]), 16).toUpper());
            }
            return out;
        }
        const qsizetype len = (qsizetype(uchar(b[pos + 2])) << 8) | uchar(b[pos + 3]);
        if (marker == 0xE0 && b.mid(pos + 4, 5) != QByteArray("JFIF\0", 5))
            out.last() = QStringLiteral("E0-not-JFIF");
        pos += 2 + len;
    }
    return {QStringLiteral("<bad>")};
}

/// RIFF chunk ids of a WebP file, or {"<bad>"}.
inline QStringList webpChunks(const QByteArray &b)
{
    QStringList out;
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WEBP")
        return {QStringLiteral("<bad>")};
    const auto le32 = [&](qsizetype p) {
        const auto *u = reinterpret_cast<const uchar *>(b.constData() + p);
        return qsizetype(u[0]) | (qsizetype(u[1]) << 8) | (qsizetype(u[2]) << 16) | (qsizetype(u[3]) << 24);
    };
    if (le32(4) + 8 != b.size())
        return {QStringLiteral("<RIFF size mismatch>")};
    qsizetype pos = 12;
    while (pos + 8 <= b.size()) {
        out.append(QString::fromLatin1(b.mid(pos, 4)));
        const qsizetype len = le32(pos + 4);
        pos += 8 + len + (len & 1);
    }
    return pos == b.size() ? out : QStringList{QStringLiteral("<bad>")};
}

} // namespace Blackout::Test
