#pragma once

#include "core/catalogue/Catalogue.h"
#include "ui/print/PrintBlock.h"

#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QSvgRenderer>

#include <map>
#include <memory>
#include <vector>

class QPaintDevice;

namespace acu {

/// The body drawings a printout uses, each read once (from the built-in drawings unless
/// another folder is given).
class DrawingCache final {
public:
    explicit DrawingCache(QString directory = {});
    /// The drawing of a view, or nullptr when it cannot be read. Shared with the pictures
    /// that draw it, so that it lives as long as they do.
    [[nodiscard]] std::shared_ptr<QSvgRenderer> drawing(const QString& viewId);

private:
    QString m_directory;
    std::map<QString, std::shared_ptr<QSvgRenderer>> m_drawings;
};

/// One drawing with a point's markers on it, and a caption under it.
struct PicturePanel {
    std::shared_ptr<QSvgRenderer> drawing; ///< may be null: the panel then says the drawing is missing
    QSizeF viewSize;
    std::vector<QPointF> marks;
    QString caption;
};

/// The views that show a point best on paper: the closest close-up that shows it, and, for
/// a bilateral point that the close-up shows on one side only, a whole view with both
/// sides. Ids in that order; empty when the point has no positions.
[[nodiscard]] std::vector<std::string> viewsToPrint(const Catalogue& catalogue, const Point& point);

/// The panels for a point on those views.
[[nodiscard]] std::vector<PicturePanel> pointPictures(const Catalogue& catalogue, const Point& point,
                                                      DrawingCache& drawings);

/// A row of pictures of a fixed height (in millimetres), centred, drawn as vectors.
class PictureBlock final : public PrintBlock {
public:
    PictureBlock(std::vector<PicturePanel> panels, QPaintDevice* device, qreal heightMm);

    [[nodiscard]] qreal heightFor(qreal width) const override;
    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    std::vector<PicturePanel> m_panels;
    QPaintDevice* m_device;
    qreal m_height;
};

} // namespace acu
