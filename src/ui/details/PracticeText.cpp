#include "ui/details/PracticeText.h"

#include <QCoreApplication>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PracticeText.
class PracticeTexts {
    Q_DECLARE_TR_FUNCTIONS(acu::PracticeText)
};

} // namespace

QString secondsText(int seconds)
{
    if (seconds >= 60 && seconds % 60 == 0)
        return PracticeTexts::tr("%1 min").arg(seconds / 60);
    return PracticeTexts::tr("%1 s").arg(seconds);
}

QString holdSpanText(int min, std::optional<int> max)
{
    if (!max)
        return PracticeTexts::tr("at least %1").arg(secondsText(min));
    if (min == *max)
        return secondsText(min);
    if (min == 0)
        return PracticeTexts::tr("up to %1").arg(secondsText(*max));
    if (min % 60 == 0 && min >= 60 && *max % 60 == 0) // "10 to 15 min"
        return PracticeTexts::tr("%1 to %2 min").arg(min / 60).arg(*max / 60);
    if (*max < 60 || *max % 60 != 0) // "30 to 45 s"
        return PracticeTexts::tr("%1 to %2 s").arg(min).arg(*max);
    return PracticeTexts::tr("%1 to %2").arg(secondsText(min), secondsText(*max));
}

QString holdSpanText(const Duration& d)
{
    return holdSpanText(d.min, d.max);
}

QString repeatCountText(int min, std::optional<int> max)
{
    if (!max)
        return PracticeTexts::tr("at least %1").arg(min);
    if (min == *max)
        return QString::number(min);
    return PracticeTexts::tr("%1 to %2").arg(min).arg(*max);
}

QString repeatCountText(const Repetitions& r)
{
    return repeatCountText(r.min, r.max);
}

} // namespace acu
