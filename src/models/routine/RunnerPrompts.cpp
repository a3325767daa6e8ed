#include "models/routine/RunnerPrompts.h"

#include <QStringList>

namespace acu {

namespace {

// The numbers below twenty, counted. QT_TRANSLATE_NOOP marks them for lupdate; they are
// translated where they are read.
constexpr const char* kOnes[] = {
    QT_TRANSLATE_NOOP("RunnerPrompts", "zero"),      QT_TRANSLATE_NOOP("RunnerPrompts", "one"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "two"),       QT_TRANSLATE_NOOP("RunnerPrompts", "three"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "four"),      QT_TRANSLATE_NOOP("RunnerPrompts", "five"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "six"),       QT_TRANSLATE_NOOP("RunnerPrompts", "seven"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "eight"),     QT_TRANSLATE_NOOP("RunnerPrompts", "nine"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "ten"),       QT_TRANSLATE_NOOP("RunnerPrompts", "eleven"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "twelve"),    QT_TRANSLATE_NOOP("RunnerPrompts", "thirteen"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "fourteen"),  QT_TRANSLATE_NOOP("RunnerPrompts", "fifteen"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "sixteen"),   QT_TRANSLATE_NOOP("RunnerPrompts", "seventeen"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "eighteen"),  QT_TRANSLATE_NOOP("RunnerPrompts", "nineteen")};
constexpr const char* kTens[] = {
    nullptr,
    nullptr,
    QT_TRANSLATE_NOOP("RunnerPrompts", "twenty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "thirty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "forty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "fifty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "sixty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "seventy"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "eighty"),
    QT_TRANSLATE_NOOP("RunnerPrompts", "ninety")};

QString word(const char* english)
{
    return RunnerPrompts::tr(english);
}

// Sentences one after another: English and German put a space between them, Chinese none.
QString joined(const QStringList& sentences)
{
    QString out;
    for (const QString& sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        out = out.isEmpty() ? sentence
                            : RunnerPrompts::tr("%1 %2", "two spoken sentences one after the other").arg(out, sentence);
    }
    return out;
}

QString seconds(int count)
{
    return count == 1 ? RunnerPrompts::tr("one second")
                      : RunnerPrompts::tr("%1 seconds", "%1 is a number in words")
                            .arg(RunnerPrompts::numberWords(count, RunnerPrompts::NumberUse::Quantity));
}

QString minutes(int count)
{
    return count == 1 ? RunnerPrompts::tr("one minute")
                      : RunnerPrompts::tr("%1 minutes", "%1 is a number in words")
                            .arg(RunnerPrompts::numberWords(count, RunnerPrompts::NumberUse::Quantity));
}

QString sideSentence(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return RunnerPrompts::tr("Right side.");
    case RoutineSide::Left:
        return RunnerPrompts::tr("Left side.");
    case RoutineSide::Both:
        return RunnerPrompts::tr("Both sides.");
    case RoutineSide::Midline:
        break;
    }
    return {};
}

QString countedSideSentence(RoutineSide side, int repetition, int repetitions)
{
    switch (side) {
    case RoutineSide::Right:
        return RunnerPrompts::tr("Right side, %1 of %2.").arg(repetition).arg(repetitions);
    case RoutineSide::Left:
        return RunnerPrompts::tr("Left side, %1 of %2.").arg(repetition).arg(repetitions);
    case RoutineSide::Both:
        return RunnerPrompts::tr("Both sides, %1 of %2.").arg(repetition).arg(repetitions);
    case RoutineSide::Midline:
        break;
    }
    return RunnerPrompts::tr("Repetition %1 of %2.").arg(repetition).arg(repetitions);
}

QString nowSentence(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return RunnerPrompts::tr("Now the right side.");
    case RoutineSide::Left:
        return RunnerPrompts::tr("Now the left side.");
    case RoutineSide::Both:
        return RunnerPrompts::tr("Now both sides.");
    case RoutineSide::Midline:
        break;
    }
    return {};
}

QString nextPointSentence(const RoutineStep& step, RoutineSide side)
{
    const QString code = QString::fromStdString(step.code);
    if (step.side == RoutineSide::Midline)
        return RunnerPrompts::tr("Next point: %1.").arg(code);
    if (step.side == RoutineSide::Both) {
        switch (side) {
        case RoutineSide::Right:
            return RunnerPrompts::tr("Next point: %1, right side first.").arg(code);
        case RoutineSide::Left:
            return RunnerPrompts::tr("Next point: %1, left side first.").arg(code);
        case RoutineSide::Both:
        case RoutineSide::Midline:
            break;
        }
        return RunnerPrompts::tr("Next point: %1, both sides.").arg(code);
    }
    return step.side == RoutineSide::Right ? RunnerPrompts::tr("Next point: %1, right side.").arg(code)
                                           : RunnerPrompts::tr("Next point: %1, left side.").arg(code);
}

QString releaseSentence(bool afterHold)
{
    return afterHold ? RunnerPrompts::tr("Release.") : QString();
}

} // namespace

QString RunnerPrompts::numberWords(int number, NumberUse use)
{
    if (number < 0 || number >= 100)
        return QString::number(number);
    if (use == NumberUse::Quantity && number == 1)
        return tr("one", "a quantity before a unit, as in one to two minutes");
    if (use == NumberUse::Quantity && number == 2)
        return tr("two", "a quantity before a unit, as in two minutes");
    if (number < 20)
        return word(kOnes[number]);
    const QString tens = word(kTens[number / 10]);
    const int ones = number % 10;
    if (ones == 0)
        return tens;
    const QString unit = ones == 1 ? tr("one", "the ones of a compound number, as in twenty-one") : word(kOnes[ones]);
    return tr("%1-%2", "a compound number: %1 the tens, %2 the ones, as in twenty-one").arg(tens, unit);
}

QString RunnerPrompts::durationWords(int totalSeconds)
{
    const int wholeMinutes = totalSeconds / 60;
    const int rest = totalSeconds % 60;
    if (wholeMinutes == 0)
        return seconds(rest);
    if (rest == 0)
        return minutes(wholeMinutes);
    return tr("%1 and %2", "one minute and thirty seconds").arg(minutes(wholeMinutes), seconds(rest));
}

QString RunnerPrompts::rangeWords(const Range& range)
{
    if (!range.max)
        return tr("at least %1", "a hold: at least two minutes").arg(durationWords(range.min));
    const int min = range.min;
    const int max = *range.max;
    if (min == max)
        return durationWords(max);
    if (min == 0)
        return tr("up to %1", "a hold: up to two minutes").arg(durationWords(max));
    if (min % 60 == 0 && max % 60 == 0)
        return tr("%1 to %2 minutes", "%1 and %2 are numbers in words: one to two minutes")
            .arg(numberWords(min / 60, NumberUse::Quantity), numberWords(max / 60, NumberUse::Quantity));
    if (max < 60)
        return tr("%1 to %2 seconds", "%1 and %2 are numbers in words: four to five seconds")
            .arg(numberWords(min, NumberUse::Quantity), numberWords(max, NumberUse::Quantity));
    return tr("%1 to %2", "two durations: thirty seconds to one minute").arg(durationWords(min), durationWords(max));
}

QString RunnerPrompts::phase(const Routine& routine, const PlanPhase& phase, bool newStep, bool afterHold)
{
    const RoutineStep& step = routine.steps.at(phase.step);
    QStringList sentences{releaseSentence(afterHold)};
    switch (phase.kind) {
    case PhaseKind::GetReady:
        if (!newStep) {
            sentences << nowSentence(phase.side);
            break;
        }
        sentences << nextPointSentence(step, phase.side);
        if (step.needsHelper)
            sentences << tr("This point needs a helper.");
        sentences << tr("Get ready.");
        break;
    case PhaseKind::Hold:
        if (phase.repetitions > 1)
            sentences << countedSideSentence(phase.side, phase.repetition, phase.repetitions);
        else
            sentences << sideSentence(phase.side);
        sentences << tr("Hold for %1.", "%1 is a duration in words").arg(rangeWords(step.holdSeconds));
        break;
    case PhaseKind::Rest:
        sentences << tr("Rest for %1.", "%1 is a duration in words").arg(durationWords(phase.seconds));
        break;
    }
    return joined(sentences);
}

QString RunnerPrompts::finished(bool afterHold)
{
    return joined({releaseSentence(afterHold), tr("The routine is finished.")});
}

} // namespace acu
