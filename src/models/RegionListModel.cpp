#include "RegionListModel.h"

#include <algorithm>

namespace acu {

RegionListModel::RegionListModel(QObject* parent)
    : FilterChoiceModel(true, parent)
{
}

void RegionListModel::setCatalogue(const Catalogue* catalogue)
{
    std::vector<Row> rows;
    if (catalogue) {
        rows.push_back({QString(), tr("All regions"), static_cast<int>(catalogue->points().size())});
        for (const auto& region : catalogue->regions()) {
            const auto count = std::count_if(catalogue->points().begin(), catalogue->points().end(),
                                             [&region](const Point& point) {
                                                 return std::find(point.regions.begin(), point.regions.end(),
                                                                  region.id) != point.regions.end();
                                             });
            rows.push_back({QString::fromStdString(region.id), QString::fromStdString(region.name),
                            static_cast<int>(count)});
        }
    }
    setRows(std::move(rows));
}

} // namespace acu
