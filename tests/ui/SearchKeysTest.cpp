// Keys in the search field: Escape clears it and then leaves it for the list; Down goes
// into the list at its first row; Enter opens the first match.

#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

struct KeyWindow {
    KeyWindow()
        : window(acu::test::shipped(), QStringLiteral("test"))
    {
        search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        window.show();
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
        search->setFocus();
    }

    acu::MainWindow window;
    QLineEdit* search = nullptr;
    QListView* list = nullptr;
};

} // namespace

// Escape in a field with text clears it (and the list shows every point again); the focus stays.
TEST(SearchKeys, escape_clearsTheField)
{
    KeyWindow w;
    const int all = w.list->model()->rowCount();
    QTest::keyClicks(w.search, QStringLiteral("GV4"));
    ASSERT_EQ(w.list->model()->rowCount(), 1);
    QTest::keyClick(w.search, Qt::Key_Escape);
    EXPECT_EQ(w.search->text(), QString());
    EXPECT_EQ(w.list->model()->rowCount(), all);
    EXPECT_TRUE(w.search->hasFocus());
}

// A second Escape, on the empty field, moves the focus to the list.
TEST(SearchKeys, secondEscape_movesFocusToTheList)
{
    KeyWindow w;
    QTest::keyClicks(w.search, QStringLiteral("kidney"));
    QTest::keyClick(w.search, Qt::Key_Escape);
    QTest::keyClick(w.search, Qt::Key_Escape);
    EXPECT_TRUE(w.list->hasFocus());
}

// Down from the field goes into the list at the first match and opens it.
TEST(SearchKeys, down_movesIntoTheListAtTheFirstMatch)
{
    KeyWindow w;
    QTest::keyClicks(w.search, QStringLiteral("B47"));
    ASSERT_GE(w.list->model()->rowCount(), 1);
    const QString first = w.list->model()->index(0, 0).data(acu::CodeRole).toString();
    QTest::keyClick(w.search, Qt::Key_Down);
    EXPECT_TRUE(w.list->hasFocus());
    EXPECT_EQ(w.list->currentIndex().row(), 0);
    EXPECT_EQ(w.window.currentCode(), first);
}

// Enter on a single match opens it, as before.
TEST(SearchKeys, enter_opensASingleMatch)
{
    KeyWindow w;
    QTest::keyClicks(w.search, QStringLiteral("GV4"));
    ASSERT_EQ(w.list->model()->rowCount(), 1);
    QTest::keyClick(w.search, Qt::Key_Return);
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("GV4"));
}
