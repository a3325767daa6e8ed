#include "ChannelListModel.h"

#include "ChannelNames.h"

#include <QHash>

namespace acu {

ChannelListModel::ChannelListModel(QObject* parent)
    : FilterChoiceModel(false, parent)
{
}

void ChannelListModel::setCatalogue(const Catalogue* catalogue)
{
    std::vector<Row> rows;
    if (catalogue) {
        QHash<QString, int> counts;
        for (const auto& point : catalogue->points()) {
            const QString channel = channelOfCode(QString::fromStdString(point.code));
            if (!channel.isEmpty())
                ++counts[channel];
        }
        rows.push_back({QString(), tr("All channels"), static_cast<int>(catalogue->points().size())});
        for (const QString& prefix : channelPrefixes()) {
            if (counts.value(prefix) > 0)
                rows.push_back({prefix, channelTitle(prefix), counts.value(prefix)});
        }
    }
    setRows(std::move(rows));
}

} // namespace acu
