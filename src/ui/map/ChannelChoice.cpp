#include "ui/map/ChannelChoice.h"

#include "models/ChannelNames.h"

namespace acu {

bool isChannelChoice(const QString& id)
{
    return id == kSelectedPointsChannel || id == kAllChannels || id == kNoChannels || channelPrefixes().contains(id);
}

QStringList channelsToDraw(const QString& choice, const QString& selectedCode)
{
    if (choice == kAllChannels)
        return channelPrefixes();
    if (choice == kNoChannels)
        return {};
    if (choice != kSelectedPointsChannel && channelPrefixes().contains(choice))
        return {choice};
    const QString channel = channelOfCode(selectedCode);
    return channel.isEmpty() ? QStringList() : QStringList{channel};
}

} // namespace acu
