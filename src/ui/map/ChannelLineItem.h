#pragma once

#include "core/catalogue/PointTypes.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace acu {

struct ChannelCourse;

/// A channel's course on a body drawing: a line under the markers that keeps its width on
/// screen whatever the zoom. It takes no clicks and no hovers and has no shape, so the map
/// finds only the markers at a point.
class ChannelLineItem final : public QGraphicsItem {
public:
    static constexpr int Type = UserType + 2;
    /// Above the drawing, below the markers (MarkerItem's z is 1).
    static constexpr double kZ = 0.5;

    explicit ChannelLineItem(const ChannelCourse& course);

    [[nodiscard]] const QString& prefix() const { return m_prefix; }
    [[nodiscard]] Side side() const { return m_side; }
    [[nodiscard]] const QPainterPath& path() const { return m_path; }
    [[nodiscard]] const QPen& pen() const { return m_pen; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    /// Empty: the line is never found at a point (QGraphicsScene::items, clicks, hovers).
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_prefix;
    Side m_side;
    QPainterPath m_path;
    QPen m_pen;
    QRectF m_bounds;
};

} // namespace acu
