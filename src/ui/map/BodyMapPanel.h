#pragma once

#include "models/BodyMarkers.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace acu {

class BodyMapView;

/// The centre panel: the view selector, the body map and its legend.
class BodyMapPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapPanel)

public:
    explicit BodyMapPanel(QWidget* parent = nullptr);

    void setContent(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers);
    [[nodiscard]] BodyMapView* map() const { return m_map; }
    /// Pregnancy mode: marker shapes show the status, and the legend explains them.
    void setPregnancyMode(bool on);

private:
    QComboBox* m_viewBox = nullptr;
    BodyMapView* m_map = nullptr;
    QLabel* m_legend = nullptr;
};

} // namespace acu
