#pragma once

// A routine's data types, one struct per object of docs/routine-format.md. Plain values: no
// Qt, no JSON.

#include "core/catalogue/EnumNames.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acu {

/// Where a step presses: one side, both sides one after the other (right first), or the
/// single point on the midline.
enum class RoutineSide { Right, Left, Both, Midline };

template <> struct EnumTable<RoutineSide> {
    static constexpr std::array<std::pair<RoutineSide, std::string_view>, 4> entries{
        {{RoutineSide::Right, "right"},
         {RoutineSide::Left, "left"},
         {RoutineSide::Both, "both"},
         {RoutineSide::Midline, "midline"}}};
};

/// A whole-number range: seconds for holds and rests, a count for repetitions. No max means
/// "at least min" ("hold for at least two minutes").
struct Range {
    int min = 0;
    std::optional<int> max;

    /// The number a timer runs: the upper end, or min when the range is open.
    [[nodiscard]] int planned() const { return max.value_or(min); }
    friend bool operator==(const Range&, const Range&) = default;
};

struct RoutineStep {
    std::string code; ///< WHO code of a catalogue point
    RoutineSide side = RoutineSide::Both;
    Range holdSeconds;
    std::optional<Range> repetitions; ///< absent: once
    std::optional<Range> restSeconds; ///< between repetitions; absent: none
    bool alternateSides = false;      ///< both: right, left, right, left... instead of all right first
    std::string technique;            ///< how to press, in a line
    bool needsHelper = false;
    std::string note;
    std::vector<std::string> sources;

    friend bool operator==(const RoutineStep&, const RoutineStep&) = default;
};

/// A source's general advice that applies to steps for which it gives no number of its own.
struct RoutineDefaults {
    std::optional<Range> holdSeconds;
    std::optional<Range> repetitions;
    std::optional<Range> restSeconds;
    std::string text;
    std::vector<std::string> sources;

    friend bool operator==(const RoutineDefaults&, const RoutineDefaults&) = default;
};

struct Routine {
    std::string id; ///< [a-z0-9-]+
    std::string title;
    std::vector<std::string> sources;
    std::string notes;
    std::optional<RoutineDefaults> defaults;
    std::vector<RoutineStep> steps;

    friend bool operator==(const Routine&, const Routine&) = default;
};

/// How many times a step is held on each side: the upper end of its repetitions, or 1.
[[nodiscard]] inline int plannedRepetitions(const RoutineStep& step)
{
    return step.repetitions ? step.repetitions->planned() : 1;
}

/// The sides a step presses, in order: both is right then left.
[[nodiscard]] inline int sideCount(const RoutineStep& step)
{
    return step.side == RoutineSide::Both ? 2 : 1;
}

} // namespace acu
