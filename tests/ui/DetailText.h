#pragma once

// What a detail pane shows, for assertions: its plain text without the bidi isolates
// (U+2068, U+2069) that wrap each catalogue field, and clicks on its links.

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace acu::test {

inline QString shownText(const QTextEdit& view)
{
    QString text = view.toPlainText();
    text.remove(QChar(0x2068));
    text.remove(QChar(0x2069));
    return text;
}

/// The cursor over the first occurrence of text after from, or a null cursor.
inline QTextCursor findShown(const QTextEdit& view, const QString& text, int from = 0)
{
    return view.document()->find(text, from);
}

/// Clicks the middle of the link whose text is linkText (the first one after from).
/// Returns false when there is no such link.
inline bool clickLink(QTextBrowser& view, const QString& linkText, int from = 0)
{
    const QTextCursor found = findShown(view, linkText, from);
    if (found.isNull())
        return false;
    QTextCursor inside(view.document());
    inside.setPosition(found.selectionStart() + 1);
    if (!inside.charFormat().isAnchor())
        return false;
    view.ensureCursorVisible();
    QTextCursor start(view.document());
    start.setPosition(found.selectionStart());
    QTextCursor end(view.document());
    end.setPosition(found.selectionEnd());
    view.setTextCursor(start);
    view.ensureCursorVisible();
    const QRect a = view.cursorRect(start);
    const QRect b = view.cursorRect(end);
    const QPoint middle((a.left() + b.left()) / 2, a.center().y());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, middle);
    return true;
}

/// The first block's rectangle in viewport coordinates.
inline QRectF firstBlockInViewport(const QTextEdit& view)
{
    const QRectF block = view.document()->documentLayout()->blockBoundingRect(view.document()->firstBlock());
    return block.translated(0, -view.verticalScrollBar()->value());
}

} // namespace acu::test
