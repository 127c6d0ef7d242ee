// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageview.h"

#include "pageitem.h"

#include <QGestureEvent>
#include <QGraphicsScene>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

namespace Blackout {

namespace {
constexpr qreal PageGap = 24;   // scene units (page pixels) between pages
constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 8.0;
}

PageView::PageView(ReviewSession *session, QWidget *parent) : QGraphicsView(parent), m_session(session)
{
    setScene(new QGraphicsScene(this));
    setBackgroundBrush(palette().color(QPalette::Dark));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Pages"));

    connect(session, &ReviewSession::documentChanged, this, &PageView::rebuild);
    connect(session, &ReviewSession::pageChanged, this, &PageView::onPageChanged);
    connect(session, &ReviewSession::hitChanged, this, [this](int page, int) { updatePage(page); });
    connect(session, &ReviewSession::regionsChanged, this, [this](int page) {
        // A region removed by undo can no longer be selected.
        if (m_selectedRegion.first == page && !m_session->redactions(page).region(m_selectedRegion.second))
            m_selectedRegion = {-1, 0};
        updatePage(page);
    });
    connect(session, &ReviewSession::cropChanged, this, &PageView::updatePage);
    connect(session, &ReviewSession::pixelsChanged, this, &PageView::updatePage);
    connect(session, &ReviewSession::pixelsDropped, this, [this](int page) {
        if (PageItem *item = pageItem(page))
            item->dropPixels();
    });
}

void PageView::rebuild()
{
    scene()->clear();
    m_items.clear();
    m_currentHit = {};
    m_selectedRegion = {-1, 0};
    m_lastCurrentPage = -1;
    const auto doc = m_session->document();
    if (doc) {
        for (int i = 0; i < doc->pageCount(); ++i) {
            auto *item = new PageItem(m_session, this, i, doc->pageSize(i));
            scene()->addItem(item);
            m_items.append(item);
        }
    }
    layoutPages();
    applyFit();
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void PageView::layoutPages()
{
    qreal y = 0;
    qreal width = 0;
    for (PageItem *item : std::as_const(m_items)) {
        const QSizeF size = item->boundingRect().size();
        item->setPos(-size.width() / 2, y);
        y += size.height() + PageGap;
        width = std::max(width, size.width());
    }
    scene()->setSceneRect(QRectF(-width / 2 - PageGap, -PageGap, width + 2 * PageGap, y + PageGap));
}

void PageView::onPageChanged(int page)
{
    PageItem *item = pageItem(page);
    const ProcessedPage *processed = m_session->processedPage(page);
    if (!item || !processed)
        return;
    const QSizeF before = item->boundingRect().size();
    item->setRead(m_session->pageSize(page));
    if (item->boundingRect().size() != before) {
        layoutPages();
        applyFit();
    }
}

void PageView::updatePage(int page)
{
    if (PageItem *item = pageItem(page))
        item->update();
}

PageItem *PageView::pageItem(int page) const
{
    return page >= 0 && page < m_items.size() ? m_items.at(page) : nullptr;
}

QPoint PageView::viewportPoint(int page, const QPointF &pagePoint) const
{
    const PageItem *item = pageItem(page);
    return item ? mapFromScene(item->mapToScene(pagePoint)) : QPoint();
}

void PageView::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    Q_EMIT toolChanged(tool);
}

void PageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    applyFit();
}

void PageView::setZoom(qreal zoom)
{
    m_zoomMode = ZoomMode::Custom;
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    Q_EMIT zoomChanged(m_zoom);
}

void PageView::zoomBy(qreal factor)
{
    setZoom(m_zoom * factor);
}

void PageView::zoomActualSize()
{
    // One page pixel per device pixel: the sharpest the page can look.
    setZoom(1.0 / devicePixelRatioF());
}

void PageView::applyFit()
{
    if (m_zoomMode == ZoomMode::Custom || m_items.isEmpty())
        return;
    const QSize area = viewport()->size() - QSize(8, 8);
    const PageItem *item = pageItem(std::max(0, currentPage()));
    qreal widest = 0;
    for (const PageItem *i : std::as_const(m_items))
        widest = std::max(widest, i->boundingRect().width());
    qreal zoom = area.width() / (widest + 2 * PageGap);
    if (m_zoomMode == ZoomMode::FitPage && item)
        zoom = std::min(zoom, area.height() / (item->boundingRect().height() + 2 * PageGap));
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    if (m_zoomMode == ZoomMode::FitPage && item)
        centerOn(item);
    Q_EMIT zoomChanged(m_zoom);
}

int PageView::currentPage() const
{
    if (m_items.isEmpty())
        return -1;
    const QPointF centre = mapToScene(viewport()->rect().center());
    int best = 0;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int i = 0; i < m_items.size(); ++i) {
        const QRectF r = m_items.at(i)->sceneBoundingRect();
        const qreal d = r.contains(centre) ? 0 : std::min(std::abs(r.top() - centre.y()), std::abs(r.bottom() - centre.y()));
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void PageView::scrollToPage(int page)
{
    if (PageItem *item = pageItem(page)) {
        const QRectF r = item->sceneBoundingRect();
        centerOn(r.center().x(), r.top() + mapToScene(viewport()->rect()).boundingRect().height() / 2 - PageGap);
    }
}

void PageView::setCurrentHit(const HitRef &ref)
{
    const HitRef old = m_currentHit;
    m_currentHit = ref;
    updatePage(old.page);
    updatePage(ref.page);
    const Hit *hit = m_session->hit(ref);
    PageItem *item = pageItem(ref.page);
    if (hit && item) {
        const QRectF box = item->mapRectToScene(QRectF(hit->boundingBox()));
        // Keep some context around the hit so the reader sees the sentence it is in.
        const int margin = std::min(120, viewport()->height() / 3);
        ensureVisible(box, margin, margin);
    }
}

void PageView::selectRegion(int page, int id)
{
    const int old = m_selectedRegion.first;
    m_selectedRegion = {page, id};
    updatePage(old);
    updatePage(page);
}

void PageView::itemHitClicked(const HitRef &ref)
{
    setCurrentHit(ref);
    Q_EMIT hitActivated(ref);
}

void PageView::itemWordMenu(int page, const HitRef &hit, const QString &word, const QPoint &screenPos)
{
    Q_EMIT wordMenuRequested(page, hit, word, screenPos);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    applyFit();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool PageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selectedRegion.first >= 0) {
        m_session->removeRegion(m_selectedRegion.first, m_selectedRegion.second);
        m_selectedRegion = {-1, 0};
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PageView::paintEvent(QPaintEvent *event)
{
    pinVisiblePages();
    QGraphicsView::paintEvent(event);
}

void PageView::pinVisiblePages()
{
    // Many pages at once are drawn from small scaled copies: pinning their full pixels would outgrow the
    // budget for nothing.
    constexpr qsizetype kMostPinned = 8;
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    QSet<int> visible;
    for (const PageItem *item : std::as_const(m_items)) {
        if (item->sceneBoundingRect().intersects(shown))
            visible.insert(item->page());
    }
    m_session->setVisiblePages(visible.size() <= kMostPinned ? visible : QSet<int>());
}

void PageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    const int page = currentPage();
    if (page != m_lastCurrentPage) {
        m_lastCurrentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PageView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PageView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PageView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
    }
}

} // namespace Blackout
