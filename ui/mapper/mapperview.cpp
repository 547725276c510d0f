#include "mapperview.h"

#include "mapperscene.h"

#include <QtGui/QWheelEvent>

#include <algorithm>

namespace LedgerLink::Studio {

MapperView::MapperView(MapperScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::NoDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Field mapping diagram"));
    connect(scene, &MapperScene::ensureVisibleRequested, this,
            [this](const QRectF &rect) { ensureVisible(rect, 40, 40); });
}

MapperView::~MapperView() = default;

void MapperView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.25, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    emit zoomChanged(m_zoom);
}

void MapperView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void MapperView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void MapperView::resetZoom()
{
    setZoom(1.0);
}

void MapperView::fitToWindow()
{
    const QRectF rect = sceneRect();
    if (rect.isEmpty())
        return;
    const qreal scale = std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    setZoom(scale);
}

void MapperView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
            setZoom(m_zoom * std::pow(1.25, steps));
            setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace LedgerLink::Studio
