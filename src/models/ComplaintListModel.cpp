#include "ComplaintListModel.h"

#include <algorithm>

namespace acu {

ComplaintListModel::ComplaintListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ComplaintListModel::setCatalogue(const Catalogue* catalogue)
{
    beginResetModel();
    m_rows.clear();
    if (catalogue) {
        m_rows.push_back({QString(), tr("Any complaint"), static_cast<int>(catalogue->points().size())});
        for (const auto& complaint : catalogue->complaints()) {
            const auto count = std::count_if(
                complaint.points.begin(), complaint.points.end(),
                [catalogue](const ComplaintPoint& link) { return catalogue->findPoint(link.code) != nullptr; });
            m_rows.push_back({QString::fromStdString(complaint.id), QString::fromStdString(complaint.name),
                              static_cast<int>(count)});
        }
    }
    endResetModel();
}

int ComplaintListModel::rowOfComplaint(const QString& complaintId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.id == complaintId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int ComplaintListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool any = row.id.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return any ? row.name : QStringLiteral("%1 (%2)").arg(row.name).arg(row.count);
    case Qt::AccessibleTextRole:
        return any ? row.name : tr("%1, %2 points").arg(row.name).arg(row.count);
    case ComplaintIdRole:
        return row.id;
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

} // namespace acu
