#include "ui/map/BodyMapPanel.h"

#include "ui/map/BodyMapView.h"

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

    auto* bar = new QHBoxLayout;
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewBox);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_legend); // under the map, as a map's key

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
}

} // namespace acu
