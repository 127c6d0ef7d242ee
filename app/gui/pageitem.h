// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QGraphicsObject>
#include <QPixmap>

namespace Blackout {

class PageView;

/// One page in the page view: its pixels, its hits as a person reviews them, its manual regions and crop,
/// and the mouse gestures of the current tool. Everything it shows it reads from the session.
class PageItem : public QGraphicsObject {
    Q_OBJECT
public:
    PageItem(ReviewSession *session, PageView *view, int page, const QSize &size);

    int page() const { return m_page; }
    QSize pageSize() const { return m_size; }
    /// The page was read: its size is now its image's.
    void setRead(const QSize &size);
    bool isRead() const;
    /// The session let the page's pixels go: so does this item, but for a small copy for low zoom.
    void dropPixels();
    /// The page could not be read: its placeholder says so instead of "Reading…".
    void setFailed();
    bool hasFailed() const { return m_failed; }
    /// Reading stopped (Esc) before this page was read: its placeholder says so; false when reading starts again.
    void setStopped(bool stopped);
    bool wasStopped() const { return m_stopped; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    enum class Drag { None, Drawing, Moving, Resizing, Cropping };

    /// What to draw at deviceScale: the session's pixels, scaled down for low zoom; while the session has
    /// none, an earlier scaled copy (or null) and the pixels are asked for.
    QImage imageFor(qreal deviceScale);
    void askForPixels();
    /// The page's state over its pixels while it is being read.
    void paintBadge(QPainter *painter, qreal pixel, const QString &text);
    void paintHits(QPainter *painter, qreal pixel);
    void paintRegions(QPainter *painter, qreal pixel);
    void paintCrop(QPainter *painter, qreal pixel);
    qreal tolerance() const;
    HitRef hitAt(const QPointF &pos) const;
    int regionAt(const QPointF &pos) const;
    /// The corner (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left) of the selected region near pos.
    int cornerAt(const QPointF &pos) const;
    QString wordAt(const QPointF &pos) const;

    ReviewSession *m_session;
    PageView *m_view;
    int m_page;
    QSize m_size;
    bool m_failed = false;
    bool m_stopped = false;
    QImage m_scaled;   // the page pre-scaled for low zoom, where smooth scaling per paint is too slow
    qreal m_scaledFor = 0;
    bool m_pixelsTimer = false;  // the pixels of the page being read are asked for after a moment

    Drag m_drag = Drag::None;
    QPointF m_origin;
    QRect m_rubber;
    int m_dragRegion = 0;
    QRect m_dragStart;
    int m_corner = -1;
    bool m_dragMoved = false;
};

} // namespace Blackout
