// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectorregistry.h"

#include "detect/addressdetector.h"
#include "detect/carddetector.h"
#include "detect/customdetector.h"
#include "detect/emaildetector.h"
#include "detect/ibandetector.h"
#include "detect/iddetector.h"
#include "detect/ipdetector.h"
#include "detect/namedetector.h"
#include "detect/phonedetector.h"
#include "detect/samedatum.h"
#include "detect/secretdetector.h"
#include "detect/ssndetector.h"
#include "detect/unreadtextfinder.h"
#include "model/textfold.h"
#include "detect/urldetector.h"

#include <algorithm>
#include <cmath>

namespace Blackout {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Two readings of one datum: the PDF text layer and OCR of the same pixels rarely agree to the letter.
bool similarText(const QString &a, const QString &b)
{
    const QString ka = TextFold::lettersAndDigits(a);
    const QString kb = TextFold::lettersAndDigits(b);
    if (ka.isEmpty() || kb.isEmpty())
        return ka == kb;
    if (ka == kb || ka.contains(kb) || kb.contains(ka))
        return true;
    const int longest = int(std::max(ka.size(), kb.size()));
    return editDistance(ka, kb) <= std::max(2, longest / 5);
}

bool boxesOverlap(const QList<QRect> &a, const QList<QRect> &b)
{
    for (const QRect &x : a) {
        for (const QRect &y : b) {
            if (x.intersects(y))
                return true;
        }
    }
    return false;
}

// Overlapping matches of one layer: the stronger type wins; matches of the same type join. One exception: a
// secret inside a longer match of a weaker type (a token in a link) leaves that match standing, so the link
// is still a link (its user names and paths hidden too), and the secret is then hidden with it. Where the
// weaker type is switched off, the secret is a hit of its own.
QList<Match> resolveOverlaps(QList<Match> matches)
{
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        const int pa = piiTypePriority(a.type);
        const int pb = piiTypePriority(b.type);
        if (pa != pb)
            return pa < pb;
        return a.length > b.length;
    });
    QList<Match> kept;
    for (const Match &m : matches) {
        if (m.length <= 0)
            continue;
        bool dropped = false;
        int sameType = -1;
        for (int i = 0; i < kept.size(); ++i) {
            const Match &k = kept.at(i);
            if (m.start >= k.start + k.length || k.start >= m.start + m.length)
                continue;
            if (k.type == m.type) {
                sameType = i;
            } else if (k.type == PiiType::Secret && m.start <= k.start && m.start + m.length >= k.start + k.length
                       && m.length > k.length) {
                continue;
            } else {
                dropped = true;
                break;
            }
        }
        if (dropped)
            continue;
        if (sameType >= 0) {
            Match &k = kept[sameType];
            const int end = std::max(k.start + k.length, m.start + m.length);
            if (end - std::min(k.start, m.start) != k.length)
                k.reading.clear(); // a reading of the shorter span no longer spells the joined one
            k.start = std::min(k.start, m.start);
            k.length = end - k.start;
            k.certainty = std::max(k.certainty, m.certainty);
        } else {
            kept.append(m);
        }
    }
    // One hit per datum, as the report and the review want.
    kept.removeIf([&](const Match &m) {
        return m.type == PiiType::Secret && std::any_of(kept.cbegin(), kept.cend(), [&](const Match &k) {
                   return k.type != PiiType::Secret && k.start <= m.start && m.start + m.length <= k.start + k.length;
               });
    });
    std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return kept;
}

// What detectors search: the layer's text with exotic spaces and dashes (no-break space from &nbsp;,
// thin spaces, Unicode hyphens) made plain. One QChar for one QChar, so positions stay the layer's.
QString searchableText(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const ushort u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || (u >= 0x2000 && u <= 0x200A) || u == 0x3000)
            c = QLatin1Char(' ');
        else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2212 || u == 0xFE63 || u == 0xFF0D)
            c = QLatin1Char('-');
        else if (u == 0x00AD || u == 0x200B || u == 0xFEFF)
            c = QLatin1Char(' ');
    }
    return s;
}

template <typename T>
std::shared_ptr<const Detector> shared()
{
    static const std::shared_ptr<const Detector> instance = std::make_shared<const T>();
    return instance;
}

} // namespace

DetectorRegistry DetectorRegistry::standard()
{
    // Detectors are stateless after construction; one instance each serves every registry and thread.
    DetectorRegistry registry;
    registry.m_detectors = {shared<EmailDetector>(),  shared<CardDetector>(),    shared<IbanDetector>(),
                            shared<SecretDetector>(), shared<SsnDetector>(),     shared<IdDetector>(),
                            shared<PhoneDetector>(),  shared<IpDetector>(),      shared<UrlDetector>(),
                            shared<AddressDetector>(), shared<NameDetector>(),   shared<CustomDetector>()};
    return registry;
}

void DetectorRegistry::add(std::unique_ptr<Detector> detector)
{
    if (detector)
        m_detectors.push_back(std::shared_ptr<const Detector>(std::move(detector)));
}

QList<Hit> DetectorRegistry::detect(const QList<TextLayer> &layers, const DetectionContext &context) const
{
    QList<Hit> hits;
    for (int li = 0; li < layers.size(); ++li) {
        const TextLayer &layer = layers.at(li);
        if (layer.isEmpty())
            continue;
        const QString searched = searchableText(layer.text());
        DetectionContext layerContext = context;
        layerContext.ocrText = layer.source() == TextSource::Ocr;
        QList<Match> matches;
        for (const auto &detector : m_detectors) {
            if (!context.isEnabled(detector->type()))
                continue;
            for (const Match &m : detector->find(searched, layerContext)) {
                if (m.start >= 0 && m.length > 0 && m.start + m.length <= layer.size())
                    matches.append(m);
            }
        }
        // Where a detector read a datum, that reading stands; unread text is what no detector could judge.
        if (layerContext.ocrText && context.isEnabled(PiiType::Unread))
            matches.append(UnreadTextFinder::find(layer, matches));
        for (const Match &m : resolveOverlaps(matches)) {
            Hit hit;
            hit.type = m.type;
            hit.text = m.reading.isEmpty() ? layer.text().mid(m.start, m.length) : m.reading;
            // A datum broken over lines reads as one: a link or address has no break, other text a space.
            if (hit.type == PiiType::Email || hit.type == PiiType::Url)
                hit.text.remove(QLatin1Char('\n'));
            else
                hit.text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            hit.source = layer.source();
            hit.layer = li;
            hit.start = m.start;
            hit.length = m.length;
            hit.confidence = std::clamp(m.certainty, 0.0, 1.0) * double(layer.spanConfidence(m.start, m.length));
            // Pad each line fragment with its own height, so no anti-aliased edge of a glyph survives.
            for (const QRectF &fragment : layer.spanBoxes(m.start, m.length)) {
                // OCR boxes are tight on the ink; layout and PDF boxes are whole glyph cells, whose height is
                // the line pitch, so a wide pad there reaches into the neighbouring lines.
                const qreal share = layer.source() == TextSource::Ocr ? 0.12 : 0.04;
                const qreal pad = std::max<qreal>(1.0, std::ceil(share * fragment.height()));
                hit.boxes.append(fragment.adjusted(-pad, -pad, pad, pad).toAlignedRect());
            }
            // The same datum read from another layer of the page (text layer and OCR) is one hit, and so is
            // the same text read twice in one layer (a doubtful line's second reading). Two different readings
            // of one line in the same layer stay two hits: the report and the leak check want both.
            bool duplicate = false;
            for (Hit &other : hits) {
                if (other.type != hit.type || !boxesOverlap(other.boxes, hit.boxes))
                    continue;
                const bool same = other.layer == li
                    ? TextFold::lettersAndDigits(other.text) == TextFold::lettersAndDigits(hit.text) && SameDatum::sameLine(other.boxes, hit.boxes)
                    : similarText(other.text, hit.text);
                if (!same)
                    continue;
                duplicate = true;
                // Each reading's boxes may cover glyphs the other's miss (a last letter): keep them all.
                QList<QRect> boxes = other.boxes;
                for (const QRect &box : std::as_const(hit.boxes)) {
                    if (!boxes.contains(box))
                        boxes.append(box);
                }
                if (hit.confidence > other.confidence)
                    other = hit;
                other.boxes = boxes;
                break;
            }
            if (!duplicate)
                hits.append(hit);
        }
    }
    if (context.isEnabled(PiiType::Email))
        SameDatum::snapEmailAddresses(hits);
    return hits;
}

} // namespace Blackout
