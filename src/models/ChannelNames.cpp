#include "ChannelNames.h"

#include "core/search/PointCode.h"

#include <QCoreApplication>

namespace acu {

namespace {

// The names of core/search/PointCode.cpp's channel table, marked for translation.
constexpr const char* kNames[][2] = {
    {"LU", QT_TRANSLATE_NOOP("acu::ChannelNames", "Lung")},
    {"LI", QT_TRANSLATE_NOOP("acu::ChannelNames", "Large Intestine")},
    {"ST", QT_TRANSLATE_NOOP("acu::ChannelNames", "Stomach")},
    {"SP", QT_TRANSLATE_NOOP("acu::ChannelNames", "Spleen")},
    {"HT", QT_TRANSLATE_NOOP("acu::ChannelNames", "Heart")},
    {"SI", QT_TRANSLATE_NOOP("acu::ChannelNames", "Small Intestine")},
    {"BL", QT_TRANSLATE_NOOP("acu::ChannelNames", "Bladder")},
    {"KI", QT_TRANSLATE_NOOP("acu::ChannelNames", "Kidney")},
    {"PC", QT_TRANSLATE_NOOP("acu::ChannelNames", "Pericardium")},
    {"TE", QT_TRANSLATE_NOOP("acu::ChannelNames", "Triple Energizer")},
    {"GB", QT_TRANSLATE_NOOP("acu::ChannelNames", "Gallbladder")},
    {"LR", QT_TRANSLATE_NOOP("acu::ChannelNames", "Liver")},
    {"GV", QT_TRANSLATE_NOOP("acu::ChannelNames", "Governor Vessel")},
    {"CV", QT_TRANSLATE_NOOP("acu::ChannelNames", "Conception Vessel")},
};

} // namespace

QStringList channelPrefixes()
{
    QStringList prefixes;
    for (const Channel& channel : channels())
        prefixes.append(QString::fromUtf8(channel.prefix.data(), static_cast<qsizetype>(channel.prefix.size())));
    return prefixes;
}

QString channelOfCode(const QString& code)
{
    const auto split = splitCode(code.toStdString());
    if (!split || split->prefix.starts_with("EX-") || !findChannel(split->prefix))
        return {};
    return QString::fromStdString(split->prefix);
}

int numberInChannel(const QString& code)
{
    const auto split = splitCode(code.toStdString());
    return split && !split->prefix.starts_with("EX-") && findChannel(split->prefix) ? split->number : 0;
}

QString channelName(const QString& prefix)
{
    for (const auto& [id, name] : kNames) {
        if (prefix == QLatin1String(id))
            return QCoreApplication::translate("acu::ChannelNames", name);
    }
    return {};
}

QString channelTitle(const QString& prefix)
{
    //: A channel in a selector or the map's key: "Bladder (BL)"
    return QCoreApplication::translate("acu::ChannelNames", "%1 (%2)").arg(channelName(prefix), prefix);
}

} // namespace acu
