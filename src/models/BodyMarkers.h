#pragma once

#include "PointRoles.h"
#include "core/catalogue/Catalogue.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace acu {

/// One body-map drawing, as the map view needs it.
struct BodyViewInfo {
    QString id;
    QString name;
    QSizeF size; ///< the drawing's viewBox size; marker positions are in these units
};

/// One marker: a point's position in one view (a bilateral point has one per side).
struct BodyMarker {
    QString code;
    QString label; ///< shown on hover: "BL52 Zhìshì – Will Chamber"
    QString viewId;
    QPointF position;
    PregnancyMark pregnancy = PregnancyMark::None;
    Side side = Side::Midline; ///< the body's side the marker stands for
};

/// The catalogue's views, in catalogue order.
[[nodiscard]] QList<BodyViewInfo> bodyViews(const Catalogue& catalogue);
/// Every position of every point, as markers.
[[nodiscard]] QList<BodyMarker> bodyMarkers(const Catalogue& catalogue);
/// How many of the codes each view shows (a point counts once per view, whatever its
/// sides), by view id; views that show none are left out.
[[nodiscard]] QHash<QString, int> codesShownPerView(const QList<BodyMarker>& markers, const QStringList& codes);
/// The view that shows most of the codes; on a tie, `preferred` when it is among the best,
/// else the first of them in `views` order. "" when no view shows any.
[[nodiscard]] QString viewShowingMost(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers,
                                      const QStringList& codes, const QString& preferred = {});
/// "BL52 Zhìshì – Will Chamber": code, pinyin and the first English name, plain text, the
/// names each bidi-isolated (see isolated()) so that neither can reorder the other.
[[nodiscard]] QString pointLabel(const Point& point);
/// The point's strongest pregnancy caution as a mark.
[[nodiscard]] PregnancyMark pregnancyMark(const Point& point);

} // namespace acu
