#include "ui/map/BodyDrawing.h"

#include <QCoreApplication>
#include <QSvgRenderer>
#include <QThread>

namespace acu {

QString builtInDrawingDirectory() { return QStringLiteral(":/acupoint-atlas/body"); }

QString drawingPath(const QString& directory, const QString& viewId)
{
    return directory + QLatin1Char('/') + viewId + QStringLiteral(".svg");
}

std::unique_ptr<QSvgRenderer> loadDrawing(const QString& path)
{
    auto renderer = std::make_unique<QSvgRenderer>(path);
    if (!renderer->isValid())
        return nullptr;
    if (auto* app = QCoreApplication::instance(); app && renderer->thread() != app->thread())
        renderer->moveToThread(app->thread()); // only the thread an object lives in may hand it on
    return renderer;
}

} // namespace acu
