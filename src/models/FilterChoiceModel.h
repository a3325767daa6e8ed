#pragma once

#include <QAbstractListModel>

#include <vector>

namespace acu {

/// The rows of a filter selector (regions, complaints): a first row that filters nothing
/// ("All regions"), then one row per choice with the number of points it leaves
/// ("Lower back (8)"). Subclasses fill the rows from the catalogue.
class FilterChoiceModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChoiceModel)

public:
    /// Item data role holding the choice's id ("" for the first row).
    static constexpr int IdRole = Qt::UserRole + 1;
    /// Item data role holding the number of points.
    static constexpr int CountRole = Qt::UserRole + 2;

    /// The row of an id, or -1.
    [[nodiscard]] int rowOfId(const QString& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    struct Row {
        QString id;
        QString name; ///< shown as typed, bidi-isolated so it cannot reorder the count
        int count = 0;
    };
    /// countOnFirstRow: whether the first row shows its count too ("All regions (45)").
    FilterChoiceModel(bool countOnFirstRow, QObject* parent);
    /// Replaces every row (a model reset).
    void setRows(std::vector<Row> rows);

private:
    std::vector<Row> m_rows;
    bool m_countOnFirstRow;
};

} // namespace acu
