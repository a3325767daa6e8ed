#include "PointItemDelegate.h"

#include "models/PointRoles.h"

#include <QApplication>
#include <QPainter>

namespace acu {

PointItemDelegate::PointItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString PointItemDelegate::badgeText(int pregnancyMark)
{
    switch (static_cast<PregnancyMark>(pregnancyMark)) {
    case PregnancyMark::Contraindicated:
        return tr("\u25C6 avoid");
    case PregnancyMark::Caution:
        return tr("\u25A0 care");
    case PregnancyMark::None:
        break;
    }
    return {};
}

void PointItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString badge = badgeText(index.data(PregnancyLevelRole).toInt());
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    const int badgeWidth = badge.isEmpty() ? 0 : QFontMetrics(badgeFont).horizontalAdvance(badge) + 12;

    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(opt.palette.color(textRole));
    const QRect labelRect = textRect.adjusted(0, 0, -badgeWidth, 0);
    painter->drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, labelRect.width()));
    if (!badge.isEmpty()) {
        const bool forbidden = index.data(PregnancyLevelRole).toInt() == int(PregnancyMark::Contraindicated);
        const QColor accent = forbidden ? QColor(0xc0, 0x26, 0x26) : QColor(0xb0, 0x6a, 0x00);
        painter->setFont(badgeFont);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : accent);
        painter->drawText(textRect.adjusted(textRect.width() - badgeWidth, 0, 0, 0),
                          Qt::AlignVCenter | Qt::AlignRight, badge);
    }
    painter->restore();
}

QSize PointItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace acu
