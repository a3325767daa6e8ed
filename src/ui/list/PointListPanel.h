#pragma once

#include "core/search/QueryResolver.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QToolButton;
class QVBoxLayout;

namespace acu {

class ChannelListModel;
class ComplaintListModel;
class PointFilterProxy;
class PointItemDelegate;
class PointListModel;
class RegionListModel;

/// The left panel: region selector, search field and the filtered point list. Says which
/// point the user chose by pointActivated; MainWindow tells it the current point.
class PointListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointListPanel)

public:
    PointListPanel(PointListModel* points, RegionListModel* regions, QWidget* parent = nullptr);

    /// Makes the point's row current, when the filter shows it; otherwise clears the row.
    void setCurrentCode(const QString& code);
    [[nodiscard]] QString currentCode() const;
    /// Region id, "" for all. Unknown ids select all.
    void setRegion(const QString& regionId);
    [[nodiscard]] QString region() const;
    /// The complaints the selector offers; the selector shows only when there are some.
    void setComplaintModel(ComplaintListModel* complaints);
    /// Complaint id, "" for any. Unknown ids select any.
    void setComplaint(const QString& complaintId);
    [[nodiscard]] QString complaint() const;
    /// The channels the selector offers; the selector shows only when there are some.
    void setChannelModel(ChannelListModel* channels);
    /// Channel prefix, "" for all. Unknown prefixes select all.
    void setChannel(const QString& prefix);
    [[nodiscard]] QString channel() const;
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const;
    [[nodiscard]] QStringList visibleCodes() const;
    /// Reads a query as the search field does, without filtering the list.
    [[nodiscard]] Resolution resolve(const QString& query) const;
    /// Moves to the next or previous shown point (wrapping) and activates it.
    void stepCurrent(int delta);
    void focusSearch();
    /// Pregnancy mode: rows show their pregnancy badge and the legend explains them.
    void setPregnancyMode(bool on);
    void setHideContraindicated(bool hide);
    /// Lists only the points a source gives pressing instructions for (the check box under
    /// the region and complaint selectors).
    void setOnlyWithInstructions(bool only);
    [[nodiscard]] bool onlyWithInstructions() const;

    /// The query the search message's "Nearest" button searches for: the label of a
    /// suggestion ("Zhìshì (BL52)" -> "Zhìshì", "BL52 Zhìshì" -> "BL52").
    [[nodiscard]] static QString suggestionQuery(const QString& suggestion);

signals:
    void pointActivated(const QString& code);
    /// The context menu was asked for on a point's row, at globalPos.
    void addToRoutineRequested(const QString& code, const QPoint& globalPos);
    /// The person asked to show the points hidden in pregnancy mode ("Show hidden points").
    void showHiddenPointsRequested();
    void regionChanged(const QString& regionId);
    /// After the person chose a complaint ("" for any), once the list shows its points.
    void complaintChanged(const QString& complaintId);
    /// After the person chose a channel ("" for all), once the list shows its points.
    void channelChanged(const QString& prefix);
    /// After the person ticked or cleared "Only points with pressing instructions".
    void onlyWithInstructionsChanged(bool only);
    /// After the region or search text changed which points are shown.
    void visibleCodesChanged(const QStringList& codes);

protected:
    /// In the search field: Escape clears it, and on an empty field moves to the list; Down
    /// moves into the list, to its first row, which opens that point.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFilterChanged();
    void onCurrentRowChanged(const QModelIndex& current);
    void updateSearchStatus();
    /// Makes the complaint selector and puts it under the region selector.
    void setupComplaintSelector(QVBoxLayout* layout);
    void updateComplaintSelector();
    /// Makes the channel selector and puts it under the complaint selector.
    void setupChannelSelector(QVBoxLayout* layout);
    void updateChannelSelector();

    PointFilterProxy* m_proxy = nullptr;
    RegionListModel* m_regions = nullptr;
    QComboBox* m_regionBox = nullptr;
    ComplaintListModel* m_complaints = nullptr;
    QLabel* m_complaintLabel = nullptr;
    QComboBox* m_complaintBox = nullptr;
    ChannelListModel* m_channels = nullptr;
    QLabel* m_channelLabel = nullptr;
    QComboBox* m_channelBox = nullptr;
    QCheckBox* m_withInstructions = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_searchStatus = nullptr;
    QWidget* m_searchActions = nullptr;
    QToolButton* m_nearestButton = nullptr;
    QToolButton* m_allRegionsButton = nullptr;
    QToolButton* m_showHiddenButton = nullptr;
    QString m_nearestQuery;
    QLabel* m_legend = nullptr;
    PointItemDelegate* m_delegate = nullptr;
    QString m_currentCode;
    bool m_settingCurrent = false;
};

} // namespace acu
