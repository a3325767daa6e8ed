#include "models/MatchingView.h"

namespace acu {

QString MatchingView::follow(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers,
                             const QStringList& matches, const QString& currentView)
{
    QSet<QString> now(matches.begin(), matches.end());
    if (now.isEmpty()) {
        forget();
        return {};
    }
    const bool changed = now != m_matches;
    m_matches = std::move(now);
    if (!changed && codesShownPerView(markers, matches).value(currentView) > 0)
        return {};
    const QString best = viewShowingMost(views, markers, matches, currentView);
    return best == currentView ? QString() : best;
}

} // namespace acu
