#include "ui/routine/StepText.h"

#include "ui/details/PracticeText.h"

#include <QCoreApplication>
#include <QStringList>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::StepText.
class StepTexts {
    Q_DECLARE_TR_FUNCTIONS(acu::StepText)
};

} // namespace

QString stepSideText(const RoutineStep& step)
{
    switch (step.side) {
    case RoutineSide::Right:
        return StepTexts::tr("right side");
    case RoutineSide::Left:
        return StepTexts::tr("left side");
    case RoutineSide::Both:
        return step.alternateSides ? StepTexts::tr("both sides, alternating")
                                   : StepTexts::tr("both sides, right then left");
    case RoutineSide::Midline:
        return StepTexts::tr("on the midline");
    }
    return {};
}

QString stepNumbersText(const RoutineStep& step)
{
    QStringList parts{StepTexts::tr("hold %1").arg(holdSpanText(step.holdSeconds.min, step.holdSeconds.max))};
    if (step.repetitions && step.repetitions->planned() > 1)
        parts.append(StepTexts::tr("%1 times").arg(repeatCountText(step.repetitions->min, step.repetitions->max)));
    if (step.restSeconds)
        parts.append(StepTexts::tr("rest %1 between").arg(holdSpanText(step.restSeconds->min, step.restSeconds->max)));
    return parts.join(QStringLiteral(", "));
}

QString phaseSideWord(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return StepTexts::tr("right");
    case RoutineSide::Left:
        return StepTexts::tr("left");
    case RoutineSide::Both:
        return StepTexts::tr("both sides");
    case RoutineSide::Midline:
        return StepTexts::tr("midline");
    }
    return {};
}

} // namespace acu
