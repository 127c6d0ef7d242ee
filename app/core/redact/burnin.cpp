// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/burnin.h"

#include <QColorSpace>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace Blackout {

namespace {

// A couple of pixels always, whatever the box producer did: anti-aliasing bleeds one or two pixels.
constexpr int kPadding = 2;
// How far a channel may stray from the local background before it counts as ink. Low on purpose: the
// faint anti-aliased fringe of a glyph is exactly what must not survive.
constexpr int kInkThreshold = 24;

struct Target {
    QRect box;
    QString label;
    bool manual = false;   ///< drawn by the person: kept close to what they drew
    bool glyphCells = false; ///< boxes are whole glyph cells (layout, PDF text): nothing sticks out but fringes
};

QList<Target> targetsOf(const RedactionSet &set)
{
    QList<Target> targets;
    for (qsizetype i = 0; i < set.hits().size(); ++i) {
        if (!set.isAccepted(int(i)))
            continue;
        const Hit &hit = set.hits().at(i);
        const QString label = QLatin1Char('[') + piiTypeId(hit.type) + QLatin1Char(']');
        for (const QRect &b : hit.boxes) {
            if (!b.isEmpty())
                targets.append({b.normalized(), label, false, hit.source != TextSource::Ocr});
        }
    }
    for (const ManualRegion &r : set.regions()) {
        if (!r.rect.isEmpty())
            targets.append({r.rect.normalized(), QStringLiteral("[redacted]"), true});
    }
    return targets;
}

bool differs(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) > kInkThreshold || std::abs(qGreen(a) - qGreen(b)) > kInkThreshold
        || std::abs(qBlue(a) - qBlue(b)) > kInkThreshold;
}

// The most common colour in a ring around box: the paper the redacted text is printed on.
QRgb localBackground(const QImage &image, const QRect &box)
{
    const QRect outer = box.adjusted(-3, -3, 3, 3) & image.rect();
    QHash<QRgb, int> counts;
    QHash<QRgb, QRgb> sample;
    for (int y = outer.top(); y <= outer.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = outer.left(); x <= outer.right(); ++x) {
            if (box.contains(x, y))
                continue;
            const QRgb c = line[x];
            const QRgb key = qRgb(qRed(c) & 0xf0, qGreen(c) & 0xf0, qBlue(c) & 0xf0);
            ++counts[key];
            sample.insert(key, c);
        }
    }
    QRgb best = qRgb(255, 255, 255);
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            bestCount = it.value();
            best = sample.value(it.key());
        }
    }
    return best;
}

bool rowHasInk(const QImage &image, int y, int x0, int x1, QRgb bg)
{
    if (y < 0 || y >= image.height())
        return false;
    const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
    for (int x = std::max(0, x0); x <= std::min(image.width() - 1, x1); ++x) {
        if (differs(line[x], bg))
            return true;
    }
    return false;
}

bool columnHasInk(const QImage &image, int x, int y0, int y1, QRgb bg)
{
    if (x < 0 || x >= image.width())
        return false;
    for (int y = std::max(0, y0); y <= std::min(image.height() - 1, y1); ++y) {
        if (differs(reinterpret_cast<const QRgb *>(image.constScanLine(y))[x], bg))
            return true;
    }
    return false;
}

// Pads box and then swallows glyph ink touching its edge: ascenders, descenders and anti-aliased fringes
// that the character boxes missed. Growth is bounded relative to the box's height, so a neighbouring
// word (a space away) or the line above (leading away) stays readable.
QRect grow(const QImage &image, const QRect &original, bool manual, bool glyphCells)
{
    QRect box = original.adjusted(-kPadding, -kPadding, kPadding, kPadding) & image.rect();
    if (box.isEmpty())
        return box;
    const int h = original.height();
    // A hit's box is one line of text: its height bounds how far glyphs can reach. A drawn region may be
    // large and lie on a photo, where "ink" is everywhere: there only the stray edge of a glyph is taken.
    // Boxes from a layout or a PDF text layer already span the whole glyph cell (ascent to descent), and
    // the next line's cell starts right below: growing there would swallow the neighbouring line.
    const int maxVertical = manual ? 4 : glyphCells ? 0 : std::max(3, h / 3);
    // OCR boxes can end short of a glyph's last column; ink growth stops at the first blank column, so a
    // generous cap still leaves the neighbouring word alone.
    const int maxHorizontal = manual ? 4 : glyphCells ? 2 : std::max(3, h / 2);
    const QRgb bg = localBackground(image, box);
    int up = 0, down = 0, left = 0, right = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        if (up < maxVertical && rowHasInk(image, box.top() - 1, box.left(), box.right(), bg)) {
            box.setTop(box.top() - 1), ++up, changed = true;
        }
        if (down < maxVertical && rowHasInk(image, box.bottom() + 1, box.left(), box.right(), bg)) {
            box.setBottom(box.bottom() + 1), ++down, changed = true;
        }
        if (left < maxHorizontal && columnHasInk(image, box.left() - 1, box.top(), box.bottom(), bg)) {
            box.setLeft(box.left() - 1), ++left, changed = true;
        }
        if (right < maxHorizontal && columnHasInk(image, box.right() + 1, box.top(), box.bottom(), bg)) {
            box.setRight(box.right() + 1), ++right, changed = true;
        }
    }
    return box;
}

// Widens box to a multiple of about four character widths, centred, so the hidden length cannot be
// counted from the bar. The character width is estimated from the height (about 0.55 em for Latin text).
QRect hideWidth(const QRect &box, int textHeight, const QRect &bounds)
{
    const int charWidth = std::max(2, int(textHeight * 0.55 + 0.5));
    const int unit = 4 * charWidth;
    const int width = std::min(bounds.width(), (box.width() + unit - 1) / unit * unit);
    const int extra = width - box.width();
    QRect wide(box.left() - extra / 2, box.top(), width, box.height());
    if (wide.left() < bounds.left())
        wide.moveLeft(bounds.left());
    if (wide.right() > bounds.right())
        wide.moveRight(bounds.right());
    return wide & bounds;
}

QList<Target> finalTargets(const QImage &opaque, const RedactionSet &set, const RedactionOptions &options)
{
    QList<Target> targets = targetsOf(set);
    for (Target &t : targets) {
        const int textHeight = t.box.height();
        t.box = grow(opaque, t.box, t.manual, t.glyphCells);
        if (options.hideWidth && !t.box.isEmpty())
            t.box = hideWidth(t.box, textHeight, opaque.rect());
    }
    targets.removeIf([](const Target &t) { return t.box.isEmpty(); });
    return targets;
}

void fillSolid(QImage &image, const QRect &box, QRgb colour)
{
    for (int y = box.top(); y <= box.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line + box.left(), line + box.right() + 1, colour);
    }
}

// Cells of random greys: looks like pixelation, but every value comes from the generator, none from
// the page, so nothing of the hidden text can be recovered from it.
void fillMosaic(QImage &image, const QRect &box, QRandomGenerator &rng)
{
    const int cell = std::clamp(box.height() / 3, 3, 16);
    for (int cy = box.top(); cy <= box.bottom(); cy += cell) {
        for (int cx = box.left(); cx <= box.right(); cx += cell) {
            const int v = 40 + int(rng.bounded(160));
            const QRect c = QRect(cx, cy, cell, cell) & box;
            fillSolid(image, c, qRgb(v, v, v));
        }
    }
}

// Text needs a QGuiApplication (fonts); the CLI runs on a QCoreApplication and then gets the plain fill.
void drawLabel(QImage &image, const QRect &box, const QString &label, QRgb fill)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || box.height() < 8)
        return;
    const QColor ink = qGray(fill) < 128 ? QColor(Qt::white) : QColor(Qt::black);
    QFont font;
    for (int px = std::min(48, int(box.height() * 0.6)); px >= 7; --px) {
        font.setPixelSize(px);
        const QFontMetrics fm(font);
        if (fm.horizontalAdvance(label) <= box.width() - 4 && fm.height() <= box.height()) {
            QPainter p(&image);
            p.setClipRect(box);
            p.setFont(font);
            p.setPen(ink);
            p.drawText(box, Qt::AlignCenter, label);
            return;
        }
    }
}

} // namespace

QRgb RedactionOptions::fill() const
{
    const QColor c = style == RedactionStyleKind::Black || !colour.isValid() ? QColor(Qt::black) : colour;
    return qRgb(c.red(), c.green(), c.blue());
}

RedactionOptions RedactionOptions::fromSettings(const Settings &settings)
{
    RedactionOptions o;
    o.style = settings.style;
    o.colour = settings.styleColour.isValid() ? settings.styleColour : QColor(Qt::black);
    o.hideWidth = settings.hideWidth;
    return o;
}

QImage BurnIn::cleanCopy(const QImage &page)
{
    if (page.isNull())
        return {};
    QImage src = page;
    if (src.colorSpace().isValid() && src.colorSpace() != QColorSpace(QColorSpace::SRgb))
        src.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    if (src.hasAlphaChannel()) {
        // Transparent parts of a screenshot are shown on white almost everywhere they are posted.
        QImage flat(src.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, src);
        p.end();
        src = flat;
    } else {
        src = src.convertToFormat(QImage::Format_RGB32);
    }
    // A fresh buffer: QImage copies carry text keys (PNG tEXt, JPEG comments) and the colour profile.
    QImage out(src.size(), QImage::Format_RGB32);
    if (out.isNull())
        return {};
    const qsizetype rowBytes = qsizetype(src.width()) * 4;
    for (int y = 0; y < src.height(); ++y)
        std::memcpy(out.scanLine(y), src.constScanLine(y), size_t(rowBytes));
    return out;
}

QList<QRect> BurnIn::filledBoxes(const QImage &page, const RedactionSet &set, const RedactionOptions &options)
{
    const QImage opaque = cleanCopy(page);
    QList<QRect> boxes;
    for (const Target &t : finalTargets(opaque, set, options))
        boxes.append(t.box);
    return boxes;
}

QImage BurnIn::apply(const QImage &page, const RedactionSet &set, const RedactionOptions &options)
{
    QImage out = cleanCopy(page);
    if (out.isNull())
        return out;
    // Every box is measured on the untouched page before anything is filled, so filledBoxes() agrees.
    const QList<Target> targets = finalTargets(out, set, options);
    const QRgb fill = options.fill();
    QRandomGenerator rng(options.seed != 0 ? options.seed : QRandomGenerator::global()->generate());
    for (const Target &t : targets) {
        if (options.style == RedactionStyleKind::Mosaic)
            fillMosaic(out, t.box, rng);
        else
            fillSolid(out, t.box, fill);
    }
    if (options.style == RedactionStyleKind::Label) {
        for (const Target &t : targets)
            drawLabel(out, t.box, t.label, fill);
    }
    return out;
}

} // namespace Blackout
