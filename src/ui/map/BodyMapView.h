#pragma once

#include "models/BodyMarkers.h"
#include "ui/map/BodyDrawing.h"
#include "ui/map/MarkerLabeller.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

#include <functional>

namespace acu {

class MapKeyboard;
class MarkerItem;

/// The body map: one drawing at a time with its point markers. Takes views and markers
/// as data and says what the user did by signals; it never reads the catalogue.
/// Zoom 1 fits the drawing to the widget; the wheel and a touchpad's pinch zoom about the
/// point under the cursor, zoomIn/zoomOut about the selection, and a zoomed drawing pans by
/// dragging. Each view keeps its own zoom and scroll position while others are shown.
class BodyMapView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapView)

public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 8.0;

    explicit BodyMapView(QWidget* parent = nullptr);
    ~BodyMapView() override;

    /// Where the drawings are: DIR/<view id>.svg. Defaults to the built-in drawings.
    void setDrawingDirectory(const QString& directory);
    /// Drawings parsed ahead (loadDrawing) for views not shown yet; a view's first showing
    /// uses its prepared drawing instead of reading the file. Call before setViews.
    void adoptDrawings(PreparedDrawings drawings);
    void setViews(const QList<BodyViewInfo>& views);
    void setMarkers(const QList<BodyMarker>& markers);

    [[nodiscard]] const QList<BodyViewInfo>& views() const { return m_views; }
    [[nodiscard]] QString currentView() const { return m_currentView; }
    /// The views that have a marker of this point, in view order.
    [[nodiscard]] QStringList viewsShowing(const QString& code) const;

    [[nodiscard]] const QList<BodyMarker>& markers() const { return m_markers; }
    [[nodiscard]] QString selectedCode() const { return m_selectedCode; }
    [[nodiscard]] double zoom() const { return m_zoom; }

    /// The markers of the current view, in the order of setMarkers (for the keyboard, tests
    /// and accessibility).
    [[nodiscard]] QList<MarkerItem*> currentMarkers() const;
    /// The keyboard focus among the markers, and the map's keys (MapKeyboard).
    [[nodiscard]] MapKeyboard* keyboard() const { return m_keyboard; }
    /// The channels whose course lines the current view draws, in WHO order.
    [[nodiscard]] QStringList drawnChannels() const;

public slots:
    /// Shows a view by id; unknown ids are ignored. Emits viewChanged.
    void showView(const QString& viewId);
    /// Highlights a point's markers, switching to a view that shows it when the current one
    /// does not, and scrolls it into sight. An empty code clears the selection.
    void setSelectedCode(const QString& code);
    /// Markers of other points are dimmed.
    void setVisibleCodes(const QStringList& codes);
    /// Switches to the view that shows most of these points, staying in the current view
    /// when it shows as many. Nothing changes when no view shows any.
    void showViewShowingMost(const QStringList& codes);
    /// Draws the course lines of these channels (by prefix) on every view, and no others.
    void setShownChannels(const QStringList& prefixes);
    /// Pregnancy mode: marker shapes show the pregnancy status.
    void setPregnancyMode(bool on);
    /// Hides the markers of points traditionally forbidden in pregnancy.
    void setHideContraindicated(bool hide);
    void setZoom(double zoom);
    /// Zooms so that the drawing's point under viewportPos (viewport coordinates) stays there.
    void zoomAbout(double zoom, const QPointF& viewportPos);
    void zoomIn();
    void zoomOut();
    void fitToView();

signals:
    void pointActivated(const QString& code);
    /// The context menu was asked for on a point's marker, at globalPos.
    void addToRoutineRequested(const QString& code, const QPoint& globalPos);
    void viewChanged(const QString& viewId);
    /// After setSelectedCode, with the code ("" when the selection was cleared).
    void selectedCodeChanged(const QString& code);
    void zoomChanged(double zoom);
    /// After markers were selected, dimmed or hidden, or no longer are.
    void markerStatesChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// Finds the points whose finger targets hold a place of the viewport: `choose` takes
    /// the one, or the chooser offers several. False when none holds it.
    bool offerTargetsAt(const QPointF& at, const QPoint& globalPos, const std::function<void(const QString&)>& choose);
    QGraphicsScene* sceneFor(const QString& viewId);
    /// The view's prepared drawing, or its file parsed now.
    std::unique_ptr<QSvgRenderer> takeDrawing(const QString& viewId);
    void applyTransform();
    /// Remembers the current view's zoom and the drawing's point at the viewport's centre.
    void savePlace();
    /// Takes up a view's remembered zoom and scroll position (fit, for a view not shown yet).
    void restorePlace(const QString& viewId);
    void applyMarkerStates(QGraphicsScene* scene);
    /// Places the current view's code labels (MarkerLabeller.h); while the map is not shown,
    /// when it is (its size is not known until then).
    void placeLabels();
    void centreOnSelection();
    void cacheDrawings();

    QString m_drawingDirectory;
    QList<BodyViewInfo> m_views;
    QList<BodyMarker> m_markers;
    QHash<QString, QGraphicsScene*> m_scenes;
    QHash<QString, QList<MarkerItem*>> m_markerItems; ///< each scene's markers, by view id
    MapKeyboard* m_keyboard = nullptr;
    PreparedDrawings m_prepared;
    bool m_cacheDrawings = false; ///< set after the first paint; see paintEvent
    LabelSizes m_labelSizes;
    bool m_labelsPending = false; ///< asked for while the map was not shown
    QString m_currentView;
    QString m_selectedCode;
    QSet<QString> m_visibleCodes;
    bool m_filtering = false;
    bool m_pregnancyMode = false;
    bool m_hideContraindicated = false;
    QSet<QString> m_shownChannels; ///< prefixes of the channels whose lines are drawn
    double m_zoom = 1.0;
    struct Place {
        double zoom = 1.0;
        QPointF centre; ///< the drawing's point at the viewport's centre
    };
    QHash<QString, Place> m_places; ///< by view id, for views not shown now
};

} // namespace acu
