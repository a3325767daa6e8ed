// Search speed: resolving one query, and re-filtering the point list for one keystroke, on
// the shipped catalogue and on generated catalogues of 1,000 and 10,000 points. Built by
// the test command, run by hand (docs/performance.md):
//   build/rel/tests/bench/acu_search_benchmark

#include "core/catalogue/CatalogueLoader.h"
#include "core/search/QueryResolver.h"
#include "models/PointFilterProxy.h"
#include "models/PointListModel.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

std::shared_ptr<const acu::Catalogue> shipped()
{
    static const auto catalogue = std::make_shared<const acu::Catalogue>(
        acu::loadCatalogueFile(ACU_SHIPPED_CATALOGUE).takeCatalogue());
    return catalogue;
}

/// A made-up name of two syllables, different for every i below 10,000: "Banchu".
std::string syllables(std::size_t i)
{
    static const char* const kSyllables[] = {
        "ba", "bei", "ben", "bi", "bo", "bu", "ca", "ce", "chang", "chen", "chi", "chong", "chu", "ci", "da", "dai",
        "dan", "de", "di", "ding", "dong", "du", "fa", "fei", "feng", "fu", "gan", "gao", "ge", "gong", "gu", "guan",
        "hai", "han", "he", "hou", "hu", "hua", "hui", "ji", "jia", "jian", "jie", "jin", "jing", "ju", "kai", "kong",
        "ku", "lan", "lao", "li", "liang", "lin", "ling", "lu", "ma", "mai", "men", "mi", "ming", "mu", "nan", "nei",
        "ning", "pang", "pi", "ping", "qi", "qian", "qiao", "qing", "qu", "quan", "ren", "ri", "shan", "shang", "shen",
        "sheng", "shi", "shu", "si", "tai", "tian", "ting", "tong", "wai", "wan", "wei", "xi", "xia", "xian", "xin",
        "xing", "xue", "yang", "yin", "ying", "yu"};
    constexpr std::size_t count = std::size(kSyllables);
    std::string name = std::string(kSyllables[i % count]) + kSyllables[(i / count) % count];
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

/// A catalogue of `size` points made from the shipped ones: beyond the first 45, each copy
/// gets its own code, pinyin, English name and label, so the index grows as a real one's would.
std::shared_ptr<const acu::Catalogue> generated(std::size_t size)
{
    const auto& base = shipped()->points();
    acu::CatalogueData data;
    data.sources = shipped()->sources();
    data.regions = shipped()->regions();
    data.views = shipped()->views();
    data.complaints = shipped()->complaints(); // their points are among the first 45
    data.points.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        acu::Point point = base[i % base.size()];
        if (i >= base.size()) {
            const std::string name = syllables(i);
            point.code = "EX-Q" + std::to_string(i);
            point.names.pinyin = name;
            point.names.english = {{name + " Gate", acu::EnglishNameKind::Translation, {"who-2008"}}};
            point.aliases = {{"Q" + std::to_string(i), acu::AliasScheme::Name, {}, false, {}}};
        }
        data.points.push_back(std::move(point));
    }
    return std::make_shared<const acu::Catalogue>(std::move(data));
}

std::shared_ptr<const acu::Catalogue> catalogueOfSize(std::int64_t size)
{
    return size == 0 ? shipped() : generated(static_cast<std::size_t>(size));
}

void resolve(benchmark::State& state, const char* query)
{
    const auto catalogue = catalogueOfSize(state.range(0));
    const acu::QueryResolver resolver(*catalogue);
    for (auto _ : state)
        benchmark::DoNotOptimize(resolver.resolve(query, acu::MatchMode::AsYouType));
    state.SetLabel(std::to_string(catalogue->points().size()) + " points");
}

/// One keystroke in the search field: the text grows from "zh" to "zhi" (and back, so
/// that every iteration changes it), and the proxy re-filters and re-sorts the list.
void keystroke(benchmark::State& state)
{
    const auto catalogue = catalogueOfSize(state.range(0));
    acu::PointListModel model;
    model.setCatalogue(catalogue);
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&model);
    bool longer = false;
    for (auto _ : state) {
        longer = !longer;
        proxy.setText(longer ? QStringLiteral("zhi") : QStringLiteral("zh"));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.SetLabel(std::to_string(catalogue->points().size()) + " points");
}

} // namespace

// 0 stands for the shipped catalogue.
BENCHMARK_CAPTURE(resolve, code_B47, "B47")->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(resolve, name_zhishi, "zhishi")->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(resolve, typo_zhisi, "zhisi")->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(resolve, range_CV3_CV7, "CV3-CV7")->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(resolve, complaint_sciatica, "sciatica")
    ->Arg(0)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(resolve, complaintPrefix_s, "s")->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(keystroke)->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
