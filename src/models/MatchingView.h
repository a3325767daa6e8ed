#pragma once

#include "models/BodyMarkers.h"

#include <QSet>

namespace acu {

/// Which body view the map turns to as a region or a search changes the points it matches.
/// The rule: when the set of matches differs from the one it was last asked about, the view
/// that shows most of them (the current view when it shows as many: viewShowingMost); when
/// the set is the same (a keystroke that matched the same points, a filter that changed
/// nothing the map shows), the current view is kept unless it shows none of them. So a person
/// who turned back to a view that shows some of the matches keeps it while typing on. No
/// matches turn nowhere and are forgotten, so that the same matches later count as new.
class MatchingView final {
public:
    /// The view to turn to for these matches, or "" to stay on currentView.
    [[nodiscard]] QString follow(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers,
                                 const QStringList& matches, const QString& currentView);
    /// Forgets the last matches (the filter no longer narrows the list).
    void forget() { m_matches.clear(); }

private:
    QSet<QString> m_matches;
};

} // namespace acu
