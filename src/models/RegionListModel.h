#pragma once

#include "core/catalogue/Catalogue.h"

#include <QAbstractListModel>

namespace acu {

/// The region selector's rows: "All" first, then each catalogue region, each with the
/// number of points in it ("Lower back (8)").
class RegionListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionListModel)

public:
    /// Item data role holding the region id ("" for All).
    static constexpr int RegionIdRole = Qt::UserRole + 1;
    /// Item data role holding the number of points.
    static constexpr int CountRole = Qt::UserRole + 2;

    explicit RegionListModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue);
    /// The row of a region id, or -1.
    [[nodiscard]] int rowOfRegion(const QString& regionId) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString name;
        int count = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace acu
