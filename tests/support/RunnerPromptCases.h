#pragma once

// The runner's prompts at every kind of phase, for the tests of their wording in each
// language: a routine of a bilateral step that needs a helper and is repeated three times,
// and a midline step held once; each case is a phase of it and how it follows the one before.

#include "core/routine/RoutinePlan.h"
#include "core/routine/RoutineTypes.h"
#include "models/routine/RunnerPrompts.h"

#include <string>
#include <vector>

namespace acu::test {

struct PromptCase {
    PlanPhase phase;
    bool newStep = false;
    bool afterHold = false;
};

inline Routine promptRoutine()
{
    RoutineStep helped;
    helped.code = "BL23";
    helped.side = RoutineSide::Both;
    helped.holdSeconds = {60, 60};
    helped.repetitions = Range{3, 3};
    helped.needsHelper = true;
    RoutineStep midline;
    midline.code = "GV4";
    midline.side = RoutineSide::Midline;
    midline.holdSeconds = {30, 120};
    RoutineStep right;
    right.code = "GB30";
    right.side = RoutineSide::Right;
    right.holdSeconds = {60, 60};
    Routine routine;
    routine.id = "r";
    routine.steps = {helped, midline, right};
    return routine;
}

/// In order: a new bilateral step; the turn to its left side after a hold; a counted hold;
/// a rest after a hold; a new midline step after a hold; its single hold (a range); a new
/// one-sided step.
inline std::vector<PromptCase> promptCases()
{
    return {
        {{PhaseKind::GetReady, 0, RoutineSide::Right, 1, 3, 5}, true, false},
        {{PhaseKind::GetReady, 0, RoutineSide::Left, 1, 3, 5}, false, true},
        {{PhaseKind::Hold, 0, RoutineSide::Left, 2, 3, 60}, false, false},
        {{PhaseKind::Rest, 0, RoutineSide::Left, 2, 3, 10}, false, true},
        {{PhaseKind::GetReady, 1, RoutineSide::Midline, 1, 1, 5}, true, true},
        {{PhaseKind::Hold, 1, RoutineSide::Midline, 1, 1, 90}, false, false},
        {{PhaseKind::GetReady, 2, RoutineSide::Right, 1, 1, 5}, true, false},
    };
}

/// Holds whose words the tests check: one duration, minutes to minutes, seconds to seconds,
/// seconds to minutes, up to, at least.
inline std::vector<Range> promptRanges()
{
    return {{90, 90}, {60, 120}, {4, 5}, {30, 60}, {0, 120}, {120, std::nullopt}, {21, 21}, {1, 1}};
}

/// The words of each of promptRanges(), in the installed language.
inline std::vector<std::string> rangeWordsOfCases()
{
    std::vector<std::string> words;
    for (const Range& range : promptRanges())
        words.push_back(RunnerPrompts::rangeWords(range).toStdString());
    return words;
}

/// The prompt at each of promptCases(), then the end's after a hold, in the installed language.
inline std::vector<std::string> promptsOfCases()
{
    const Routine routine = promptRoutine();
    std::vector<std::string> prompts;
    for (const PromptCase& c : promptCases())
        prompts.push_back(RunnerPrompts::phase(routine, c.phase, c.newStep, c.afterHold).toStdString());
    prompts.push_back(RunnerPrompts::finished(true).toStdString());
    return prompts;
}

} // namespace acu::test
