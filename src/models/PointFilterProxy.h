#pragma once

#include "core/PointFilter.h"

#include <QSortFilterProxyModel>

namespace acu {

class PointListModel;

/// Shows the rows of a PointListModel that the PointFilter accepts. Re-filters only when
/// the filter really changed.
class PointFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointFilterProxy)

public:
    explicit PointFilterProxy(QObject* parent = nullptr);

    void setPointModel(PointListModel* model);

    /// Region id, or an empty string for all regions.
    void setRegion(const QString& regionId);
    void setText(const QString& text);
    [[nodiscard]] QString region() const { return QString::fromStdString(m_filter.region()); }
    [[nodiscard]] QString text() const { return QString::fromStdString(m_filter.text()); }

    /// The proxy row of the point with this code, or an invalid index when it is filtered out.
    [[nodiscard]] QModelIndex indexOfCode(const QString& code) const;
    /// The codes of the rows shown, in order.
    [[nodiscard]] QStringList visibleCodes() const;

signals:
    /// After every change of region or text that changed the rows.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    PointListModel* m_points = nullptr;
    PointFilter m_filter;
};

} // namespace acu
