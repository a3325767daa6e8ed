#pragma once

#include <QString>

class QWidget;

namespace acu {

/// Renders a shown widget, once its first paint has happened, to a PNG file. Returns an
/// empty string on success, or what went wrong.
[[nodiscard]] QString captureToPng(QWidget& widget, const QString& path);

} // namespace acu
