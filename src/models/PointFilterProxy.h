#pragma once

#include "core/search/PointFilter.h"

#include <QSortFilterProxyModel>

#include <memory>

namespace acu {

class PointListModel;

/// Why catalogue points the search text matches are not shown. A point can be outside the
/// region, hidden in pregnancy and without pressing instructions; it counts in each.
struct HiddenMatches {
    int outsideRegion = 0; ///< matches that lie outside the chosen region
    int pregnancy = 0;     ///< matches hidden as points to avoid in pregnancy
    int withoutInstructions = 0; ///< matches hidden because no source says how to press them
};

/// Shows the rows of a PointListModel that the PointFilter accepts: a region, and what the
/// search text can mean (read by a QueryResolver), best readings first. Re-filters only
/// when the filter really changed.
class PointFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointFilterProxy)

public:
    explicit PointFilterProxy(QObject* parent = nullptr);
    ~PointFilterProxy() override;

    void setPointModel(PointListModel* model);

    /// Region id, or an empty string for all regions.
    void setRegion(const QString& regionId);
    void setText(const QString& text);
    /// Complaint id, or an empty string for none. Without search text, the complaint's
    /// points come in its order (best supported first), each with its reason.
    void setComplaint(const QString& complaintId);
    [[nodiscard]] QString complaint() const { return QString::fromStdString(m_filter.complaint()); }
    /// Channel prefix ("ST"), or an empty string for all. Without search text or a
    /// complaint, the channel's points come in its order: ST1, ST2 ... ST45.
    void setChannel(const QString& prefix);
    [[nodiscard]] QString channel() const { return QString::fromStdString(m_filter.channel()); }
    /// Hides the points traditionally forbidden in pregnancy.
    void setHideContraindicated(bool hide);
    [[nodiscard]] bool hidesContraindicated() const { return m_filter.hidesContraindicated(); }
    /// Shows only the points a source gives pressing instructions for.
    void setOnlyWithInstructions(bool only);
    [[nodiscard]] bool onlyWithInstructions() const { return m_filter.onlyWithInstructions(); }
    [[nodiscard]] QString region() const { return QString::fromStdString(m_filter.region()); }
    [[nodiscard]] QString text() const { return QString::fromStdString(m_filter.text()); }
    /// What the resolver said about the current text (readings outside the catalogue, why
    /// nothing matched, the nearest label).
    [[nodiscard]] const Resolution& resolution() const { return m_filter.resolution(); }

    /// What hides the matches of the current text (all zero without text).
    [[nodiscard]] HiddenMatches hiddenMatches() const;

    /// The resolver over the current catalogue, or nullptr before one is set.
    [[nodiscard]] const QueryResolver* resolver() const;

    /// The proxy row of the point with this code, or an invalid index when it is filtered out.
    [[nodiscard]] QModelIndex indexOfCode(const QString& code) const;
    /// The codes of the rows shown, in order.
    [[nodiscard]] QStringList visibleCodes() const;

    /// Adds MatchReasonRole, and the reason to the tool tip, while there is search text or
    /// a complaint.
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    /// After every change of region, channel, complaint or text that changed the rows.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void adoptModelResolver();
    [[nodiscard]] const QueryMatch* matchAt(const QModelIndex& sourceIndex) const;
    /// "used for sciatica [2 sources]" for a point of the chosen complaint, else "".
    [[nodiscard]] QString complaintReasonAt(const QModelIndex& sourceIndex) const;

    PointListModel* m_points = nullptr;
    PointFilter m_filter;
};

} // namespace acu
