#include "ui/history/PainSeries.h"

#include <QCoreApplication>

#include <algorithm>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PainChart.
class PainChartText {
    Q_DECLARE_TR_FUNCTIONS(acu::PainChart)
};

void sortByTime(std::vector<PainPoint>& points)
{
    std::stable_sort(points.begin(), points.end(), [](const PainPoint& a, const PainPoint& b) { return a.ms < b.ms; });
}

/// "pain before fell from 7 to 3 over 5 runs"
QString lineSummary(const QString& name, const std::vector<PainPoint>& points)
{
    const int first = points.front().pain;
    const int last = points.back().pain;
    const auto count = static_cast<int>(points.size());
    if (count == 1)
        return PainChartText::tr("%1 was %2 in one run").arg(name).arg(first);
    const QString runs = PainChartText::tr("over %n runs", nullptr, count);
    if (last < first)
        return PainChartText::tr("%1 fell from %2 to %3 %4").arg(name).arg(first).arg(last).arg(runs);
    if (last > first)
        return PainChartText::tr("%1 rose from %2 to %3 %4").arg(name).arg(first).arg(last).arg(runs);
    return PainChartText::tr("%1 was %2 at the first and the last of %3")
        .arg(name)
        .arg(first)
        .arg(PainChartText::tr("%n runs", nullptr, count));
}

} // namespace

PainSeries painSeries(const std::vector<RunRecord>& runs, std::size_t most)
{
    PainSeries series;
    std::size_t taken = 0;
    for (auto it = runs.rbegin(); it != runs.rend() && taken < most; ++it) {
        if (!it->painBefore && !it->painAfter)
            continue;
        ++taken;
        const qint64 ms = it->started.toMSecsSinceEpoch();
        if (it->painBefore)
            series.before.push_back({ms, *it->painBefore});
        if (it->painAfter)
            series.after.push_back({ms, *it->painAfter});
    }
    sortByTime(series.before);
    sortByTime(series.after);
    if (series.empty())
        return series;
    const auto firstOf = [](const std::vector<PainPoint>& p, qint64 fallback) {
        return p.empty() ? fallback : p.front().ms;
    };
    const auto lastOf = [](const std::vector<PainPoint>& p, qint64 fallback) {
        return p.empty() ? fallback : p.back().ms;
    };
    const qint64 anyMs = series.before.empty() ? series.after.front().ms : series.before.front().ms;
    series.firstMs = std::min(firstOf(series.before, anyMs), firstOf(series.after, anyMs));
    series.lastMs = std::max(lastOf(series.before, anyMs), lastOf(series.after, anyMs));
    return series;
}

QPointF chartPosition(const QRectF& plot, qint64 firstMs, qint64 lastMs, qint64 ms, int pain)
{
    const double x = lastMs > firstMs ? plot.left() + plot.width() * static_cast<double>(ms - firstMs) /
                                                          static_cast<double>(lastMs - firstMs)
                                      : plot.center().x();
    const double y = plot.bottom() - plot.height() * pain / 10.0;
    return {x, y};
}

QString painChartSummary(const PainSeries& series)
{
    if (series.empty())
        return emptyChartText();
    QStringList parts;
    if (!series.before.empty())
        parts.append(lineSummary(PainChartText::tr("Pain before"), series.before));
    if (!series.after.empty())
        parts.append(lineSummary(
            series.before.empty() ? PainChartText::tr("Pain after") : PainChartText::tr("pain after"), series.after));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString emptyChartText()
{
    return PainChartText::tr(
        "No ratings yet. Run a routine and rate your pain before and after: the ratings are drawn here "
        "over time.");
}

} // namespace acu
