// Body map painting: the first paint of each view (its scene built, the drawing, its
// markers and their code labels drawn) and the repaints that follow (the whole view, and
// the patch around one marker, as a change of selection repaints it); a change of
// selection with the labels placed anew and the view painted; the label placement alone at
// each zoom step. Built by the test command, run by hand (docs/performance.md):
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/acu_body_map_benchmark

#include "core/catalogue/CatalogueLoader.h"
#include "models/BodyMarkers.h"
#include "models/ChannelNames.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/FingerTargets.h"
#include "ui/map/MarkerLabeller.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

namespace {

const acu::Catalogue& shipped()
{
    static const auto catalogue =
        std::make_shared<const acu::Catalogue>(acu::loadCatalogueFile(ACU_SHIPPED_CATALOGUE).takeCatalogue());
    return *catalogue;
}

/// The shipped catalogue's views, the three measured ones last: setViews shows the first
/// view at once, and a measured view's first showing must happen inside the timing.
QList<acu::BodyViewInfo> viewsMeasuredLast()
{
    QList<acu::BodyViewInfo> views = acu::bodyViews(shipped());
    views.append(views.mid(0, 3));
    views.remove(0, 3);
    return views;
}

/// A body map of the shipped catalogue at the size the default window gives it.
std::unique_ptr<acu::BodyMapView> makeMap()
{
    auto map = std::make_unique<acu::BodyMapView>();
    map->setMarkers(acu::bodyMarkers(shipped()));
    map->setViews(viewsMeasuredLast());
    map->resize(410, 690);
    map->show();
    return map;
}

QString viewId(const benchmark::State& state)
{
    return acu::bodyViews(shipped()).at(static_cast<int>(state.range(0))).id;
}

void paintViewport(acu::BodyMapView& map, QImage& target, const QRect& area)
{
    QPainter painter(&target);
    map.viewport()->render(&painter, area.topLeft(), QRegion(area));
}

/// The first paint, and what the map does after it (it starts caching its drawings).
void paintFirstTime(acu::BodyMapView& map, QImage& target)
{
    paintViewport(map, target, map.viewport()->rect());
    QCoreApplication::processEvents();
}

/// A view shown for the first time and painted once: the drawing is read and its scene built.
void firstPaint(benchmark::State& state)
{
    const QString id = viewId(state);
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        state.PauseTiming();
        auto map = makeMap();
        state.ResumeTiming();
        map->showView(id);
        paintViewport(*map, target, map->viewport()->rect());
        state.PauseTiming();
        QCoreApplication::processEvents();
        map.reset();
        state.ResumeTiming();
    }
    state.SetLabel(id.toStdString());
}

/// The whole view painted again, as after scrolling or a change of window size.
void repaintView(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    paintFirstTime(*map, target);
    for (auto _ : state)
        paintViewport(*map, target, map->viewport()->rect());
    state.SetLabel(viewId(state).toStdString());
}

/// The 40-pixel square around the middle of the view painted again, as a change of
/// selection repaints a marker.
void repaintMarkerPatch(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    paintFirstTime(*map, target);
    const QRect patch(QPoint(185, 325), QSize(40, 40));
    for (auto _ : state)
        paintViewport(*map, target, patch);
    state.SetLabel(viewId(state).toStdString());
}

/// The whole view painted again with every channel's course line drawn.
void repaintViewWithAllChannelLines(benchmark::State& state)
{
    auto map = makeMap();
    map->setShownChannels(acu::channelPrefixes());
    map->showView(viewId(state));
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    paintFirstTime(*map, target);
    for (auto _ : state)
        paintViewport(*map, target, map->viewport()->rect());
    state.SetLabel(viewId(state).toStdString());
}

/// Front, back and side: the whole-body views, the largest drawings.
void wholeBodyViews(benchmark::internal::Benchmark* benchmark)
{
    benchmark->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);
}

/// The zoom of step N: 1.25^N, as the map's zoom buttons and wheel step, up to 8.
double zoomStep(int64_t step)
{
    return std::min(std::pow(1.25, static_cast<double>(step)), acu::BodyMapView::kMaxZoom);
}

/// The code labels of the whole view placed at zoom step range(1) (what a change of zoom,
/// selection or filter costs besides painting). The label is the view, zoom and labels shown.
void labelPlacement(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    map->setZoom(zoomStep(state.range(1)));
    int shown = 0;
    acu::LabelSizes sizes; // measured in the first round, as the map measures them once
    for (auto _ : state)
        shown = acu::labelMarkers(*map->scene(), map->transform(), map->font(), sizes);
    state.SetLabel(
        QStringLiteral("%1 x%2, %3 labels").arg(viewId(state)).arg(map->zoom(), 0, 'f', 2).arg(shown).toStdString());
}

/// A change of selection between two points of the view, as a click does: the markers'
/// looks changed, the labels placed anew and the whole view painted, at fit (range(1) 0)
/// or at zoom 4 (range(1) 1) about the middle.
void selectionChange(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    if (state.range(1) == 1)
        map->setZoom(4.0);
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    paintFirstTime(*map, target);
    // Two points each view shows, so that selecting them keeps the view.
    const QList<QStringList> pairs{{QStringLiteral("CV12"), QStringLiteral("ST36")},
                                   {QStringLiteral("BL23"), QStringLiteral("GV14")},
                                   {QStringLiteral("CV12"), QStringLiteral("GB30")}};
    const QStringList& pair = pairs.at(static_cast<int>(state.range(0)));
    int turn = 0;
    for (auto _ : state) {
        map->setSelectedCode(pair.at(turn++ % 2));
        paintViewport(*map, target, map->viewport()->rect());
    }
    state.SetLabel(QStringLiteral("%1 x%2").arg(viewId(state)).arg(map->zoom(), 0, 'f', 0).toStdString());
}

/// The whole view painted again at zoom 4, where labels crowd most.
void repaintZoomedView(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    map->setZoom(4.0);
    QImage target(410, 690, QImage::Format_ARGB32_Premultiplied);
    paintFirstTime(*map, target);
    for (auto _ : state)
        paintViewport(*map, target, map->viewport()->rect());
    state.SetLabel(viewId(state).toStdString() + " x4");
}

/// How far apart the click targets are at zoom step range(1) (docs/performance.md takes its
/// table from the labels): the targets found and measured.
void targetSpacing(benchmark::State& state)
{
    auto map = makeMap();
    map->showView(viewId(state));
    map->setZoom(zoomStep(state.range(1)));
    acu::TargetSpacing spacing;
    for (auto _ : state)
        spacing = acu::measureSpacing(acu::clickTargets(*map));
    state.SetLabel(QStringLiteral("%1 x%2: %3 targets, nearest %4 px, %5 crowded, separate ones %6 px apart or more")
                       .arg(viewId(state))
                       .arg(map->zoom(), 0, 'f', 2)
                       .arg(spacing.targets)
                       .arg(spacing.nearest, 0, 'f', 1)
                       .arg(spacing.crowded)
                       .arg(spacing.nearestSeparate, 0, 'f', 1)
                       .toStdString());
}

/// Front, back and side at every zoom step (0: fit, 10: 8).
void wholeBodyViewsAtEveryZoom(benchmark::internal::Benchmark* benchmark)
{
    benchmark->ArgsProduct({{0, 1, 2}, benchmark::CreateDenseRange(0, 10, 1)})->Unit(benchmark::kMicrosecond);
}

} // namespace

BENCHMARK(firstPaint)->Apply(wholeBodyViews);
BENCHMARK(repaintView)->Apply(wholeBodyViews);
BENCHMARK(repaintMarkerPatch)->Apply(wholeBodyViews);
BENCHMARK(repaintZoomedView)->Apply(wholeBodyViews);
BENCHMARK(selectionChange)->ArgsProduct({{0, 1, 2}, {0, 1}})->Unit(benchmark::kMicrosecond);
BENCHMARK(labelPlacement)->Apply(wholeBodyViewsAtEveryZoom);
BENCHMARK(targetSpacing)->Apply(wholeBodyViewsAtEveryZoom);
BENCHMARK(repaintViewWithAllChannelLines)->Apply(wholeBodyViews);

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
