// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageitem.h"

#include "pageview.h"
#include "typecolours.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

namespace Blackout {

namespace {

QPen cosmeticPen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

QRect rectFromPoints(const QPointF &a, const QPointF &b)
{
    return QRectF(a, b).normalized().toAlignedRect();
}

} // namespace

PageItem::PageItem(ReviewSession *session, PageView *view, int page, const QSize &size)
    : m_session(session), m_view(view), m_page(page), m_size(size)
{
    setAcceptHoverEvents(true);
}

void PageItem::setRead(const QSize &size)
{
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    m_scaled = QImage();
    m_scaledFor = 0;
    update();
}

bool PageItem::isRead() const
{
    return m_session->isPageReady(m_page);
}

void PageItem::dropPixels()
{
    // A small copy stays: at low zoom, where many pages show at once, they are drawn without asking for
    // pixels the cache could not hold all at once.
    constexpr qsizetype kKeptScaledBytes = 256 * 1024;
    if (m_scaled.sizeInBytes() > kKeptScaledBytes) {
        m_scaled = QImage();
        m_scaledFor = 0;
    }
    m_pixelsTimer = false;
    // Shown or not, the page draws again: if it is on screen, that asks for its pixels.
    update();
}

void PageItem::askForPixels()
{
    // A page that could not be read is not rendered once more only to fail again.
    if (m_failed)
        return;
    if (isRead()) {
        m_session->requestPixels(m_page);
        return;
    }
    // A page being read brings its pixels with it, and most pages of text are read within moments: only one
    // that takes longer (OCR of a screenshot) is rendered apart, so that it shows while it is read.
    constexpr int kUnreadPixelsDelayMs = 300;
    if (m_pixelsTimer)
        return;
    m_pixelsTimer = true;
    QTimer::singleShot(kUnreadPixelsDelayMs, this, [this] {
        if (!isRead())
            m_session->requestPixels(m_page);
    });
}

QRectF PageItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), QSizeF(m_size));
}

QImage PageItem::imageFor(qreal deviceScale)
{
    // Regenerate only when the zoom moved noticeably: scaling a 300 dpi page takes tens of milliseconds.
    const bool scaledFits = !m_scaled.isNull() && std::abs(m_scaledFor - deviceScale) / deviceScale <= 0.1;
    if (deviceScale < 0.75 && scaledFits)
        return m_scaled;
    const QImage full = m_session->pageImage(m_page);
    if (full.isNull()) {
        askForPixels();
        return m_scaled;
    }
    if (deviceScale >= 0.75)
        return full;
    m_scaled = full.scaled((QSizeF(full.size()) * deviceScale).toSize(), Qt::IgnoreAspectRatio,
                           Qt::SmoothTransformation);
    m_scaledFor = deviceScale;
    return m_scaled;
}

void PageItem::paintBadge(QPainter *painter, qreal pixel, const QString &text)
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * pixel * 1.2);
    painter->setFont(f);
    const QFontMetricsF metrics(f);
    const qreal pad = 8 * pixel;
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad);
    const QRectF badge(QPointF(boundingRect().center().x() - size.width() / 2, 12 * pixel), size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 170));
    painter->drawRoundedRect(badge, 4 * pixel, 4 * pixel);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

void PageItem::setFailed()
{
    m_failed = true;
    update();
}

void PageItem::setStopped(bool stopped)
{
    m_stopped = stopped;
    update();
}

void PageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    const qreal scale = painter->worldTransform().m11();
    const qreal pixel = 1.0 / std::max(scale, 1e-6);   // one device-independent pixel, in page pixels
    const QRectF page = boundingRect();

    painter->fillRect(page.translated(3 * pixel, 3 * pixel), QColor(0, 0, 0, 60));   // shadow
    // A page shows as soon as its pixels exist; until it is read, a badge says what is going on.
    const bool read = isRead();
    const QImage image = imageFor(scale * dpr);
    const QString state = read        ? QString()
                          : m_failed  ? tr("Page %1 could not be read.").arg(m_page + 1)
                          : m_stopped ? tr("Page %1 was not read: reading was stopped.").arg(m_page + 1)
                                      : tr("Reading page %1…").arg(m_page + 1);
    if (image.isNull()) {
        painter->fillRect(page, Qt::white);
        painter->setPen(QColor(120, 120, 120));
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * pixel * 1.4);
        painter->setFont(f);
        painter->drawText(page, Qt::AlignCenter, read ? tr("Drawing page %1…").arg(m_page + 1) : state);
        if (!read)
            return;
    } else {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(page, image, QRectF(image.rect()));
        if (!read) {
            paintBadge(painter, pixel, state);
            return;
        }
    }

    paintHits(painter, pixel);
    paintRegions(painter, pixel);
    paintCrop(painter, pixel);
    if (m_drag == Drag::Drawing || m_drag == Drag::Cropping) {
        painter->setPen(cosmeticPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter->setBrush(m_drag == Drag::Drawing ? QColor(0, 0, 0, 120) : QColor(Qt::transparent));
        painter->drawRect(m_rubber);
    }
}

void PageItem::paintHits(QPainter *painter, qreal pixel)
{
    const RedactionSet &set = m_session->redactions(m_page);
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    for (int i = 0; i < set.hits().size(); ++i) {
        const HitRef ref{m_page, i};
        const QColor pending = TypeColours::of(set.hits().at(i).type);
        const bool rejected = set.decision(i) == Decision::Rejected;
        const bool reviewed = m_session->isReviewed(ref);
        for (const QRect &box : set.hits().at(i).boxes) {
            if (rejected) {
                // Struck through: visible, but clearly not going to be blacked out.
                painter->setPen(cosmeticPen(QColor(110, 110, 110), 1.5, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(box);
                painter->setPen(cosmeticPen(QColor(200, 40, 40), 2));
                painter->drawLine(QPointF(box.left(), box.center().y() + 0.5), QPointF(box.right() + 1, box.center().y() + 0.5));
            } else if (reviewed) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(0, 0, 0, 225));
                painter->drawRect(box);
            } else {
                // Proposed by detection, not yet looked at: outlined, text still readable for review.
                painter->setPen(cosmeticPen(pending, 2));
                painter->setBrush(QColor(pending.red(), pending.green(), pending.blue(), 45));
                painter->drawRect(box);
            }
        }
        if (m_view->currentHit() == ref) {
            painter->setPen(cosmeticPen(highlight, 3));
            painter->setBrush(Qt::NoBrush);
            const qreal m = 4 * pixel;
            for (const QRect &box : set.hits().at(i).boxes)
                painter->drawRect(QRectF(box).adjusted(-m, -m, m, m));
        }
    }
}

void PageItem::paintRegions(QPainter *painter, qreal pixel)
{
    const auto selected = m_view->selectedRegion();
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    for (const ManualRegion &r : m_session->redactions(m_page).regions()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 225));
        painter->drawRect(r.rect);
        if (selected.first == m_page && selected.second == r.id) {
            painter->setPen(cosmeticPen(highlight, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r.rect);
            painter->setBrush(highlight);
            const qreal h = 5 * pixel;
            for (const QPointF &c : {QPointF(r.rect.topLeft()), QPointF(r.rect.topRight()) + QPointF(1, 0),
                                     QPointF(r.rect.bottomRight()) + QPointF(1, 1), QPointF(r.rect.bottomLeft()) + QPointF(0, 1)})
                painter->drawRect(QRectF(c - QPointF(h, h), QSizeF(2 * h, 2 * h)));
        }
    }
}

void PageItem::paintCrop(QPainter *painter, qreal pixel)
{
    Q_UNUSED(pixel)
    const QRect crop = m_session->crop(m_page);
    if (crop.isNull())
        return;
    QPainterPath outside;
    outside.addRect(boundingRect());
    QPainterPath inside;
    inside.addRect(crop);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(20, 20, 20, 140));
    painter->drawPath(outside.subtracted(inside));
    painter->setPen(cosmeticPen(QColor(40, 160, 255), 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(crop);
}

qreal PageItem::tolerance() const
{
    return 8.0 / std::max(m_view->zoom(), 1e-6);
}

HitRef PageItem::hitAt(const QPointF &pos) const
{
    const QList<Hit> &hits = m_session->redactions(m_page).hits();
    for (int i = 0; i < hits.size(); ++i) {
        for (const QRect &box : hits.at(i).boxes) {
            if (QRectF(box).contains(pos))
                return {m_page, i};
        }
    }
    return {};
}

int PageItem::regionAt(const QPointF &pos) const
{
    const QList<ManualRegion> &regions = m_session->redactions(m_page).regions();
    for (auto it = regions.crbegin(); it != regions.crend(); ++it) {   // the topmost (last drawn) wins
        if (QRectF(it->rect).contains(pos))
            return it->id;
    }
    return 0;
}

int PageItem::cornerAt(const QPointF &pos) const
{
    const auto selected = m_view->selectedRegion();
    if (selected.first != m_page)
        return -1;
    const auto region = m_session->redactions(m_page).region(selected.second);
    if (!region)
        return -1;
    const QRectF r(region->rect);
    const QPointF corners[4] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    const qreal t = tolerance();
    for (int i = 0; i < 4; ++i) {
        if (std::abs(corners[i].x() - pos.x()) <= t && std::abs(corners[i].y() - pos.y()) <= t)
            return i;
    }
    return -1;
}

QString PageItem::wordAt(const QPointF &pos) const
{
    const ProcessedPage *page = m_session->processedPage(m_page);
    if (!page)
        return {};
    for (const TextLayer &layer : page->layers) {
        for (const Word &w : layer.words()) {
            if (w.box.contains(pos)) {
                // Trim the punctuation that sticks to words in running text.
                static const QString edges = QStringLiteral(".,;:!?\"'()[]<>“”‘’");
                QString t = w.text;
                while (!t.isEmpty() && edges.contains(t.back()))
                    t.chop(1);
                while (!t.isEmpty() && edges.contains(t.front()))
                    t.remove(0, 1);
                return t;
            }
        }
    }
    return {};
}

void PageItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !isRead()) {
        event->ignore();
        return;
    }
    m_origin = event->pos();
    m_dragMoved = false;
    switch (m_view->tool()) {
    case PageView::Tool::Draw:
        m_drag = Drag::Drawing;
        m_rubber = QRect();
        break;
    case PageView::Tool::Crop:
        m_drag = Drag::Cropping;
        m_rubber = QRect();
        break;
    case PageView::Tool::Select: {
        const int corner = cornerAt(m_origin);
        if (corner >= 0) {
            m_drag = Drag::Resizing;
            m_corner = corner;
            m_dragRegion = m_view->selectedRegion().second;
        } else if (const int id = regionAt(m_origin)) {
            m_drag = Drag::Moving;
            m_dragRegion = id;
            m_view->selectRegion(m_page, id);
        } else {
            m_view->selectRegion(-1, 0);
            const HitRef ref = hitAt(m_origin);
            if (ref.isValid()) {
                m_session->toggleDecision(ref);
                m_view->itemHitClicked(ref);
            }
            m_drag = Drag::None;
        }
        if (m_dragRegion) {
            if (const auto r = m_session->redactions(m_page).region(m_dragRegion))
                m_dragStart = r->rect;
        }
        break;
    }
    }
    event->accept();
}

void PageItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->pos();
    const QPointF delta = pos - m_origin;
    switch (m_drag) {
    case Drag::None:
        return;
    case Drag::Drawing:
    case Drag::Cropping:
        m_rubber = rectFromPoints(m_origin, pos).intersected(QRect(QPoint(0, 0), m_size));
        update();
        return;
    case Drag::Moving:
        m_session->moveRegion(m_page, m_dragRegion, m_dragStart.translated(delta.toPoint()), m_dragMoved);
        m_dragMoved = true;
        return;
    case Drag::Resizing: {
        QRectF r(m_dragStart);
        switch (m_corner) {
        case 0: r.setTopLeft(r.topLeft() + delta); break;
        case 1: r.setTopRight(r.topRight() + delta); break;
        case 2: r.setBottomRight(r.bottomRight() + delta); break;
        case 3: r.setBottomLeft(r.bottomLeft() + delta); break;
        }
        m_session->moveRegion(m_page, m_dragRegion, r.normalized().toRect(), m_dragMoved);
        m_dragMoved = true;
        return;
    }
    }
}

void PageItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_dragRegion = 0;
    const QRect rect = rectFromPoints(m_origin, event->pos());
    if (drag == Drag::Drawing) {
        if (const int id = m_session->addRegion(m_page, rect))
            m_view->selectRegion(m_page, id);
    } else if (drag == Drag::Cropping) {
        // A click without a drag removes the crop: the whole page is exported again.
        m_session->setCrop(m_page, rect.width() < 8 && rect.height() < 8 ? QRect() : rect);
    }
    m_rubber = QRect();
    update();
}

void PageItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_view->tool() != PageView::Tool::Select) {
        shape = Qt::CrossCursor;
    } else if (const int corner = cornerAt(event->pos()); corner >= 0) {
        shape = corner % 2 == 0 ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor;
    } else if (regionAt(event->pos())) {
        shape = Qt::SizeAllCursor;
    } else if (hitAt(event->pos()).isValid()) {
        shape = Qt::PointingHandCursor;
    }
    setCursor(shape);
}

void PageItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_view->itemWordMenu(m_page, hitAt(event->pos()), wordAt(event->pos()), event->screenPos());
    event->accept();
}

} // namespace Blackout
