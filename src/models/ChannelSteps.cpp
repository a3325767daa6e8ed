#include "ChannelSteps.h"

#include "ChannelNames.h"
#include "core/search/PointCode.h"

namespace acu {

QString channelNeighbour(const Catalogue& catalogue, const QString& code, int delta)
{
    const QString channel = channelOfCode(code);
    const Channel* info = channel.isEmpty() ? nullptr : findChannel(channel.toStdString());
    if (!info || delta == 0 || !catalogue.findPoint(code.toStdString()))
        return {};
    const int step = delta > 0 ? 1 : -1;
    int remaining = delta > 0 ? delta : -delta;
    for (int number = numberInChannel(code) + step; number >= 1 && number <= info->pointCount; number += step) {
        const QString next = channel + QString::number(number);
        if (catalogue.findPoint(next.toStdString()) && --remaining == 0)
            return next;
    }
    return {};
}

} // namespace acu
