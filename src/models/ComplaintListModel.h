#pragma once

#include "core/catalogue/Catalogue.h"

#include <QAbstractListModel>

namespace acu {

/// The complaint selector's rows: "Any complaint" first, then each catalogue complaint
/// with the number of points the sources use for it ("Sciatica (3)").
class ComplaintListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintListModel)

public:
    /// Item data role holding the complaint id ("" for any complaint).
    static constexpr int ComplaintIdRole = Qt::UserRole + 1;
    /// Item data role holding the number of points.
    static constexpr int CountRole = Qt::UserRole + 2;

    explicit ComplaintListModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue);
    /// The row of a complaint id, or -1.
    [[nodiscard]] int rowOfComplaint(const QString& complaintId) const;

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
