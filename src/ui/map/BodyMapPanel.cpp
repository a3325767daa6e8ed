#include "ui/map/BodyMapPanel.h"

#include "models/ChannelNames.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/ChannelChoice.h"
#include "ui/map/ChannelKey.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace acu {

BodyMapPanel::BodyMapPanel(QWidget* parent)
    : QWidget(parent)
    , m_viewBox(new QComboBox(this))
    , m_map(new BodyMapView(this))
{
    setObjectName(QStringLiteral("bodyMapPanel"));
    m_viewBox->setObjectName(QStringLiteral("viewSelector"));
    m_viewBox->setAccessibleName(tr("Body view"));
    // Sized to its longest name whenever the names change. (Qt's default sizing would not
    // build the popup list at once, as this does, but it keeps the minimum width it
    // measured before the names were added.)
    m_viewBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* viewLabel = new QLabel(tr("&View"), this);
    viewLabel->setBuddy(m_viewBox);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setAccessibleName(tr("Map legend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true); // the pregnancy legend is longer than a narrow map is wide
    setPregnancyMode(false);

    m_channelBox = new QComboBox(this);
    m_channelKey = new ChannelKey(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewBox);
    auto* channelLabel = new QLabel(tr("Channel &lines"), this);
    channelLabel->setBuddy(m_channelBox);
    bar->addStretch(1);
    // A row of its own: beside the view selector it would widen the window's least width.
    auto* channelBar = new QHBoxLayout;
    channelBar->addWidget(channelLabel);
    channelBar->addWidget(m_channelBox);
    channelBar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addLayout(channelBar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_channelKey); // under the map, as a map's key
    layout->addWidget(m_legend);
    setupChannelSelector();

    connect(m_viewBox, &QComboBox::activated, this,
            [this](int row) { m_map->showView(m_viewBox->itemData(row).toString()); });
    connect(m_map, &BodyMapView::viewChanged, this, [this](const QString& id) {
        const int row = m_viewBox->findData(id);
        if (row >= 0)
            m_viewBox->setCurrentIndex(row);
    });
}

void BodyMapPanel::setupChannelSelector()
{
    m_channelBox->setObjectName(QStringLiteral("channelLineSelector"));
    m_channelBox->setAccessibleName(tr("Channel lines"));
    m_channelBox->setToolTip(tr("Which channels' courses the map draws"));
    // As wide as its longest entry where the panel has room (in every language), and no
    // narrower than a nominal length, so that it does not widen the window's least width.
    m_channelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelBox->setMinimumContentsLength(12);
    m_channelBox->addItem(tr("Selected point's channel"), kSelectedPointsChannel);
    m_channelBox->addItem(tr("All channels"), kAllChannels);
    m_channelBox->addItem(tr("None"), kNoChannels);
    m_channelBox->insertSeparator(m_channelBox->count());
    for (const QString& prefix : channelPrefixes())
        m_channelBox->addItem(channelTitle(prefix), prefix);
    {
        // The nominal least width: what the box asks for with room for 12 characters only.
        QComboBox nominal;
        nominal.setFont(m_channelBox->font());
        nominal.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        nominal.setMinimumContentsLength(12);
        m_channelBox->setMinimumWidth(nominal.minimumSizeHint().width());
    }
    connect(m_channelBox, &QComboBox::currentIndexChanged, this, [this] {
        updateChannelLines();
        if (m_channelActions) {
            for (QAction* action : m_channelActions->actions())
                action->setChecked(action->data().toString() == channelChoice());
        }
        emit channelChoiceChanged(channelChoice());
    });
    connect(m_map, &BodyMapView::selectedCodeChanged, this, &BodyMapPanel::updateChannelLines);
    connect(m_map, &BodyMapView::viewChanged, this, [this] { m_channelKey->setChannels(m_map->drawnChannels()); });
    updateChannelLines();
}

void BodyMapPanel::setChannelChoice(const QString& id)
{
    const int row = m_channelBox->findData(isChannelChoice(id) ? id : kSelectedPointsChannel);
    m_channelBox->setCurrentIndex(row);
}

QString BodyMapPanel::channelChoice() const
{
    return m_channelBox->currentData().toString();
}

QMenu* BodyMapPanel::channelMenu()
{
    if (m_channelMenu)
        return m_channelMenu;
    m_channelMenu = new QMenu(tr("&Channel Lines"), this);
    m_channelMenu->setObjectName(QStringLiteral("channelLinesMenu"));
    m_channelActions = new QActionGroup(m_channelMenu);
    for (int row = 0; row < m_channelBox->count(); ++row) {
        const QString id = m_channelBox->itemData(row).toString();
        if (id.isEmpty()) { // the separator
            m_channelMenu->addSeparator();
            continue;
        }
        QAction* action = m_channelMenu->addAction(m_channelBox->itemText(row));
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(id == channelChoice());
        m_channelActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { setChannelChoice(id); });
    }
    return m_channelMenu;
}

void BodyMapPanel::updateChannelLines()
{
    m_map->setShownChannels(channelsToDraw(channelChoice(), m_map->selectedCode()));
    m_channelKey->setChannels(m_map->drawnChannels());
}

void BodyMapPanel::setPregnancyMode(bool on)
{
    // No-break spaces keep each entry on one line when the legend wraps.
    m_legend->setText(on ? tr("\u25CF\u00A0none\u00A0known   \u25A0\u00A0pregnancy:\u00A0" "care   "
                              "\u25C6\u00A0" "avoid\u00A0in\u00A0pregnancy   \u25CE\u00A0selected")
                         : tr("\u25CF\u00A0point   \u25CE\u00A0selected"));
    m_map->setPregnancyMode(on);
}

void BodyMapPanel::setContent(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers)
{
    m_viewBox->clear();
    for (const auto& view : views)
        m_viewBox->addItem(view.name, view.id);
    m_map->setMarkers(markers);
    m_map->setViews(views);
    m_channelKey->setChannels(m_map->drawnChannels());
}

} // namespace acu
