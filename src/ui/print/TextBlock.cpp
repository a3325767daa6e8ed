#include "ui/print/TextBlock.h"

#include "ui/theme/CautionColour.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>

namespace acu {

TextBlock::TextBlock(const QString& html, QPaintDevice* device, const QString& styleSheet)
{
    m_document.documentLayout()->setPaintDevice(device);
    m_document.setDocumentMargin(0);
    QFont font = m_document.defaultFont();
    font.setPointSizeF(10);
    // Any letter spacing turns ligatures off, so that a PDF's text reads "find", not "ﬁnd",
    // when it is searched or copied. A twentieth of a device pixel (at 300 dots an inch) is nothing on paper.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    m_document.setDefaultFont(font);
    m_document.setDefaultStyleSheet(styleSheet.isEmpty() ? printStyleSheet() : styleSheet);
    m_document.setHtml(html);
}

qreal TextBlock::heightFor(qreal width) const
{
    m_document.setTextWidth(width);
    return m_document.size().height();
}

void TextBlock::paint(QPainter& painter, const QRectF& rect) const
{
    m_document.setTextWidth(rect.width());
    painter.save();
    painter.translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, rect.width(), rect.height());
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QString printStyleSheet()
{
    return QStringLiteral("h1 { font-size: 17pt; margin: 0; }"
                          "h2 { font-size: 12pt; margin-top: 6pt; margin-bottom: 2pt; }"
                          "p, li { font-size: 10pt; }"
                          "ul { margin-top: 0; margin-bottom: 0; }"
                          ".english { font-size: 11pt; color: #333333; }"
                          ".cite { color: #555555; font-size: 8pt; }"
                          ".small { font-size: 8.5pt; color: #333333; }"
                          ".caution { border-color: %1; }")
        .arg(kCautionColour.name());
}

} // namespace acu
