// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/samedatum.h"

#include "model/textfold.h"

#include <QRegularExpression>
#include <QSet>

namespace Blackout::SameDatum {

namespace {

// Shorter readings are too often another address a letter away.
constexpr int kShortestReading = 12;

bool isCleanAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"(^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return address.match(text).hasMatch();
}

// Whether reading is address cut short (at least 70 % of it, from its start).
bool cutFrom(const QString &reading, const QString &address)
{
    return reading.size() >= kShortestReading && reading.size() < address.size() && address.startsWith(reading)
        && reading.size() * 10 >= address.size() * 7;
}

// Whether reading is address cut short or with a slip or two.
bool slippedFrom(const QString &reading, const QString &address)
{
    if (reading.size() < kShortestReading)
        return false;
    const int allowed = address.size() >= 16 ? 2 : 1;
    return cutFrom(reading, address) || TextFold::editDistance(reading, address, allowed) <= allowed;
}

} // namespace

bool sameLine(const QList<QRect> &a, const QList<QRect> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QRect &x = a.at(i);
        const QRect &y = b.at(i);
        if (!x.intersects(y) || 2 * std::abs(x.center().y() - y.center().y()) > std::min(x.height(), y.height()))
            return false;
    }
    return true;
}

void snapEmailAddresses(QList<Hit> &hits)
{
    QStringList addresses;
    for (const Hit &h : std::as_const(hits)) {
        if (h.type == PiiType::Email && isCleanAddress(h.text) && !addresses.contains(h.text))
            addresses.append(h.text);
    }
    if (addresses.isEmpty())
        return;
    QList<QString> keys;
    for (const QString &a : std::as_const(addresses))
        keys.append(TextFold::lettersAndDigits(a));
    for (Hit &h : hits) {
        if (h.source != TextSource::Ocr || (h.type != PiiType::Email && h.type != PiiType::Unread))
            continue;
        // An address of a clean shape may still be one cut short ("danielpatel@yahoo.co").
        const bool clean = h.type == PiiType::Email && isCleanAddress(h.text);
        const QString reading = TextFold::lettersAndDigits(h.text);
        int match = -1;
        for (int i = 0; i < keys.size(); ++i) {
            if (addresses.at(i) == h.text || !(clean ? cutFrom(reading, keys.at(i)) : slippedFrom(reading, keys.at(i))))
                continue;
            if (match >= 0) { // two addresses as near: neither
                match = -2;
                break;
            }
            match = i;
        }
        if (match >= 0) {
            h.type = PiiType::Email;
            h.text = addresses.at(match);
        }
    }
    // A rewritten reading of a line read twice is the same hit as the other reading.
    for (qsizetype i = 0; i < hits.size(); ++i) {
        for (qsizetype j = hits.size() - 1; j > i; --j) {
            const Hit &a = hits.at(i);
            const Hit &b = hits.at(j);
            if (a.type != b.type || a.text != b.text || !sameLine({a.boundingBox()}, {b.boundingBox()}))
                continue;
            Hit merged = a.confidence >= b.confidence ? a : b;
            merged.boxes = a.boxes;
            for (const QRect &box : b.boxes) {
                if (!merged.boxes.contains(box))
                    merged.boxes.append(box);
            }
            hits[i] = merged;
            hits.removeAt(j);
        }
    }
}

} // namespace Blackout::SameDatum
