#pragma once

#include "ui/print/PrintBlock.h"

#include <QString>
#include <QTextDocument>

class QPaintDevice;

namespace acu {

/// A block of rich text (escaped catalogue text in simple HTML), laid out for the device it
/// is printed on so that font sizes in points come out right. Text stays text in a PDF.
class TextBlock final : public PrintBlock {
public:
    TextBlock(const QString& html, QPaintDevice* device, const QString& styleSheet = {});

    [[nodiscard]] qreal heightFor(qreal width) const override;
    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    mutable QTextDocument m_document;
};

/// The style sheet of printed pages: sizes in points, caution boxes, pale citations.
[[nodiscard]] QString printStyleSheet();

} // namespace acu
