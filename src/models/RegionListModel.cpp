#include "RegionListModel.h"

#include "ShownText.h"

#include <algorithm>

namespace acu {

RegionListModel::RegionListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void RegionListModel::setCatalogue(const Catalogue* catalogue)
{
    beginResetModel();
    m_rows.clear();
    if (catalogue) {
        m_rows.push_back({QString(), tr("All regions"), static_cast<int>(catalogue->points().size())});
        for (const auto& region : catalogue->regions()) {
            const auto count = std::count_if(catalogue->points().begin(), catalogue->points().end(),
                                             [&region](const Point& point) {
                                                 return std::find(point.regions.begin(), point.regions.end(),
                                                                  region.id) != point.regions.end();
                                             });
            // Isolated, so that a right-to-left name cannot reorder the count after it.
            m_rows.push_back({QString::fromStdString(region.id), isolated(QString::fromStdString(region.name)),
                              static_cast<int>(count)});
        }
    }
    endResetModel();
}

int RegionListModel::rowOfRegion(const QString& regionId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.id == regionId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int RegionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RegionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(row.name).arg(row.count);
    case Qt::AccessibleTextRole:
        return tr("%1, %2 points").arg(row.name).arg(row.count);
    case RegionIdRole:
        return row.id;
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

} // namespace acu
