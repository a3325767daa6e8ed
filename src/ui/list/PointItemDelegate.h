#pragma once

#include <QStyledItemDelegate>

namespace acu {

/// Paints a point row: the label, and on the right a pregnancy badge whose symbol and word
/// say the status without relying on colour ("◆ avoid", "■ care"; the list's legend and the
/// row's tool tip spell them out).
class PointItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointItemDelegate)

public:
    explicit PointItemDelegate(QObject* parent = nullptr);

    /// The badge text for a PregnancyLevelRole value, or an empty string.
    [[nodiscard]] static QString badgeText(int pregnancyMark);
    /// The badge's symbol alone ("\u25C6"), for a row too narrow for its word.
    [[nodiscard]] static QString badgeSymbol(int pregnancyMark);

    /// What a row shows in its width: the label, elided from the end (so the English name
    /// goes first), and the badge, which keeps its word while the code and pinyin fit
    /// beside it and shrinks to its symbol when they would not.
    struct RowText {
        QString label;
        QString badge;
    };
    [[nodiscard]] RowText rowText(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// The same for a label and badge word in a text area this wide, the label in metrics'
    /// font and the badge in badgeFont.
    [[nodiscard]] static RowText fitRow(const QString& label, const QString& badgeWord, const QString& badgeSymbol,
                                        int width, const QFontMetrics& metrics, const QFont& badgeFont);
    /// Where typed text occurs in a label, ignoring case, accents, spaces, hyphens and dots:
    /// {start, length}, or {-1, 0}. ("zhishi", "BL52 Zhìshì") -> {5, 6}.
    [[nodiscard]] static QPair<int, int> highlightSpan(const QString& text, const QString& typed);
    /// The search text to highlight in each row, "" for none.
    void setHighlight(const QString& typed);
    /// Pregnancy mode: rows carry their pregnancy badge.
    void setShowPregnancy(bool show);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Shows a row's tool tip (Qt::ToolTipRole, plain text) as plain text: markup in a name
    /// is shown as typed, never drawn, and no image it names is loaded.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    QString m_highlight;
    bool m_showPregnancy = false;
};

} // namespace acu
