#include "ui/list/PointItemDelegate.h"

#include "ui/theme/CautionColour.h"

#include "models/PointRoles.h"
#include "models/ShownText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

#include <optional>

namespace acu {

namespace {

/// A character as searches compare it: without accents, in lower case.
QChar foldChar(QChar c)
{
    const QString decomposed = c.decomposition();
    const QChar base = decomposed.isEmpty() ? c : decomposed.front();
    return base.toLower();
}

/// One line of text laid out once, with the matched span in bold and underlined.
struct LabelLine {
    LabelLine(const QString& text, const QFont& font, const QPaintDevice* device, QPair<int, int> span)
        : layout(text, font, device)
    {
        if (span.first >= 0) {
            QTextLayout::FormatRange range{span.first, span.second, {}};
            range.format.setFontWeight(QFont::Bold);
            range.format.setFontUnderline(true);
            layout.setFormats({range});
        }
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.setCacheEnabled(true); // otherwise endLayout() drops the shaped glyphs and draw() shapes again
        layout.beginLayout();
        line = layout.createLine();
        layout.endLayout();
    }

    QTextLayout layout;
    QTextLine line;
};

} // namespace

QPair<int, int> PointItemDelegate::highlightSpan(const QString& text, const QString& typed)
{
    QString needle;
    for (QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            needle += foldChar(c);
    }
    if (needle.isEmpty())
        return {-1, 0};
    QString hay;
    for (QChar c : text)
        hay += foldChar(c);
    const auto at = static_cast<int>(hay.indexOf(needle));
    return at < 0 ? QPair<int, int>{-1, 0} : QPair<int, int>{at, int(needle.size())};
}

void PointItemDelegate::setHighlight(const QString& typed) { m_highlight = typed; }

void PointItemDelegate::setShowPregnancy(bool show) { m_showPregnancy = show; }

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

QString PointItemDelegate::badgeSymbol(int pregnancyMark)
{
    switch (static_cast<PregnancyMark>(pregnancyMark)) {
    case PregnancyMark::Contraindicated:
        return QStringLiteral("\u25C6");
    case PregnancyMark::Caution:
        return QStringLiteral("\u25A0");
    case PregnancyMark::None:
        break;
    }
    return {};
}

namespace {

QFont badgeFontOf(const QFont& font)
{
    QFont badgeFont = font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    return badgeFont;
}

int badgeWidthOf(const QString& badge, const QFont& badgeFont)
{
    return badge.isEmpty() ? 0 : QFontMetrics(badgeFont).horizontalAdvance(badge) + 12;
}

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

PointItemDelegate::RowText PointItemDelegate::rowText(const QStyleOptionViewItem& option,
                                                      const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect textRect = styleOf(opt)->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int mark = index.data(PregnancyLevelRole).toInt();
    if (!m_showPregnancy)
        return {opt.text, {}};
    return fitRow(opt.text, badgeText(mark), badgeSymbol(mark), textRect.width(), opt.fontMetrics,
                  badgeFontOf(opt.font));
}

PointItemDelegate::RowText PointItemDelegate::fitRow(const QString& label, const QString& badgeWord,
                                                     const QString& badgeSymbol, int width, const QFontMetrics& metrics,
                                                     const QFont& badgeFont)
{
    RowText row{label, badgeWord};
    if (!badgeWord.isEmpty()) {
        // The code and pinyin: the label up to the dash before the English name.
        const auto dash = label.indexOf(QStringLiteral(" \u2013 "));
        const QString head = dash < 0 ? label : label.left(dash);
        if (metrics.horizontalAdvance(head) > width - badgeWidthOf(badgeWord, badgeFont))
            row.badge = badgeSymbol;
    }
    row.label = metrics.elidedText(label, Qt::ElideRight, width - badgeWidthOf(row.badge, badgeFont));
    return row;
}

void PointItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString badge = rowText(option, index).badge;
    const QFont badgeFont = badgeFontOf(opt.font);
    const int badgeWidth = badgeWidthOf(badge, badgeFont);

    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = styleOf(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString reason = index.data(MatchReasonRole).toString();
    const int lineHeight = opt.fontMetrics.height();
    QRect labelRect = textRect.adjusted(0, 0, -badgeWidth, 0);
    if (!reason.isEmpty())
        labelRect.setHeight(lineHeight + 4);
    painter->save();
    painter->setPen(opt.palette.color(textRole));
    // Laid out once; elided (and laid out again) only when it does not fit.
    std::optional<LabelLine> label(std::in_place, text, opt.font, painter->device(), highlightSpan(text, m_highlight));
    if (label->line.naturalTextWidth() > labelRect.width()) {
        const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, labelRect.width());
        label.emplace(shown, opt.font, painter->device(), highlightSpan(shown, m_highlight));
    }
    const double top = labelRect.top() + (labelRect.height() - label->line.height()) / 2;
    label->layout.draw(painter, QPointF(labelRect.left(), top));
    if (!reason.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                 : opt.palette.color(QPalette::PlaceholderText));
        const QRect reasonRect(textRect.left() + 8, labelRect.bottom(), textRect.width() - 8,
                               textRect.bottom() - labelRect.bottom());
        painter->drawText(reasonRect, Qt::AlignTop | Qt::AlignLeft,
                          QFontMetrics(small).elidedText(reason, Qt::ElideRight, reasonRect.width()));
        painter->setFont(opt.font);
    }
    if (!badge.isEmpty()) {
        const bool forbidden = index.data(PregnancyLevelRole).toInt() == int(PregnancyMark::Contraindicated);
        const QColor accent =
            cautionText(forbidden ? kForbiddenColour : kCautionColour, opt.palette.color(QPalette::Base));
        painter->setFont(badgeFont);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : accent);
        painter->drawText(QRect(textRect.right() - badgeWidth, labelRect.top(), badgeWidth, labelRect.height()),
                          Qt::AlignVCenter | Qt::AlignRight, badge);
    }
    painter->restore();
}

QSize PointItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines = index.data(MatchReasonRole).toString().isEmpty() ? 1 : 2;
    size.setHeight(std::max(size.height(), lines * option.fontMetrics.height() + 10));
    return size;
}

bool PointItemDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (!event || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    const QString tip = text.isEmpty() ? QString() : plainToolTip(text);
    QToolTip::showText(event->globalPos(), tip, view, option.rect); // an empty text hides the tip
    event->setAccepted(!tip.isEmpty());
    return event->isAccepted();
}

} // namespace acu
