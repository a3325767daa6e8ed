// The whole atlas's size: loading and validating a catalogue, reading its compiled form,
// and one keystroke in the search field, for the shipped catalogue and for a made-up
// catalogue of every WHO point plus six extra points (tests/support/SyntheticAtlas.h,
// generated from the channel table, never stored). Built by the test command, run by hand
// (docs/performance.md):
//   build/rel/tests/bench/acu_atlas_benchmark

#include "core/catalogue/CatalogueLoader.h"
#include "core/compiled/CompiledCatalogue.h"
#include "models/PointFilterProxy.h"
#include "models/PointListModel.h"
#include "support/CompiledBytes.h"
#include "support/SyntheticAtlas.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <memory>

namespace {

const std::string& shippedText()
{
    static const std::string text = [] {
        std::ifstream in(ACU_SHIPPED_CATALOGUE, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    return text;
}

const std::string& atlasText()
{
    static const std::string text = acu::test::syntheticAtlasJson().dump(2);
    return text;
}

/// 0: the shipped catalogue; 1: the synthetic atlas.
const std::string& textOf(std::int64_t which)
{
    return which == 0 ? shippedText() : atlasText();
}

/// Reading, checking and indexing the catalogue, from its text to a Catalogue.
void loadAndValidate(benchmark::State& state)
{
    const std::string& text = textOf(state.range(0));
    std::size_t points = 0;
    for (auto _ : state) {
        auto result = acu::loadCatalogue(text);
        if (!result.ok()) {
            state.SkipWithError(result.errors().front().toString().c_str());
            return;
        }
        points = result.catalogue().points().size();
        benchmark::DoNotOptimize(points);
    }
    state.SetLabel(std::to_string(points) + " points, " + std::to_string(text.size() / 1024) + " KiB");
}

/// Reading the compiled form of the catalogue (what the app does at start with its built-in
/// one) and indexing it into a Catalogue.
void loadCompiled(benchmark::State& state)
{
    auto json = acu::loadCatalogue(textOf(state.range(0)));
    if (!json.ok()) {
        state.SkipWithError(json.errors().front().toString().c_str());
        return;
    }
    const std::string bytes = acu::test::compiledForm(json.catalogue().data());
    std::size_t points = 0;
    for (auto _ : state) {
        auto result = acu::compiled::loadCompiledCatalogue(bytes);
        if (!result.ok()) {
            state.SkipWithError(result.errors().front().toString().c_str());
            return;
        }
        points = result.catalogue().points().size();
        benchmark::DoNotOptimize(points);
    }
    state.SetLabel(std::to_string(points) + " points, " + std::to_string(bytes.size() / 1024) + " KiB");
}

/// One keystroke in the search field: the text alternates between `shorter` and `longer`,
/// and the proxy re-filters and re-sorts the list.
void keystroke(benchmark::State& state, const char* shorter, const char* longer)
{
    auto loaded = acu::loadCatalogue(textOf(state.range(0)));
    const auto catalogue = std::make_shared<const acu::Catalogue>(loaded.takeCatalogue());
    acu::PointListModel model;
    model.setCatalogue(catalogue);
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&model);
    bool grow = false;
    for (auto _ : state) {
        grow = !grow;
        proxy.setText(QString::fromUtf8(grow ? longer : shorter));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.SetLabel(std::to_string(catalogue->points().size()) + " points");
}

} // namespace

// Argument 0: the shipped catalogue; 1: the synthetic atlas of every WHO point.
BENCHMARK(loadAndValidate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(loadCompiled)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(keystroke, name_zh_zhi, "zh", "zhi")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(keystroke, code_BL4_BL47, "BL4", "BL47")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(keystroke, channelName_Bladder_Bladder4, "Bladder", "Bladder 4")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
