#pragma once

#include <QColor>
#include <QWidget>

class QPalette;

namespace acu {

/// The colour of keyboard-focus rings: the palette's highlight, darkened or lightened just
/// enough to have 3:1 against both the base and the window colour (WCAG 2.1 non-text contrast).
[[nodiscard]] QColor focusRingColour(const QPalette& palette);
/// The halo under a focus ring drawn on a body drawing: black or white, whichever contrasts
/// more with the ring, so that the ring reads on skin as well as on the background.
[[nodiscard]] QColor focusHaloColour(const QPalette& palette);

/// A ring round a widget's edge while the widget has keyboard focus. It is a child of the
/// widget laid over the whole of it (a scroll area's frame, viewport and scroll bars alike),
/// transparent to the mouse and shown only while the widget has focus, so the widget's own
/// painting needs no change. The widget is masked to the ring's band: a scroll area that
/// keeps its viewport out of it (viewport margins of kWidth) scrolls by copying pixels, as
/// it does without a ring, instead of repainting its whole viewport.
class FocusRing final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    static constexpr int kWidth = 2;

    explicit FocusRing(QWidget* target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void follow();

    QWidget* m_target = nullptr;
};

} // namespace acu
