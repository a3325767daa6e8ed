#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QGraphicsScene;
class QKeyEvent;

namespace acu {

class BodyMapView;
class MarkerItem;

/// The body map's keys and its keyboard focus: a current marker, distinct from the selected
/// point, that the arrow keys move to the nearest shown, undimmed marker in their direction
/// (nearestInDirection) and Enter, Return or Space select, as a click would. Home and End go
/// to the first and last marker in reading order. The first arrow key while no marker has
/// the focus puts it on the selected point's marker (of two, the one nearer the view's
/// centre), or else on the marker nearest the view's centre, without moving on from there. With Ctrl the arrow keys
/// pan a zoomed drawing, as the scroll bars and Page Up and Page Down do. The focused marker
/// is scrolled into sight, wears its focus ring while the map has focus, and is announced to
/// accessibility. Leaving the view forgets it.
class MapKeyboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapKeyboard)

public:
    explicit MapKeyboard(BodyMapView* map);

    /// The marker of the current view with the keyboard focus, or nullptr.
    [[nodiscard]] MarkerItem* focusedMarker() const;
    /// Gives a marker of the current view the keyboard focus (nullptr: none).
    void setFocusedMarker(MarkerItem* marker);
    /// Selects a marker's point, as a click on it does.
    void activate(const MarkerItem* marker);
    /// Gives the keyboard focus to the marker of a point nearest a place in the viewport: a
    /// click or a choice in the chooser selected that point there, so the keys go on from it
    /// and its ring shows (now or when the map gets focus). Nothing changes for a code the
    /// current view does not show.
    void focusPointAt(const QString& code, const QPointF& viewportPos);

signals:
    void activated(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Handles a key press; false for keys the map handles itself.
    bool handleKey(const QKeyEvent* event);
    /// The markers the keys reach now: the current view's shown, undimmed markers.
    [[nodiscard]] QList<MarkerItem*> reachableMarkers() const;
    /// Where the keyboard starts when no marker has the focus.
    [[nodiscard]] MarkerItem* startMarker(const QList<MarkerItem*>& reachable) const;
    /// Shows or hides the focused marker's ring: it shows while the map has focus.
    void updateRing();
    void announce();

    BodyMapView* m_map = nullptr;
    MarkerItem* m_focused = nullptr;
    QPointer<QGraphicsScene> m_scene; ///< m_focused's scene; its markers go with it
};

} // namespace acu
