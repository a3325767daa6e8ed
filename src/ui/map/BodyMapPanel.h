#pragma once

#include "models/BodyMarkers.h"

#include <QWidget>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;

namespace acu {

class BodyMapView;
class ChannelKey;

/// The centre panel: the view selector, the channel lines selector, the body map, the key of
/// its channel lines and its legend.
class BodyMapPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapPanel)

public:
    explicit BodyMapPanel(QWidget* parent = nullptr);

    void setContent(const QList<BodyViewInfo>& views, const QList<BodyMarker>& markers);
    [[nodiscard]] BodyMapView* map() const { return m_map; }
    /// Pregnancy mode: marker shapes show the status, and the legend explains them.
    void setPregnancyMode(bool on);

    /// Which channel lines the map draws (see ChannelChoice.h): "selected" (the selected
    /// point's channel, the default), "all", "none" or a channel prefix. Unknown ids choose
    /// the default.
    void setChannelChoice(const QString& id);
    [[nodiscard]] QString channelChoice() const;
    [[nodiscard]] ChannelKey* channelKey() const { return m_channelKey; }
    /// The same choices as the selector, as a menu of checkable actions kept in step with it
    /// (View > Channel Lines). Made on the first call, owned by the panel.
    [[nodiscard]] QMenu* channelMenu();

signals:
    /// After the person or setChannelChoice changed the choice.
    void channelChoiceChanged(const QString& id);

private:
    void setupChannelSelector();
    /// Draws the chosen lines for the current selection and lists the drawn ones in the key.
    void updateChannelLines();

    QComboBox* m_viewBox = nullptr;
    QComboBox* m_channelBox = nullptr;
    ChannelKey* m_channelKey = nullptr;
    QMenu* m_channelMenu = nullptr;
    QActionGroup* m_channelActions = nullptr;
    BodyMapView* m_map = nullptr;
    QLabel* m_legend = nullptr;
};

} // namespace acu
