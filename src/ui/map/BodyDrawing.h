#pragma once

#include <QString>
#include <QSvgRenderer>

#include <map>
#include <memory>

namespace acu {

/// Where the built-in body drawings are: DIR/<view id>.svg.
[[nodiscard]] QString builtInDrawingDirectory();
[[nodiscard]] QString drawingPath(const QString& directory, const QString& viewId);

/// A drawing read and parsed into a renderer that lives in the application's main thread
/// (null if the file cannot be read as SVG). Callable on any thread once the application
/// object exists: the app parses the first view's drawing on its second core while the
/// main thread loads the font database.
[[nodiscard]] std::unique_ptr<QSvgRenderer> loadDrawing(const QString& path);

/// Drawings parsed ahead of need, by view id.
using PreparedDrawings = std::map<QString, std::unique_ptr<QSvgRenderer>>;

} // namespace acu
