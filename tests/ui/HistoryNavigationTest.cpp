// Back and Forward through the points viewed, from the Go menu, the toolbar and the keys.

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/details/DetailView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QListView>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

namespace {

struct Window {
    Window()
        : window(acu::test::shipped(), QStringLiteral("test"))
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    QAction* back() const { return window.actions().back; }
    QAction* forward() const { return window.actions().forward; }
    acu::MainWindow window;
};

} // namespace

// Nothing viewed, or one point: both are disabled; a second point enables Back.
TEST(HistoryNavigation, enabledOnlyWithSomewhereToGo)
{
    Window w;
    EXPECT_FALSE(w.back()->isEnabled());
    EXPECT_FALSE(w.forward()->isEnabled());
    w.window.setCurrentCode(QStringLiteral("BL23"));
    EXPECT_FALSE(w.back()->isEnabled());
    w.window.setCurrentCode(QStringLiteral("BL52"));
    EXPECT_TRUE(w.back()->isEnabled());
    EXPECT_FALSE(w.forward()->isEnabled());
}

// Back and Forward show the points viewed before and after, without adding entries:
// after back, back, forward, forward the reader is where they started, and can go back again.
TEST(HistoryNavigation, backAndForward_walkThePointsViewed)
{
    Window w;
    for (const char* code : {"BL23", "BL52", "LI4"})
        w.window.setCurrentCode(QString::fromLatin1(code));
    w.back()->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
    w.back()->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL23"));
    EXPECT_FALSE(w.back()->isEnabled());
    EXPECT_TRUE(w.forward()->isEnabled());
    w.forward()->trigger();
    w.forward()->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("LI4"));
    EXPECT_FALSE(w.forward()->isEnabled());
    w.back()->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
    auto* details = w.window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("BL52")));
}

// Choosing a point after going back drops the points ahead.
TEST(HistoryNavigation, newPointAfterBack_dropsForward)
{
    Window w;
    for (const char* code : {"BL23", "BL52", "LI4"})
        w.window.setCurrentCode(QString::fromLatin1(code));
    w.back()->trigger();
    w.window.setCurrentCode(QStringLiteral("GV4"));
    EXPECT_FALSE(w.forward()->isEnabled());
    w.back()->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
}

// Alt+Left and Alt+Right go back and forward, also with the focus in the list or the pane.
TEST(HistoryNavigation, altLeftAndAltRight)
{
    Window w;
    w.window.setCurrentCode(QStringLiteral("BL23"));
    w.window.setCurrentCode(QStringLiteral("BL52"));
    EXPECT_TRUE(w.back()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
    EXPECT_TRUE(w.forward()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
    for (const auto& key : QKeySequence::keyBindings(QKeySequence::Back))
        EXPECT_TRUE(w.back()->shortcuts().contains(key)) << key.toString().toStdString();
    for (const auto& key : QKeySequence::keyBindings(QKeySequence::Forward))
        EXPECT_TRUE(w.forward()->shortcuts().contains(key)) << key.toString().toStdString();
    auto* details = w.window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    details->setFocus();
    QTest::keyClick(details, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL23"));
    auto* list = w.window.findChild<QListView*>(QStringLiteral("pointList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
}

// Both actions are in the Go menu and on the toolbar.
TEST(HistoryNavigation, inGoMenuAndToolbar)
{
    Window w;
    QMenu* go = nullptr;
    for (QAction* menu : w.window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Go"))
            go = menu->menu();
    }
    ASSERT_NE(go, nullptr);
    EXPECT_TRUE(go->actions().contains(w.back()));
    EXPECT_TRUE(go->actions().contains(w.forward()));
    auto* bar = w.window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    EXPECT_TRUE(bar->actions().contains(w.back()));
    EXPECT_TRUE(bar->actions().contains(w.forward()));
}
