#include "ui/details/PracticeText.h"

#include <QCoreApplication>

namespace acu {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("acu", text); }

} // namespace

QString secondsText(int seconds)
{
    if (seconds >= 60 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

QString holdSpanText(const Duration& d)
{
    if (!d.max)
        return tr("at least %1").arg(secondsText(d.min));
    if (d.min == *d.max)
        return secondsText(d.min);
    if (d.min == 0)
        return tr("up to %1").arg(secondsText(*d.max));
    return tr("%1 to %2").arg(secondsText(d.min), secondsText(*d.max));
}

QString repeatCountText(const Repetitions& r)
{
    if (!r.max)
        return tr("at least %1").arg(r.min);
    if (r.min == *r.max)
        return QString::number(r.min);
    return tr("%1 to %2").arg(r.min).arg(*r.max);
}

} // namespace acu
