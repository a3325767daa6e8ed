#include "ComplaintListModel.h"

#include <algorithm>

namespace acu {

ComplaintListModel::ComplaintListModel(QObject* parent)
    : FilterChoiceModel(false, parent)
{
}

void ComplaintListModel::setCatalogue(const Catalogue* catalogue)
{
    std::vector<Row> rows;
    if (catalogue) {
        rows.push_back({QString(), tr("Any complaint"), static_cast<int>(catalogue->points().size())});
        for (const auto& complaint : catalogue->complaints()) {
            const auto count = std::count_if(
                complaint.points.begin(), complaint.points.end(),
                [catalogue](const ComplaintPoint& link) { return catalogue->findPoint(link.code) != nullptr; });
            rows.push_back({QString::fromStdString(complaint.id), QString::fromStdString(complaint.name),
                            static_cast<int>(count)});
        }
    }
    setRows(std::move(rows));
}

} // namespace acu
