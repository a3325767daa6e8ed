#include "PointFilterProxy.h"

#include "PointListModel.h"
#include "PointRoles.h"

namespace acu {

PointFilterProxy::PointFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void PointFilterProxy::setPointModel(PointListModel* model)
{
    m_points = model;
    setSourceModel(model);
}

void PointFilterProxy::setRegion(const QString& regionId)
{
    if (!m_filter.setRegion(regionId.toStdString()))
        return;
    invalidateFilter();
    emit filterChanged();
}

void PointFilterProxy::setText(const QString& text)
{
    if (!m_filter.setText(text.toStdString()))
        return;
    invalidateFilter();
    emit filterChanged();
}

QModelIndex PointFilterProxy::indexOfCode(const QString& code) const
{
    return m_points ? mapFromSource(m_points->indexOfCode(code)) : QModelIndex();
}

QStringList PointFilterProxy::visibleCodes() const
{
    QStringList codes;
    codes.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        codes.append(index(row, 0).data(CodeRole).toString());
    return codes;
}

bool PointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_points)
        return false;
    const Point* point = m_points->pointAt(m_points->index(sourceRow, 0, sourceParent));
    return point && m_filter.accepts(*point);
}

} // namespace acu
