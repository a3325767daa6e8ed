#pragma once

#include <QPixmap>
#include <QString>

class QWidget;

namespace acu {

/// The pixels of a shown widget once its first paint has happened. For a window on the
/// offscreen platform they are copied from what was painted; otherwise the widget is
/// rendered again.
[[nodiscard]] QPixmap capturePainted(QWidget& widget);

/// Writes capturePainted(widget) to a PNG file. Returns an empty string on success, or
/// what went wrong.
[[nodiscard]] QString captureToPng(QWidget& widget, const QString& path);

} // namespace acu
