#include "PointFilterProxy.h"

#include "PointListModel.h"
#include "PointRoles.h"

#include <algorithm>
#include "core/search/ComplaintReason.h"

#include <functional>

namespace acu {

PointFilterProxy::PointFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

PointFilterProxy::~PointFilterProxy() = default;

void PointFilterProxy::setPointModel(PointListModel* model)
{
    if (m_points)
        disconnect(m_points, nullptr, this, nullptr);
    m_points = model;
    // Before the proxy's own reset handling, so that it filters with the new resolver.
    if (m_points) {
        connect(m_points, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_filter.setResolver(nullptr); });
        // Before QSortFilterProxyModel's own handling: the model's resolver dies with it.
        connect(m_points, &QObject::destroyed, this, [this] {
            m_filter.setResolver(nullptr);
            m_points = nullptr;
        });
    }
    setSourceModel(model);
    if (m_points)
        connect(m_points, &QAbstractItemModel::modelReset, this, [this] {
            adoptModelResolver();
            invalidateFilter();
            emit filterChanged();
        });
    adoptModelResolver();
    invalidateFilter();
}

const QueryResolver* PointFilterProxy::resolver() const
{
    return m_points ? m_points->resolver() : nullptr;
}

void PointFilterProxy::adoptModelResolver()
{
    m_filter.setResolver(resolver());
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
    invalidate(); // the order follows the readings' ranks
    emit filterChanged();
}

void PointFilterProxy::setChannel(const QString& prefix)
{
    if (!m_filter.setChannel(prefix.toStdString()))
        return;
    invalidate(); // the order follows the channel's
    emit filterChanged();
}

void PointFilterProxy::setComplaint(const QString& complaintId)
{
    if (!m_filter.setComplaint(complaintId.toStdString()))
        return;
    invalidate(); // the order follows the complaint's
    emit filterChanged();
}

QString PointFilterProxy::complaintReasonAt(const QModelIndex& sourceIndex) const
{
    const Point* point = m_points ? m_points->pointAt(sourceIndex) : nullptr;
    const ComplaintPoint* link = point ? m_filter.complaintLink(*point) : nullptr;
    const Complaint* complaint = m_filter.chosenComplaint();
    return link && complaint ? QString::fromStdString(complaintReason(*complaint, *link)) : QString();
}

void PointFilterProxy::setHideContraindicated(bool hide)
{
    if (!m_filter.setHideContraindicated(hide))
        return;
    invalidateFilter();
    emit filterChanged();
}

void PointFilterProxy::setOnlyWithInstructions(bool only)
{
    if (!m_filter.setOnlyWithInstructions(only))
        return;
    invalidateFilter();
    emit filterChanged();
}

HiddenMatches PointFilterProxy::hiddenMatches() const
{
    HiddenMatches hidden;
    if (!m_filter.hasText())
        return hidden;
    const std::string& region = m_filter.region();
    for (const auto& match : m_filter.resolution().matches) {
        if (!match.point)
            continue;
        const auto& regions = match.point->regions;
        if (!region.empty() && std::find(regions.begin(), regions.end(), region) == regions.end())
            ++hidden.outsideRegion;
        if (m_filter.hidesContraindicated() && pregnancyLevel(*match.point) == CautionLevel::Contraindicated)
            ++hidden.pregnancy;
        if (m_filter.onlyWithInstructions() && !hasPressingInstructions(*match.point))
            ++hidden.withoutInstructions;
    }
    return hidden;
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

const QueryMatch* PointFilterProxy::matchAt(const QModelIndex& sourceIndex) const
{
    const Point* point = m_points ? m_points->pointAt(sourceIndex) : nullptr;
    return point ? m_filter.match(*point) : nullptr;
}

QVariant PointFilterProxy::data(const QModelIndex& index, int role) const
{
    const bool complaintOnly = !m_filter.hasText() && !m_filter.complaint().empty();
    if (role == MatchReasonRole || (role == Qt::ToolTipRole && (m_filter.hasText() || complaintOnly))) {
        const QueryMatch* match = matchAt(mapToSource(index));
        const QString reason = complaintOnly ? complaintReasonAt(mapToSource(index))
                               : match       ? QString::fromStdString(match->reason)
                                             : QString();
        if (role == MatchReasonRole)
            return reason;
        const QString tip = QSortFilterProxyModel::data(index, role).toString();
        return reason.isEmpty() ? tip : tip + QLatin1Char('\n') + reason;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool PointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const Catalogue* catalogue = m_points ? m_points->catalogue() : nullptr;
    if (!catalogue || sourceParent.isValid() || sourceRow < 0 ||
        sourceRow >= static_cast<int>(catalogue->points().size()))
        return false;
    return m_filter.accepts(catalogue->points()[static_cast<std::size_t>(sourceRow)]);
}

bool PointFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_filter.hasText()) {
        // The resolver's order: its readings are ranked, and a complaint's points keep theirs.
        const QueryMatch* a = matchAt(left);
        const QueryMatch* b = matchAt(right);
        if (a && b)
            return std::less<const QueryMatch*>{}(a, b);
        if (a || b)
            return a != nullptr;
    } else if (!m_filter.complaint().empty()) {
        const Point* a = m_points ? m_points->pointAt(left) : nullptr;
        const Point* b = m_points ? m_points->pointAt(right) : nullptr;
        const int orderA = a ? m_filter.complaintOrder(*a) : -1;
        const int orderB = b ? m_filter.complaintOrder(*b) : -1;
        if (orderA != orderB)
            return orderA >= 0 && (orderB < 0 || orderA < orderB);
    } else if (!m_filter.channel().empty()) {
        const Point* a = m_points ? m_points->pointAt(left) : nullptr;
        const Point* b = m_points ? m_points->pointAt(right) : nullptr;
        const int orderA = a ? m_filter.channelOrder(*a) : -1;
        const int orderB = b ? m_filter.channelOrder(*b) : -1;
        if (orderA != orderB)
            return orderA < orderB;
    }
    return left.row() < right.row();
}

} // namespace acu
