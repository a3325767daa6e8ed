#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace acu {

/// A point's code ("BL23") beside its marker: a child of the marker, so it keeps its size
/// on screen whatever the zoom and hides with it. Drawn on a light chip with a thin dark
/// edge, so it reads on the skin and on the map's light or dark background alike; a dimmed
/// marker's label has grey text, still at 4.5:1 or more. It never takes a click or a hover:
/// those reach the markers under it.
class MarkerLabelItem final : public QGraphicsItem {
public:
    static constexpr int Type = UserType + 5;

    MarkerLabelItem(QString text, QGraphicsItem* parent);

    struct Colours {
        QColor text;
        QColor background; ///< a little transparent
        QColor edge;
    };
    [[nodiscard]] static Colours colours(bool dimmed);
    /// The font labels are drawn in, from a widget's font.
    [[nodiscard]] static QFont labelFont(const QFont& base);
    /// The size of a label showing text in font.
    [[nodiscard]] static QSizeF labelSize(const QString& text, const QFont& font);

    [[nodiscard]] const QString& text() const { return m_text; }
    /// Shows the label at rect (in pixels, relative to the marker's centre) in font.
    void place(const QRectF& rect, const QFont& font, bool dimmed);
    /// Where the label is, relative to the marker's centre (empty while hidden).
    [[nodiscard]] QRectF placedRect() const { return isVisible() ? m_rect : QRectF(); }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_text;
    QRectF m_rect;
    QFont m_font;
    bool m_dimmed = false;
};

} // namespace acu
