#pragma once

// The body map as a screen reader sees it: the map, and under it one child per marker of the
// current view, each a button with the point's name, side and pregnancy status.

#include "models/BodyMarkers.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace acu {

class BodyMapView;
class MarkerItem;

/// "BL23 Shènshū – Kidney Shu, left side": the marker's label and the body's side it stands for.
[[nodiscard]] QString markerAccessibleName(const BodyMarker& marker);
/// "Pregnancy: caution", "Pregnancy: traditionally forbidden" or "Pregnancy: no caution known".
[[nodiscard]] QString markerAccessibleDescription(const BodyMarker& marker);

/// Makes QAccessible describe every BodyMapView with BodyMapAccessible. Calling it again does nothing.
void installBodyMapAccessibility();

/// What accessibility hears of a marker's state.
struct HeardMarkerState {
    bool selected = false;
    bool disabled = false;  ///< dimmed: filtered out
    bool invisible = false; ///< hidden
};
/// The states of the current view's markers, in BodyMapView::currentMarkers() order.
[[nodiscard]] QList<HeardMarkerState> heardMarkerStates(const BodyMapView& map);
/// The markers whose state changed from `before` to `after`, as (marker index, the states
/// that changed), in index order. Nothing when the lists differ in length (another view's).
[[nodiscard]] QList<QPair<int, QAccessible::State>> markerStateChanges(const QList<HeardMarkerState>& before,
                                                                       const QList<HeardMarkerState>& after);

/// Tells accessibility what changes on a map: a StateChanged event for each marker of the
/// current view that was selected, dimmed or hidden, or is no longer, and an ObjectReorder
/// event for the map when another view's markers take the place of its children. A child
/// of the map, made by the map.
class BodyMapEvents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapEvents)

public:
    explicit BodyMapEvents(BodyMapView* map);

private:
    /// Sends StateChanged for each marker whose state differs from what was heard.
    void statesChanged();
    void viewChanged();

    BodyMapView* m_map = nullptr;
    QString m_view;                  ///< the view of m_heard
    QList<HeardMarkerState> m_heard; ///< by marker index in BodyMapView::currentMarkers()
};

/// The map: its children are the current view's markers in BodyMapView::currentMarkers()
/// order, hidden ones included with the invisible state; the focus child is the marker
/// with the keyboard focus. Child interfaces are made as asked for and kept while the map
/// lives, one per view and marker index.
class BodyMapAccessible final : public QAccessibleWidget {
public:
    explicit BodyMapAccessible(BodyMapView* map);
    ~BodyMapAccessible() override;
    Q_DISABLE_COPY_MOVE(BodyMapAccessible)

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface* focusChild() const override;

private:
    [[nodiscard]] BodyMapView* map() const;

    mutable QHash<QPair<QString, int>, QAccessible::Id> m_children; ///< by (view id, marker index)
};

/// One marker: a button that selects its point ("Press") or takes the keyboard focus
/// ("SetFocus"). It finds its marker through the map each time it is asked, and is invalid
/// while the map shows another view.
class MarkerAccessible final : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    MarkerAccessible(BodyMapView* map, QString viewId, int index);
    Q_DISABLE_COPY_MOVE(MarkerAccessible)
    ~MarkerAccessible() override = default;

    [[nodiscard]] int markerIndex() const { return m_index; }
    [[nodiscard]] QString viewId() const { return m_viewId; }

    [[nodiscard]] bool isValid() const override;
    [[nodiscard]] QObject* object() const override { return nullptr; }
    [[nodiscard]] QWindow* window() const override;
    [[nodiscard]] QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface* parent() const override;
    [[nodiscard]] QAccessibleInterface* child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString&) override {}
    [[nodiscard]] QRect rect() const override;
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::Button; }
    [[nodiscard]] QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    [[nodiscard]] QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    [[nodiscard]] QStringList keyBindingsForAction(const QString& actionName) const override;

private:
    [[nodiscard]] MarkerItem* marker() const;

    QPointer<BodyMapView> m_map;
    QString m_viewId;
    int m_index = 0;
};

} // namespace acu
