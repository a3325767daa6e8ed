#pragma once

#include "core/Catalogue.h"

#include <QAbstractListModel>

#include <memory>

namespace acu {

/// One row per catalogue point, in catalogue order. Read-only.
class PointListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointListModel)

public:
    explicit PointListModel(QObject* parent = nullptr);

    /// Replaces the catalogue; views are reset.
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue);
    [[nodiscard]] const Catalogue* catalogue() const { return m_catalogue.get(); }

    /// The point shown in a row, or nullptr for an invalid index.
    [[nodiscard]] const Point* pointAt(const QModelIndex& index) const;
    /// The row of the point with this code, or an invalid index.
    [[nodiscard]] QModelIndex indexOfCode(const QString& code) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Catalogue> m_catalogue;
};

} // namespace acu
