#include "ui/map/ChannelKey.h"

#include "models/ChannelNames.h"
#include "ui/map/ChannelStyle.h"

#include <QEvent>
#include <QPainter>

namespace acu {

namespace {

constexpr int kSwatch = 28;  // the swatch line's length
constexpr int kGap = 6;      // between swatch and name
constexpr int kSpacing = 14; // between entries in a row
constexpr int kMargin = 4;

} // namespace

ChannelKey::ChannelKey(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channelKey"));
    setAccessibleName(tr("Channel key"));
    setBackgroundRole(QPalette::Base); // the map's background: the swatches read as the lines do
    setForegroundRole(QPalette::Text);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    hide();
}

void ChannelKey::setChannels(const QStringList& prefixes)
{
    if (prefixes == m_channels)
        return;
    m_channels = prefixes;
    QStringList titles;
    for (const QString& prefix : m_channels)
        titles.append(channelTitle(prefix));
    setAccessibleDescription(titles.join(QStringLiteral(", ")));
    setToolTip(m_channels.isEmpty() ? QString() : tr("Channel lines drawn: %1").arg(titles.join(QStringLiteral(", "))));
    setVisible(!m_channels.isEmpty());
    updateGeometry();
    update();
}

int ChannelKey::entryWidth(const QString& prefix) const
{
    return kSwatch + kGap + fontMetrics().horizontalAdvance(channelTitle(prefix));
}

QList<ChannelKey::Entry> ChannelKey::layoutEntries(int width) const
{
    QList<Entry> entries;
    const int lineHeight = fontMetrics().height();
    int x = kMargin;
    int y = kMargin;
    for (const QString& prefix : m_channels) {
        const int w = entryWidth(prefix);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += lineHeight + 2;
        }
        entries.append({prefix, QRect(x, y, w, lineHeight)});
        x += w + kSpacing;
    }
    return entries;
}

int ChannelKey::heightForWidth(int width) const
{
    if (m_channels.isEmpty())
        return 0;
    const QList<Entry> entries = layoutEntries(width);
    return entries.constLast().rect.bottom() + 1 + kMargin;
}

QSize ChannelKey::sizeHint() const
{
    int width = kMargin;
    for (const QString& prefix : m_channels)
        width += entryWidth(prefix) + kSpacing;
    return {width, heightForWidth(width)};
}

QSize ChannelKey::minimumSizeHint() const
{
    int widest = 0;
    for (const QString& prefix : m_channels)
        widest = std::max(widest, entryWidth(prefix));
    return {widest + 2 * kMargin, m_channels.isEmpty() ? 0 : fontMetrics().height() + 2 * kMargin};
}

void ChannelKey::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Entry& entry : layoutEntries(width())) {
        const double y = entry.rect.center().y() + 0.5;
        painter.setPen(channelPen(channelStyle(entry.prefix)));
        painter.drawLine(QPointF(entry.rect.left(), y), QPointF(entry.rect.left() + kSwatch, y));
        painter.setPen(palette().color(QPalette::Text));
        const QRect text = entry.rect.adjusted(kSwatch + kGap, 0, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, channelTitle(entry.prefix));
    }
}

void ChannelKey::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
}

} // namespace acu
