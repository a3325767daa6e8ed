#pragma once

#include "models/BodyMarkers.h"

#include <QColor>
#include <QGraphicsItem>

namespace acu {

/// A point marker on a body drawing. Keeps its size on screen whatever the zoom; the
/// selected marker is larger and ringed. In pregnancy mode the shape says the pregnancy
/// status without relying on colour: a circle for none known, a square for caution, a
/// diamond for contraindicated; otherwise every marker is a circle. A dimmed marker (a point
/// the list filters out) is drawn smaller, so that the points listed stand out at density.
class MarkerItem final : public QGraphicsItem {
public:
    static constexpr int Type = UserType + 1;

    explicit MarkerItem(BodyMarker marker);

    [[nodiscard]] const BodyMarker& marker() const { return m_marker; }
    void setSelectedMarker(bool selected);
    [[nodiscard]] bool isSelectedMarker() const { return m_selected; }
    /// Dimmed markers belong to points the list filters out.
    void setDimmed(bool dimmed);
    [[nodiscard]] bool isDimmed() const { return m_dimmed; }
    void setPregnancyMode(bool on);
    /// The pregnancy mark the marker shows now (None outside pregnancy mode).
    [[nodiscard]] PregnancyMark shownMark() const;
    /// How far from its centre the marker draws now, in pixels on screen: its edge, or its
    /// selection ring and halo. Labels keep outside it.
    [[nodiscard]] double drawnRadius() const;
    /// The keyboard's current marker (distinct from the selection) wears a dashed circle
    /// outside any selection ring, in the palette's focus-ring colour over a halo.
    void setKeyboardFocused(bool focused);
    [[nodiscard]] bool isKeyboardFocused() const { return m_keyboardFocused; }
    /// The radius of the keyboard-focus ring's centre line, in pixels.
    [[nodiscard]] double focusRingRadius() const;

    /// The colours a marker is drawn in. They do not change with the palette: a marker sits
    /// on the skin of a drawing or beside it on the map's background, light or dark, so each
    /// look has an edge of the opposite lightness to its middle (a light edge round a mid
    /// fill, a light halo round the dark selection ring) and reads on either.
    struct Colours {
        QColor fill;
        QColor edge;
    };
    [[nodiscard]] static Colours markColours(PregnancyMark mark);
    /// The selection ring and the halo round it.
    [[nodiscard]] static Colours ringColours();

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    [[nodiscard]] double radius() const;
    [[nodiscard]] QPainterPath outline(double r) const;
    /// Draws the marker with its origin at the painter origin.
    void drawMarker(QPainter* painter) const;
    void drawFocusRing(QPainter* painter, const QPalette& palette) const;

    BodyMarker m_marker;
    bool m_selected = false;
    bool m_dimmed = false;
    bool m_hovered = false;
    bool m_pregnancyMode = false;
    bool m_keyboardFocused = false;
};

} // namespace acu
