#pragma once

#include <QWidget>

namespace acu {

/// The notice under the detail pane, always in view: the atlas is a reference, not medical
/// advice, and severe, lasting or injury-related pain needs a doctor. A message bar: the
/// text on a tint of the caution colour inside a border of it, which stands out in light
/// and dark palettes alike without a symbol the desktop's font may lack. Plain-text
/// labels rather than one rich-text label (a word-wrapped rich-text label lays out a whole
/// text document each time the layout asks for its height: about 4 ms at start-up), and
/// no bold headline (a second font face to load before the first paint: about 1.5 ms).
class MedicalNotice final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedicalNotice)

public:
    explicit MedicalNotice(QWidget* parent = nullptr);

    /// The bar's fill and border: the caution colour over the palette's window colour.
    [[nodiscard]] QColor fillColor() const;
    [[nodiscard]] QColor borderColor() const;

signals:
    /// The person asked for the full medical disclaimer.
    void disclaimerRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace acu
