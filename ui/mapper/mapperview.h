#pragma once

#include <QtWidgets/QGraphicsView>

namespace LedgerLink::Studio {

class MapperScene;

/// The view of the mapper's diagram: antialiased, zoom with Ctrl+wheel or the zoom actions,
/// follows the scene's requests to show a line.
class MapperView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapperView)

public:
    explicit MapperView(MapperScene *scene, QWidget *parent = nullptr);
    ~MapperView() override;

    qreal zoom() const { return m_zoom; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    void setZoom(qreal zoom);

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    qreal m_zoom = 1.0;
};

} // namespace LedgerLink::Studio
