#include "ui/theme/FocusRing.h"

#include "ui/theme/Contrast.h"

#include <QEvent>
#include <QPainter>
#include <QPalette>
#include <QRegion>

namespace acu {

namespace {

constexpr double kRingContrast = 3.0;

} // namespace

QColor focusRingColour(const QPalette& palette)
{
    // In either palette the base and the window colour are both light or both dark, so both
    // steps move the colour the same way and the second keeps what the first reached.
    const QColor onBase =
        withContrast(palette.color(QPalette::Highlight), palette.color(QPalette::Base), kRingContrast);
    return withContrast(onBase, palette.color(QPalette::Window), kRingContrast);
}

QColor focusHaloColour(const QPalette& palette)
{
    const QColor ring = focusRingColour(palette);
    return contrastRatio(ring, Qt::white) >= contrastRatio(ring, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
}

FocusRing::FocusRing(QWidget* target)
    : QWidget(target)
    , m_target(target)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    target->installEventFilter(this);
    follow();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::ChildAdded: // a new viewport or scroll bar would cover the ring
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::follow()
{
    setGeometry(m_target->rect());
    // Only the ring's band is the widget's: a scroll area whose viewport keeps out of the
    // band (viewport margins of kWidth) is then not overlapped, and scrolls by copying.
    const QRect band = m_target->rect();
    setMask(QRegion(band).subtracted(QRegion(band.adjusted(kWidth, kWidth, -kWidth, -kWidth))));
    // Hidden while the target has no focus, for scroll areas without such margins: a
    // viewport scrolls by copying pixels only when nothing lies over it.
    const bool focused = m_target->hasFocus();
    if (focused)
        raise();
    setVisible(focused);
}

void FocusRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(QPen(focusRingColour(m_target->palette()), kWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const double inset = kWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace acu
