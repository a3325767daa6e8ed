// Validation speed: the shipped catalogue with 10,000 and 100,000 extra alias labels, all
// copies of another point's code (the worst case for the shared-label check: one group
// holding every label) or all different. Both grow linearly. Built by the test command, run
// by hand (docs/performance.md):
//   build/rel/tests/bench/acu_validator_benchmark

#include "core/catalogue/CatalogueReader.h"
#include "core/catalogue/CatalogueValidator.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>

namespace {

const acu::CatalogueData& shipped()
{
    static const acu::CatalogueData data = [] {
        std::ifstream in(ACU_SHIPPED_CATALOGUE, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return acu::readCatalogueJson(text).data;
    }();
    return data;
}

/// The shipped catalogue with `count` more aliases on its first point, made by label(i).
template <typename Label> acu::CatalogueData withAliases(std::size_t count, Label label)
{
    acu::CatalogueData data = shipped();
    auto& aliases = data.points.front().aliases;
    for (std::size_t i = 0; i < count; ++i)
        aliases.push_back({label(i), acu::AliasScheme::Who, {}, false, {}});
    return data;
}

void validate(benchmark::State& state, const acu::CatalogueData& data)
{
    std::size_t errors = 0;
    for (auto _ : state) {
        const auto result = acu::validateCatalogue(data);
        errors = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["errors"] = static_cast<double>(errors);
    state.SetComplexityN(state.range(0));
}

/// Every extra label is a copy of another point's code, unmarked: one group of N uses.
void copiesOfOneLabel(benchmark::State& state)
{
    const auto& last = shipped().points.back().code;
    validate(state, withAliases(static_cast<std::size_t>(state.range(0)), [&last](std::size_t) { return last; }));
}

/// Every extra label is different: N groups of one use.
void distinctLabels(benchmark::State& state)
{
    validate(state, withAliases(static_cast<std::size_t>(state.range(0)),
                                [](std::size_t i) { return "Q" + std::to_string(i); }));
}

} // namespace

BENCHMARK(copiesOfOneLabel)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(distinctLabels)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity();

BENCHMARK_MAIN();
