#include "ui/routine/StepText.h"

#include "ui/details/PracticeText.h"

#include <QCoreApplication>
#include <QStringList>

namespace acu {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("acu", text);
}

} // namespace

QString stepSideText(const RoutineStep& step)
{
    switch (step.side) {
    case RoutineSide::Right:
        return tr("right side");
    case RoutineSide::Left:
        return tr("left side");
    case RoutineSide::Both:
        return step.alternateSides ? tr("both sides, alternating") : tr("both sides, right then left");
    case RoutineSide::Midline:
        return tr("on the midline");
    }
    return {};
}

QString stepNumbersText(const RoutineStep& step)
{
    QStringList parts{tr("hold %1").arg(holdSpanText(step.holdSeconds.min, step.holdSeconds.max))};
    if (step.repetitions && step.repetitions->planned() > 1)
        parts.append(tr("%1 times").arg(repeatCountText(step.repetitions->min, step.repetitions->max)));
    if (step.restSeconds)
        parts.append(tr("rest %1 between").arg(holdSpanText(step.restSeconds->min, step.restSeconds->max)));
    return parts.join(QStringLiteral(", "));
}

QString phaseSideWord(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return tr("right");
    case RoutineSide::Left:
        return tr("left");
    case RoutineSide::Both:
        return tr("both sides");
    case RoutineSide::Midline:
        return tr("midline");
    }
    return {};
}

} // namespace acu
