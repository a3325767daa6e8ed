#pragma once

// The words a runner speaks and shows, so that a routine can be followed with the eyes
// closed. Every sentence is translatable; numbers are spoken as words in the language of the
// installed translation (English when none is installed), since a voice reads "thirty
// seconds" better than "30 seconds".

#include "core/routine/RoutinePlan.h"
#include "core/routine/RoutineTypes.h"

#include <QCoreApplication>
#include <QString>

namespace acu {

class RunnerPrompts final {
    Q_DECLARE_TR_FUNCTIONS(RunnerPrompts)

public:
    /// How a number is read: counted on its own ("one", German "eins") or as a quantity
    /// before a unit ("one minute" with German "ein", Chinese 两 for two).
    enum class NumberUse { Counting, Quantity };

    /// 0 -> "zero", 21 -> "twenty-one", 100 -> "100" (digits from 100 on, and below 0).
    [[nodiscard]] static QString numberWords(int number, NumberUse use = NumberUse::Counting);

    /// 30 -> "thirty seconds", 60 -> "one minute", 90 -> "one minute and thirty seconds".
    [[nodiscard]] static QString durationWords(int seconds);

    /// A hold as the routine gives it: {60, 60} -> "one minute", {60, 120} -> "one to two
    /// minutes", {30, 60} -> "thirty seconds to one minute", {0, 120} -> "up to two
    /// minutes", {120, open} -> "at least two minutes".
    [[nodiscard]] static QString rangeWords(const Range& seconds);

    /// What is said when a phase begins. afterHold: the phase before it was a hold, so it
    /// starts with "Release.". Examples:
    ///   get ready, new step:  "Next point: GB30, right side first. Get ready."
    ///   get ready, left side: "Now the left side."
    ///   hold:                 "Left side. Hold for one minute." / "Right side, 2 of 3. Hold
    ///                         for thirty seconds." / "Repetition 2 of 3. Hold for thirty
    ///                         seconds." (midline)
    ///   rest:                 "Release. Rest for ten seconds."
    [[nodiscard]] static QString phase(const Routine& routine, const PlanPhase& phase, bool newStep, bool afterHold);

    /// Said when the routine is over: "Release. The routine is finished."
    [[nodiscard]] static QString finished(bool afterHold);
};

} // namespace acu
