// The detail pane: showing a point with many aliases (the pane lists the first few and
// says how many more), and with every alias opened, at 1k and 10k aliases. The cost
// should grow linearly. Built by the test command, run by hand (docs/performance.md):
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/acu_detail_view_benchmark

#include "core/catalogue/Catalogue.h"
#include "ui/details/DetailView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTextDocument>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <string>

namespace {

/// One point with the given number of aliases, each with a note and a source.
acu::Catalogue catalogueWithAliases(int count)
{
    acu::CatalogueData data;
    data.format = 1;
    data.sources.push_back({"art", acu::SourceKind::Article, "An article", {}, {}, {}, {}, {}});
    data.regions.push_back({"lower-back", "Lower back"});
    acu::Point point;
    point.code = "BL23";
    point.meridian = "BL";
    point.names.pinyin = "Sh\u00e8nsh\u016b";
    point.regions = {"lower-back"};
    point.location = {{"Level with L2, 1.5 cun beside the midline.", {"art"}}};
    for (int i = 0; i < count; ++i)
        point.aliases.push_back({"Label " + std::to_string(i),
                                 acu::AliasScheme::Name,
                                 {"art"},
                                 false,
                                 "a note about label " + std::to_string(i)});
    data.points.push_back(std::move(point));
    return acu::Catalogue(std::move(data));
}

/// Shows the point and lays the whole document out, as scrolling to its end would.
void showAndLayOut(acu::DetailView& view, const acu::Catalogue& catalogue, bool allLabels)
{
    view.showPoint(catalogue, nullptr);
    view.showPoint(catalogue, &catalogue.points().front());
    if (allLabels)
        emit view.anchorClicked(QUrl(QString::fromLatin1(acu::kAllLabelsLink)));
    benchmark::DoNotOptimize(view.document()->documentLayout()->documentSize());
}

void BM_ShowPointWithAliases(benchmark::State& state)
{
    const auto catalogue = catalogueWithAliases(static_cast<int>(state.range(0)));
    acu::DetailView view;
    view.resize(500, 700);
    for (auto _ : state)
        showAndLayOut(view, catalogue, false);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ShowPointWithAliases)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ShowPointWithAllAliasesOpened(benchmark::State& state)
{
    const auto catalogue = catalogueWithAliases(static_cast<int>(state.range(0)));
    acu::DetailView view;
    view.resize(500, 700);
    for (auto _ : state)
        showAndLayOut(view, catalogue, true);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ShowPointWithAllAliasesOpened)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
