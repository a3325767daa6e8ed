#include "FilterChoiceModel.h"

#include "ShownText.h"

#include <algorithm>

namespace acu {

FilterChoiceModel::FilterChoiceModel(bool countOnFirstRow, QObject* parent)
    : QAbstractListModel(parent)
    , m_countOnFirstRow(countOnFirstRow)
{
}

void FilterChoiceModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (std::size_t i = 1; i < m_rows.size(); ++i) // the first row's name is the app's own
        m_rows[i].name = isolated(m_rows[i].name);
    endResetModel();
}

int FilterChoiceModel::rowOfId(const QString& id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int FilterChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FilterChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool count = m_countOnFirstRow || index.row() > 0;
    switch (role) {
    case Qt::DisplayRole:
        return count ? QStringLiteral("%1 (%2)").arg(row.name).arg(row.count) : row.name;
    case Qt::AccessibleTextRole:
        return count ? tr("%1, %2 points").arg(row.name).arg(row.count) : row.name;
    case IdRole:
        return row.id;
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

} // namespace acu
