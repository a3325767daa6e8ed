#include "core/routine/RoutinePrompts.h"

#include <array>

namespace acu {

namespace {

constexpr std::array<const char*, 20> kOnes{
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char*, 10> kTens{"",      "",      "twenty",  "thirty", "forty",
                                            "fifty", "sixty", "seventy", "eighty", "ninety"};

std::string unit(int count, const char* one, const char* many)
{
    return numberWords(count) + " " + (count == 1 ? one : many);
}

std::string sideWords(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return "Right side";
    case RoutineSide::Left:
        return "Left side";
    case RoutineSide::Both:
        return "Both sides";
    case RoutineSide::Midline:
        break;
    }
    return {};
}

std::string lowerFirst(std::string text)
{
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

} // namespace

std::string numberWords(int number)
{
    if (number < 0 || number >= 100)
        return std::to_string(number);
    if (number < 20)
        return kOnes[static_cast<std::size_t>(number)];
    std::string out = kTens[static_cast<std::size_t>(number / 10)];
    if (number % 10 != 0)
        out += std::string("-") + kOnes[static_cast<std::size_t>(number % 10)];
    return out;
}

std::string durationWords(int seconds)
{
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return unit(rest, "second", "seconds");
    if (rest == 0)
        return unit(minutes, "minute", "minutes");
    return unit(minutes, "minute", "minutes") + " and " + unit(rest, "second", "seconds");
}

std::string rangeWords(const Range& seconds)
{
    if (!seconds.max)
        return "at least " + durationWords(seconds.min);
    const int min = seconds.min;
    const int max = *seconds.max;
    if (min == max)
        return durationWords(max);
    if (min == 0)
        return "up to " + durationWords(max);
    if (min % 60 == 0 && max % 60 == 0)
        return numberWords(min / 60) + " to " + unit(max / 60, "minute", "minutes");
    if (max < 60)
        return numberWords(min) + " to " + unit(max, "second", "seconds");
    return durationWords(min) + " to " + durationWords(max);
}

std::string phasePrompt(const Routine& routine, const PlanPhase& phase, bool newStep, bool afterHold)
{
    const RoutineStep& step = routine.steps.at(phase.step);
    std::string out = afterHold ? "Release. " : "";
    switch (phase.kind) {
    case PhaseKind::GetReady:
        if (!newStep)
            return out + "Now the " + lowerFirst(sideWords(phase.side)) + ".";
        out += "Next point: " + step.code;
        if (step.side == RoutineSide::Both)
            out += ", " + lowerFirst(sideWords(phase.side)) + " first";
        else if (step.side != RoutineSide::Midline)
            out += ", " + lowerFirst(sideWords(phase.side));
        out += ".";
        if (step.needsHelper)
            out += " This point needs a helper.";
        return out + " Get ready.";
    case PhaseKind::Hold: {
        const std::string count = std::to_string(phase.repetition) + " of " + std::to_string(phase.repetitions);
        if (phase.side != RoutineSide::Midline)
            out += sideWords(phase.side) + (phase.repetitions > 1 ? ", " + count : "") + ". ";
        else if (phase.repetitions > 1)
            out += "Repetition " + count + ". ";
        return out + "Hold for " + rangeWords(step.holdSeconds) + ".";
    }
    case PhaseKind::Rest:
        return out + "Rest for " + durationWords(phase.seconds) + ".";
    }
    return out;
}

std::string finishedPrompt(bool afterHold)
{
    return std::string(afterHold ? "Release. " : "") + "The routine is finished.";
}

} // namespace acu
