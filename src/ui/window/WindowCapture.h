#pragma once

#include <QPixmap>
#include <QString>

class QWidget;

namespace acu {

/// The pixels of a shown widget once its first paint has happened. For a window on the
/// offscreen platform they are copied from what was painted; otherwise the widget is
/// rendered again.
[[nodiscard]] QPixmap capturePainted(QWidget& widget);

/// Why a capture cannot be written to path, or "" when it can: path must name a regular
/// file (which is replaced) or a new file in an existing writable folder, never a folder,
/// a FIFO, a device or a socket (writing to those blocks or goes astray), and its suffix
/// must name a format that QImageWriter writes. "/tmp/pipe" -> "/tmp/pipe is a FIFO, not a
/// regular file"; "window.gif" -> "window.gif: cannot write .gif images; write one of: .bmp, ...".
[[nodiscard]] QString captureTargetProblem(const QString& path);

/// Writes capturePainted(widget) to path, atomically, in the image format its suffix names
/// ("window.jpg" is JPEG); check the path with captureTargetProblem first. Returns an empty
/// string on success, or what went wrong.
[[nodiscard]] QString captureToFile(QWidget& widget, const QString& path);

/// Writes capturePainted(widget) to a PNG file, whatever path's suffix. Returns an empty
/// string on success, or what went wrong.
[[nodiscard]] QString captureToPng(QWidget& widget, const QString& path);

} // namespace acu
