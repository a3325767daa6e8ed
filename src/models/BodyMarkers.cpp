#include "BodyMarkers.h"

#include "ShownText.h"

#include <QPair>
#include <QSet>

namespace acu {

QList<BodyViewInfo> bodyViews(const Catalogue& catalogue)
{
    QList<BodyViewInfo> views;
    for (const auto& view : catalogue.views())
        views.append(
            {QString::fromStdString(view.id), QString::fromStdString(view.name), QSizeF(view.width, view.height)});
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
            markers.append({code, label, QString::fromStdString(position.view), QPointF(position.x, position.y), mark,
                            position.side});
    }
    return markers;
}

QHash<QString, int> codesShownPerView(const QList<BodyMarker>& markers, const QStringList& codes)
{
    const QSet<QString> wanted(codes.begin(), codes.end());
    QSet<QPair<QString, QString>> seen; // (view, code)
    QHash<QString, int> counts;
    for (const auto& marker : markers) {
        if (!wanted.contains(marker.code))
            continue;
        const QPair<QString, QString> key(marker.viewId, marker.code);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        ++counts[marker.viewId];
    }
    return counts;
}

QString viewShowingMost(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers, const QStringList& codes,
                        const QString& preferred)
{
    const QHash<QString, int> counts = codesShownPerView(markers, codes);
    QString best;
    int bestCount = 0;
    for (const auto& view : views) {
        const int count = counts.value(view.id);
        if (count > bestCount) {
            best = view.id;
            bestCount = count;
        }
    }
    if (bestCount > 0 && !preferred.isEmpty() && counts.value(preferred) == bestCount)
        return preferred;
    return best;
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
