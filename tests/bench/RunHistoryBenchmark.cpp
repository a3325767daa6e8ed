// Run history speed: reading a history of N runs, and logging one more run into it (which
// rewrites the file whole after checking the one on disk). Both grow linearly. Built by the
// test command, run by hand (docs/performance.md):
//   build/rel/tests/bench/acu_run_history_benchmark

#include "core/history/RunLog.h"
#include "models/history/RunHistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

acu::RunEntry entry(std::int64_t i)
{
    acu::RunEntry e;
    e.startedMs = 1793604600000 + i * 86400000;
    e.endedMs = e.startedMs + 660000;
    e.routineId = "three-points";
    e.routineTitle = "Three points: hip, buttock and back of the knee";
    e.stepsCompleted = 3;
    e.stepsTotal = 3;
    e.painBefore = static_cast<int>(i % 11);
    e.painAfter = static_cast<int>((i + 3) % 11);
    return e;
}

std::string logOf(std::int64_t count)
{
    std::vector<acu::RunEntry> runs;
    for (std::int64_t i = 0; i < count; ++i)
        runs.push_back(entry(i));
    return acu::writeRunLogJson(runs);
}

void BM_ReadRunLog(benchmark::State& state)
{
    const std::string text = logOf(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(acu::readRunLogJson(text));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ReadRunLog)->Arg(100)->Arg(1000)->Arg(10000)->Complexity(benchmark::oN)->Unit(benchmark::kMillisecond);

void BM_AppendRun(benchmark::State& state)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    QFile file(history.filePath());
    if (!file.open(QIODevice::WriteOnly))
        state.SkipWithError("cannot write the history");
    file.write(QByteArray::fromStdString(logOf(state.range(0) - 1)));
    file.close();
    (void)history.load();
    acu::RunRecord run;
    run.started = QDateTime::currentDateTimeUtc();
    run.ended = run.started.addSecs(600);
    run.routineId = QStringLiteral("three-points");
    run.routineTitle = QStringLiteral("Three points");
    run.stepsCompleted = run.stepsTotal = 3;
    for (auto _ : state) {
        if (history.append(run))
            state.SkipWithError("the append failed");
        state.PauseTiming();
        (void)history.remove(history.runs().size() - 1);
        state.ResumeTiming();
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_AppendRun)->Arg(100)->Arg(1000)->Arg(10000)->Complexity(benchmark::oN)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
