#include "WindowCapture.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace acu {

namespace {

/// zlib level 1: a fast write (Qt maps PNG quality q to level (100 - q) * 9 / 91).
constexpr int kPngQuality = 80;

} // namespace

QString captureToPng(QWidget& widget, const QString& path)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("acu", "the window could not be rendered");
    if (!pixmap.toImage().convertToFormat(QImage::Format_RGB888).save(path, "PNG", kPngQuality))
        return QCoreApplication::translate("acu", "could not write %1").arg(path);
    return {};
}

} // namespace acu
