#include "WindowCapture.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QWidget>

namespace acu {

QString captureToPng(QWidget& widget, const QString& path)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("acu", "the window could not be rendered");
    if (!pixmap.save(path, "PNG"))
        return QCoreApplication::translate("acu", "could not write %1").arg(path);
    return {};
}

} // namespace acu
