#include "BodyMapPanel.h"

#include "BodyMapView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
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
    // Qt's default sizing fits the view names (set once, in setContent) when the box is
    // first shown; setting a policy would build the box's popup list at once. With a
    // minimum length the minimum size needs no measuring.
    m_viewBox->setMinimumContentsLength(6);

    auto* viewLabel = new QLabel(tr("&View"), this);
    viewLabel->setBuddy(m_viewBox);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setAccessibleName(tr("Map legend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    setPregnancyMode(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewBox);
    bar->addStretch(1);
    bar->addWidget(m_legend);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);

    connect(m_viewBox, &QComboBox::activated, this,
            [this](int row) { m_map->showView(m_viewBox->itemData(row).toString()); });
    connect(m_map, &BodyMapView::viewChanged, this, [this](const QString& id) {
        const int row = m_viewBox->findData(id);
        if (row >= 0)
            m_viewBox->setCurrentIndex(row);
    });
}

void BodyMapPanel::setPregnancyMode(bool on)
{
    m_legend->setText(on ? tr("\u25CF none known   \u25A0 pregnancy: care   \u25C6 avoid in pregnancy   "
                              "\u25CE selected")
                         : tr("\u25CF point   \u25CE selected"));
    m_map->setPregnancyMode(on);
}

void BodyMapPanel::setContent(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers)
{
    m_viewBox->clear();
    for (const auto& view : views)
        m_viewBox->addItem(view.name, view.id);
    m_map->setMarkers(markers);
    m_map->setViews(views);
}

} // namespace acu
