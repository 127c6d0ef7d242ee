// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsession.h"

#include <QGraphicsView>

class QPinchGesture;

namespace Blackout {

class PageItem;

/// The pages of the open document, stacked, at any zoom, with hits, manual regions and the crop on top.
class PageView : public QGraphicsView {
    Q_OBJECT
public:
    enum class Tool { Select, Draw, Crop };
    enum class ZoomMode { FitWidth, FitPage, Custom };

    explicit PageView(ReviewSession *session, QWidget *parent = nullptr);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    ZoomMode zoomMode() const { return m_zoomMode; }
    qreal zoom() const { return m_zoom; }
    void setZoomMode(ZoomMode mode);
    /// Zoom factor in page pixels per device-independent pixel; switches to ZoomMode::Custom.
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void zoomActualSize();

    int currentPage() const;
    void scrollToPage(int page);
    HitRef currentHit() const { return m_currentHit; }
    /// Makes ref the highlighted hit and scrolls it into view.
    void setCurrentHit(const HitRef &ref);
    /// The selected manual region as {page, id}, or {-1, 0}.
    std::pair<int, int> selectedRegion() const { return m_selectedRegion; }
    void selectRegion(int page, int id);
    PageItem *pageItem(int page) const;
    /// Maps a point of a page (page pixels) to viewport coordinates: lets tests click where a person would.
    QPoint viewportPoint(int page, const QPointF &pagePoint) const;

    // Called by the page items.
    void itemHitClicked(const HitRef &ref);
    void itemWordMenu(int page, const HitRef &hit, const QString &word, const QPoint &screenPos);

Q_SIGNALS:
    void currentPageChanged(int page);
    void hitActivated(const Blackout::HitRef &ref);
    void toolChanged(Blackout::PageView::Tool tool);
    void zoomChanged(qreal zoom);
    void wordMenuRequested(int page, const Blackout::HitRef &hit, const QString &word, const QPoint &screenPos);
    void filesDropped(const QStringList &paths);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Tells the session which pages are on screen, before they are drawn (ReviewSession::setVisiblePages).
    void pinVisiblePages();
    void rebuild();
    void layoutPages();
    void applyFit();
    void onPageChanged(int page);
    void updatePage(int page);

    ReviewSession *m_session;
    QList<PageItem *> m_items;
    Tool m_tool = Tool::Select;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    qreal m_zoom = 1.0;
    HitRef m_currentHit;
    std::pair<int, int> m_selectedRegion{-1, 0};
    int m_lastCurrentPage = -1;
};

} // namespace Blackout
