#include "ui/window/WindowCapture.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QWidget>

namespace acu {

namespace {

/// zlib level 1: a fast write (Qt maps PNG quality q to level (100 - q) * 9 / 91).
constexpr int kPngQuality = 80;

/// On the offscreen platform a window's screen pixels are its backing store: copying them
/// gives the window exactly as it was painted, without painting every widget a second time.
/// Returns a null pixmap where that copy is not available or not the whole window (Qt 6.4
/// copies only part of it at a device pixel ratio other than 1).
QPixmap copyPaintedWindow(QWidget& widget)
{
    if (QGuiApplication::platformName() != QLatin1String("offscreen") || !widget.isWindow())
        return {};
    QScreen* screen = widget.screen();
    if (!screen)
        return {};
    QPixmap pixmap = screen->grabWindow(widget.winId());
    const QSize expected = widget.size() * widget.devicePixelRatio();
    return pixmap.size() == expected ? pixmap : QPixmap();
}

} // namespace

QPixmap capturePainted(QWidget& widget)
{
    QCoreApplication::processEvents(); // the first paint
    const QPixmap copied = copyPaintedWindow(widget);
    return copied.isNull() ? widget.grab() : copied;
}

QString captureToPng(QWidget& widget, const QString& path)
{
    const QPixmap pixmap = capturePainted(widget);
    if (pixmap.isNull())
        return QCoreApplication::translate("acu", "the window could not be rendered");
    if (!pixmap.toImage().convertToFormat(QImage::Format_RGB888).save(path, "PNG", kPngQuality))
        return QCoreApplication::translate("acu", "could not write %1").arg(path);
    return {};
}

} // namespace acu
