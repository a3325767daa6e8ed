#pragma once

#include <QFont>
#include <QHash>
#include <QSizeF>
#include <QString>
#include <QTransform>

class QGraphicsScene;

namespace acu {

/// The sizes of labels already measured, by text, for one font: text is measured once for
/// a view's life, not at every change (a bilateral point's two labels share one size too).
class LabelSizes final {
public:
    /// MarkerLabelItem::labelSize(text, font), measured the first time.
    [[nodiscard]] QSizeF of(const QString& text, const QFont& font);

private:
    QFont m_font;
    QHash<QString, QSizeF> m_sizes;
};

/// Places the code labels of a scene's markers for the view's transform: the selected
/// point's label always, then those of the points the list leaves undimmed, then the rest,
/// each where it overlaps no other label and no shown marker (placeLabels), inside the
/// drawing. The whole drawing is labelled at once, so scrolling needs no new placement;
/// a change of zoom, view, selection, filter or shown markers does. Markers get their label
/// items the first time. Returns how many labels are shown.
int labelMarkers(QGraphicsScene& scene, const QTransform& transform, const QFont& font, LabelSizes& sizes);

} // namespace acu
