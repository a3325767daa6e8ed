#include "ui/list/PointListPanel.h"

#include "core/search/QueryResolver.h"
#include "models/ChannelListModel.h"
#include "models/ComplaintListModel.h"
#include "models/PointFilterProxy.h"
#include "models/PointListModel.h"
#include "models/PointRoles.h"
#include "models/ShownText.h"
#include "models/RegionListModel.h"
#include "ui/list/PointItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace acu {

namespace {

QToolButton* makeActionButton(QWidget* parent, const QString& name)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    // Drawn as a link: the palette's link colour, underlined.
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    button->hide();
    return button;
}

/// Button text shows '&' as itself, not as a mnemonic.
QString buttonText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

PointListPanel::PointListPanel(PointListModel* points, RegionListModel* regions, QWidget* parent)
    : QWidget(parent)
    , m_proxy(new PointFilterProxy(this))
    , m_regions(regions)
    , m_regionBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_searchStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("pointListPanel"));
    m_proxy->setPointModel(points);

    m_regionBox->setObjectName(QStringLiteral("regionSelector"));
    m_regionBox->setAccessibleName(tr("Body region"));
    m_regionBox->setModel(regions);
    // The box spans the panel; sizing it by a nominal length spares measuring every
    // region's name each time the layout asks (three times before the first paint).
    m_regionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionBox->setMinimumContentsLength(16);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search points"));
    m_search->setPlaceholderText(tr("Code or name: BL52, B47, Zhishi…"));

    m_list->setObjectName(QStringLiteral("pointList"));
    m_list->setAccessibleName(tr("Points"));
    m_list->setModel(m_proxy);
    m_delegate = new PointItemDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true); // until a search adds reason lines; see onFilterChanged

    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setAccessibleName(tr("Search result"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_searchStatus->hide();

    // What the message offers: search the nearest label, all regions, or show the hidden points.
    m_searchActions = new QWidget(this);
    m_searchActions->setObjectName(QStringLiteral("searchActions"));
    m_nearestButton = makeActionButton(m_searchActions, QStringLiteral("searchNearest"));
    m_allRegionsButton = makeActionButton(m_searchActions, QStringLiteral("searchAllRegions"));
    m_allRegionsButton->setText(tr("Search all regions"));
    m_showHiddenButton = makeActionButton(m_searchActions, QStringLiteral("showHiddenPoints"));
    m_showHiddenButton->setText(tr("Show hidden points"));
    m_showHiddenButton->setToolTip(tr("Stop hiding the points to avoid in pregnancy"));
    auto* actionsLayout = new QHBoxLayout(m_searchActions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->setSpacing(2);
    actionsLayout->addWidget(m_nearestButton);
    actionsLayout->addWidget(m_allRegionsButton);
    actionsLayout->addWidget(m_showHiddenButton);
    actionsLayout->addStretch(1);
    m_searchActions->hide();
    connect(m_nearestButton, &QToolButton::clicked, this, [this] { setSearchText(m_nearestQuery); });
    connect(m_allRegionsButton, &QToolButton::clicked, this, [this] { setRegion(QString()); });
    connect(m_showHiddenButton, &QToolButton::clicked, this, &PointListPanel::showHiddenPointsRequested);

    m_legend = new QLabel(tr("In pregnancy: \u25C6 avoid \u00B7 \u25A0 take care"), this);
    m_legend->setObjectName(QStringLiteral("listLegend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true); // a longer translation takes a second line rather than being cut
    m_legend->hide();

    m_withInstructions = new QCheckBox(tr("Only points with &pressing instructions"), this);
    m_withInstructions->setObjectName(QStringLiteral("onlyWithInstructions"));
    m_withInstructions->setToolTip(tr("Hide the points for which the sources here give no technique, duration "
                                      "or repetitions"));

    auto* regionLabel = new QLabel(tr("&Region"), this);
    regionLabel->setBuddy(m_regionBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(regionLabel);
    layout->addWidget(m_regionBox);
    layout->addWidget(m_withInstructions);
    layout->addWidget(m_search);
    layout->addWidget(m_searchStatus);
    layout->addWidget(m_searchActions);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_legend);
    setTabOrder(m_regionBox, m_withInstructions);
    setTabOrder(m_withInstructions, m_search);
    setTabOrder(m_search, m_list);
    setupComplaintSelector(layout);
    setupChannelSelector(layout);
    connect(m_withInstructions, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setOnlyWithInstructions(only);
        emit onlyWithInstructionsChanged(only);
    });

    connect(m_regionBox, &QComboBox::currentIndexChanged, this, [this](int row) {
        const QString id = m_regionBox->itemData(row, RegionListModel::RegionIdRole).toString();
        m_proxy->setRegion(id);
        emit regionChanged(id);
    });
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PointFilterProxy::setText);
    // The clear button shows only when there is text; its icon loads with the first text
    // instead of at start-up.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.isEmpty())
            m_search->setClearButtonEnabled(true);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0)
            emit pointActivated(m_proxy->index(0, 0).data(CodeRole).toString());
    });
    // A row's context menu is the menu of routines to add the point to.
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            emit addToRoutineRequested(index.data(CodeRole).toString(), m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_proxy, &PointFilterProxy::filterChanged, this, &PointListPanel::onFilterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PointListPanel::onCurrentRowChanged);
    connect(points, &QAbstractItemModel::modelReset, this, &PointListPanel::onFilterChanged);
}

void PointListPanel::setCurrentCode(const QString& code)
{
    m_currentCode = code;
    const QModelIndex index = m_proxy->indexOfCode(code);
    m_settingCurrent = true;
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    }
    m_settingCurrent = false;
}

QString PointListPanel::currentCode() const
{
    return m_currentCode;
}

void PointListPanel::setRegion(const QString& regionId)
{
    const int row = m_regions->rowOfRegion(regionId);
    m_regionBox->setCurrentIndex(row < 0 ? 0 : row);
}

QString PointListPanel::region() const
{
    return m_proxy->region();
}

void PointListPanel::setupComplaintSelector(QVBoxLayout* layout)
{
    m_complaintBox = new QComboBox(this);
    m_complaintBox->setObjectName(QStringLiteral("complaintSelector"));
    m_complaintBox->setAccessibleName(tr("What hurts"));
    m_complaintBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_complaintBox->setMinimumContentsLength(16);
    m_complaintLabel = new QLabel(tr("&Complaint"), this);
    m_complaintLabel->setBuddy(m_complaintBox);
    const int at = layout->indexOf(m_regionBox) + 1; // the check box follows the complaint selector
    layout->insertWidget(at, m_complaintLabel);
    layout->insertWidget(at + 1, m_complaintBox);
    setTabOrder(m_regionBox, m_complaintBox);
    setTabOrder(m_complaintBox, m_withInstructions);
    updateComplaintSelector();
    connect(m_complaintBox, &QComboBox::currentIndexChanged, this, [this](int row) {
        const QString id = m_complaintBox->itemData(row, ComplaintListModel::ComplaintIdRole).toString();
        if (id == m_proxy->complaint())
            return;
        m_proxy->setComplaint(id);
        emit complaintChanged(id);
    });
}

void PointListPanel::setComplaintModel(ComplaintListModel* complaints)
{
    if (m_complaints)
        disconnect(m_complaints, nullptr, this, nullptr);
    m_complaints = complaints;
    if (complaints) {
        m_complaintBox->setModel(complaints);
        connect(complaints, &QAbstractItemModel::modelReset, this, &PointListPanel::updateComplaintSelector);
    }
    updateComplaintSelector();
}

void PointListPanel::updateComplaintSelector()
{
    const bool offered = m_complaints && m_complaints->rowCount() > 1;
    m_complaintLabel->setVisible(offered);
    m_complaintBox->setVisible(offered);
    if (!offered)
        m_proxy->setComplaint(QString());
}

void PointListPanel::setComplaint(const QString& complaintId)
{
    const int row = m_complaints ? m_complaints->rowOfComplaint(complaintId) : -1;
    m_complaintBox->setCurrentIndex(row < 0 ? 0 : row);
}

QString PointListPanel::complaint() const { return m_proxy->complaint(); }

void PointListPanel::setupChannelSelector(QVBoxLayout* layout)
{
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("channelSelector"));
    m_channelBox->setAccessibleName(tr("Channel"));
    m_channelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channelBox->setMinimumContentsLength(16);
    m_channelLabel = new QLabel(tr("C&hannel"), this);
    m_channelLabel->setBuddy(m_channelBox);
    const int at = layout->indexOf(m_complaintBox) + 1; // the check box follows the channel selector
    layout->insertWidget(at, m_channelLabel);
    layout->insertWidget(at + 1, m_channelBox);
    setTabOrder(m_complaintBox, m_channelBox);
    setTabOrder(m_channelBox, m_withInstructions);
    updateChannelSelector();
    connect(m_channelBox, &QComboBox::currentIndexChanged, this, [this](int row) {
        const QString prefix = m_channelBox->itemData(row, ChannelListModel::ChannelRole).toString();
        if (prefix == m_proxy->channel())
            return;
        m_proxy->setChannel(prefix);
        emit channelChanged(prefix);
    });
}

void PointListPanel::setChannelModel(ChannelListModel* channels)
{
    if (m_channels)
        disconnect(m_channels, nullptr, this, nullptr);
    m_channels = channels;
    if (channels) {
        m_channelBox->setModel(channels);
        connect(channels, &QAbstractItemModel::modelReset, this, &PointListPanel::updateChannelSelector);
    }
    updateChannelSelector();
}

void PointListPanel::updateChannelSelector()
{
    const bool offered = m_channels && m_channels->rowCount() > 1;
    m_channelLabel->setVisible(offered);
    m_channelBox->setVisible(offered);
    if (!offered)
        m_proxy->setChannel(QString());
}

void PointListPanel::setChannel(const QString& prefix)
{
    const int row = m_channels ? m_channels->rowOfChannel(prefix) : -1;
    m_channelBox->setCurrentIndex(row < 0 ? 0 : row);
}

QString PointListPanel::channel() const { return m_proxy->channel(); }

void PointListPanel::setOnlyWithInstructions(bool only) { m_withInstructions->setChecked(only); }

bool PointListPanel::onlyWithInstructions() const { return m_proxy->onlyWithInstructions(); }

void PointListPanel::setSearchText(const QString& text) { m_search->setText(text); }

QString PointListPanel::searchText() const { return m_search->text(); }

QStringList PointListPanel::visibleCodes() const
{
    return m_proxy->visibleCodes();
}

Resolution PointListPanel::resolve(const QString& query) const
{
    const QueryResolver* resolver = m_proxy->resolver();
    if (!resolver)
        return {{}, {}, tr("no catalogue is loaded").toStdString(), {}};
    return resolver->resolve(query.toStdString(), MatchMode::AsYouType);
}

void PointListPanel::stepCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_proxy->indexOfCode(m_currentCode);
    const int row = current.isValid() ? ((current.row() + delta) % rows + rows) % rows : (delta > 0 ? 0 : rows - 1);
    emit pointActivated(m_proxy->index(row, 0).data(CodeRole).toString());
}

void PointListPanel::setPregnancyMode(bool on)
{
    m_delegate->setShowPregnancy(on);
    m_legend->setVisible(on);
    m_list->viewport()->update();
}

void PointListPanel::setHideContraindicated(bool hide)
{
    m_proxy->setHideContraindicated(hide);
}

void PointListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool PointListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_Escape) {
        if (m_search->text().isEmpty())
            m_list->setFocus(Qt::OtherFocusReason);
        else
            m_search->clear();
        return true;
    }
    if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->setCurrentIndex(m_proxy->index(0, 0)); // shows that point, as a click on it would
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PointListPanel::onFilterChanged()
{
    // Without search text no row has a reason line, so one row's size serves for all and
    // the list need not measure every row.
    m_list->setUniformItemSizes(m_proxy->text().isEmpty());
    m_delegate->setHighlight(m_proxy->text());
    updateSearchStatus();
    setCurrentCode(m_currentCode); // keep the selection when the point is still shown
    emit visibleCodesChanged(m_proxy->visibleCodes());
}

void PointListPanel::updateSearchStatus()
{
    m_nearestButton->hide();
    m_allRegionsButton->hide();
    m_showHiddenButton->hide();
    if (m_proxy->text().trimmed().isEmpty()) {
        m_searchStatus->hide();
        m_searchActions->hide();
        return;
    }
    const Resolution& resolution = m_proxy->resolution();
    QStringList lines;
    if (resolution.matches.empty()) {
        lines.append(tr("No match: %1.").arg(isolated(QString::fromStdString(resolution.problem))));
        if (!resolution.suggestion.empty()) {
            const QString suggestion = QString::fromStdString(resolution.suggestion);
            lines.append(tr("Nearest: %1").arg(isolated(suggestion)));
            m_nearestQuery = suggestionQuery(suggestion);
            m_nearestButton->setText(buttonText(tr("Search for \u201C%1\u201D").arg(m_nearestQuery)));
            m_nearestButton->show();
        }
    } else {
        const int shown = m_proxy->rowCount();
        const int found = static_cast<int>(resolution.matches.size());
        QString head = found == 1 ? tr("1 point matches") : tr("%1 points match").arg(found);
        if (shown < found)
            head += shown == 0 ? tr(", none shown") : tr(", %1 shown").arg(shown);
        lines.append(head);
        const HiddenMatches hidden = m_proxy->hiddenMatches();
        QStringList causes;
        if (hidden.outsideRegion > 0)
            causes.append(tr("%1 outside this region").arg(hidden.outsideRegion));
        if (hidden.pregnancy > 0)
            causes.append(hidden.pregnancy == 1
                              ? tr("1 point to avoid in pregnancy (Hide points is on)")
                              : tr("%1 points to avoid in pregnancy (Hide points is on)").arg(hidden.pregnancy));
        if (hidden.withoutInstructions > 0)
            causes.append(hidden.withoutInstructions == 1
                              ? tr("1 point without pressing instructions")
                              : tr("%1 points without pressing instructions").arg(hidden.withoutInstructions));
        if (shown < found && !causes.isEmpty())
            lines.append(tr("Hidden: %1.").arg(causes.join(QStringLiteral("; "))));
        m_allRegionsButton->setVisible(shown < found && hidden.outsideRegion > 0);
        m_showHiddenButton->setVisible(shown < found && hidden.pregnancy > 0);
        for (const auto& other : resolution.elsewhere)
            lines.append(tr("Also: %1").arg(isolated(QString::fromStdString(other.reason))));
    }
    m_searchStatus->setText(lines.join(QLatin1Char('\n')));
    m_searchStatus->show();
    m_searchActions->setVisible(!m_nearestButton->isHidden() || !m_allRegionsButton->isHidden() ||
                                !m_showHiddenButton->isHidden());
}

QString PointListPanel::suggestionQuery(const QString& suggestion)
{
    if (suggestion.endsWith(QLatin1Char(')'))) {
        const auto open = suggestion.lastIndexOf(QStringLiteral(" ("));
        if (open > 0)
            return suggestion.left(open);
    }
    const auto space = suggestion.indexOf(QLatin1Char(' '));
    return space > 0 ? suggestion.left(space) : suggestion;
}

void PointListPanel::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_settingCurrent || !current.isValid())
        return;
    emit pointActivated(current.data(CodeRole).toString());
}

} // namespace acu
