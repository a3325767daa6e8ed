// The shipped routines (data/routines): one per article, each step faithful to the catalogue.

#include "core/routine/RoutineLoader.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace {

struct Shipped {
    std::string file;
    acu::Routine routine;
};

std::vector<Shipped> shippedRoutines()
{
    std::vector<Shipped> out;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(ACU_SHIPPED_ROUTINES_DIR))
        paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        const auto load = acu::loadRoutineFile(path, acu::test::shipped().get());
        EXPECT_TRUE(load.ok()) << path << ": " << (load.errors.empty() ? "" : load.errors.front().toString());
        for (const auto& routine : load.routines)
            out.push_back({path.filename().string(), routine});
    }
    return out;
}

bool cites(const std::vector<std::string>& sources, const std::string& id)
{
    return std::find(sources.begin(), sources.end(), id) != sources.end();
}

bool citesAny(const std::vector<std::string>& claimSources, const std::vector<std::string>& stepSources)
{
    return std::any_of(stepSources.begin(), stepSources.end(), [&](const auto& id) { return cites(claimSources, id); });
}

/// Whether a catalogue claim (min, max, sources) from one of the step's sources gives exactly range.
template <typename Claims>
bool catalogueGives(const Claims& claims, const acu::Range& range, const std::vector<std::string>& stepSources)
{
    return std::any_of(claims.begin(), claims.end(), [&](const auto& claim) {
        return citesAny(claim.sources, stepSources) && range == acu::Range{claim.min, claim.max};
    });
}

/// Whether the routine's general advice gives range, and the step cites that advice.
bool defaultGives(const acu::Routine& routine, const std::optional<acu::Range> acu::RoutineDefaults::*field,
                  const acu::Range& range, const acu::RoutineStep& step)
{
    return routine.defaults && (*routine.defaults).*field == range &&
           std::all_of(routine.defaults->sources.begin(), routine.defaults->sources.end(),
                       [&](const auto& id) { return cites(step.sources, id); });
}

} // namespace

// One routine for each article that says how long to press a point (the five articles on
// acupressure for back pain; the catalogue's other web sources give cautions and names, not
// routines), each citing that article, with an id of its own.
TEST(BuiltInRoutines, oneRoutinePerArticle)
{
    std::set<std::string> articles;
    for (const auto& point : acu::test::shipped()->points()) {
        for (const auto& duration : point.duration) {
            for (const auto& id : duration.sources) {
                if (acu::test::shipped()->findSource(id)->kind == acu::SourceKind::Article)
                    articles.insert(id);
            }
        }
    }
    EXPECT_EQ(articles.size(), 5u);
    std::set<std::string> covered;
    for (const auto& [file, routine] : shippedRoutines()) {
        ASSERT_EQ(routine.sources.size(), 1u) << routine.id;
        EXPECT_EQ(file, routine.id + ".json");
        EXPECT_EQ(routine.id, routine.sources[0]);
        covered.insert(routine.sources[0]);
    }
    EXPECT_EQ(covered, articles);
}

// Every step cites its routine's article; its hold and repetitions are what the catalogue records
// from that article for the point, or the article's general advice; it needs a helper exactly when the
// catalogue says the article asks for one; where the catalogue records sources disagreeing about the
// point's duration, the step's note says so; and each step says how to press.
TEST(BuiltInRoutines, everyStepMatchesTheCatalogue)
{
    const auto& catalogue = *acu::test::shipped();
    std::size_t checked = 0;
    for (const auto& [file, routine] : shippedRoutines()) {
        for (std::size_t i = 0; i < routine.steps.size(); ++i) {
            const acu::RoutineStep& step = routine.steps[i];
            const std::string where = routine.id + " step " + std::to_string(i) + " (" + step.code + ")";
            const acu::Point* point = catalogue.findPoint(step.code);
            ASSERT_NE(point, nullptr) << where;
            EXPECT_EQ(step.sources, routine.sources) << where;
            EXPECT_TRUE(catalogueGives(point->duration, step.holdSeconds, step.sources) ||
                        defaultGives(routine, &acu::RoutineDefaults::holdSeconds, step.holdSeconds, step))
                << where << ": hold " << step.holdSeconds.min;
            if (step.repetitions) {
                EXPECT_TRUE(catalogueGives(point->repetitions, *step.repetitions, step.sources) ||
                            defaultGives(routine, &acu::RoutineDefaults::repetitions, *step.repetitions, step))
                    << where << ": repetitions";
            }
            EXPECT_FALSE(step.restSeconds.has_value()) << where << ": no article gives a rest";
            const bool helper = std::any_of(point->appliedBy.begin(), point->appliedBy.end(), [&](const auto& by) {
                return by.who == acu::Helper::Helper && citesAny(by.sources, step.sources);
            });
            EXPECT_EQ(step.needsHelper, helper) << where;
            const bool disputed =
                std::any_of(point->disagreements.begin(), point->disagreements.end(), [&](const auto& d) {
                    return d.topic == acu::DisagreementTopic::Duration && citesAny(d.sources, step.sources);
                });
            if (disputed) {
                EXPECT_NE(step.note.find("Other articles"), std::string::npos)
                    << where << ": the note should say that other articles differ";
            }
            EXPECT_FALSE(step.technique.empty()) << where;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 4u + 14u + 9u + 5u + 3u);
}
