#include "BodyMarkers.h"

#include "ShownText.h"

namespace acu {

QList<BodyViewInfo> bodyViews(const Catalogue& catalogue)
{
    QList<BodyViewInfo> views;
    for (const auto& view : catalogue.views())
        views.append({QString::fromStdString(view.id), QString::fromStdString(view.name),
                      QSizeF(view.width, view.height)});
    return views;
}

QList<BodyMarker> bodyMarkers(const Catalogue& catalogue)
{
    QList<BodyMarker> markers;
    for (const auto& point : catalogue.points()) {
        const QString code = QString::fromStdString(point.code);
        const QString label = pointLabel(point);
        const PregnancyMark mark = pregnancyMark(point);
        for (const auto& position : point.positions)
            markers.append({code, label, QString::fromStdString(position.view), QPointF(position.x, position.y), mark});
    }
    return markers;
}

QString pointLabel(const Point& point)
{
    QString label =
        QString::fromStdString(point.code) + QLatin1Char(' ') + isolated(QString::fromStdString(point.names.pinyin));
    if (!point.names.english.empty())
        label += QStringLiteral(" \u2013 ") + isolated(QString::fromStdString(point.names.english.front().text));
    return label;
}

PregnancyMark pregnancyMark(const Point& point)
{
    const auto level = pregnancyLevel(point);
    if (!level)
        return PregnancyMark::None;
    return *level == CautionLevel::Contraindicated ? PregnancyMark::Contraindicated : PregnancyMark::Caution;
}

} // namespace acu
