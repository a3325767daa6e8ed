// The first window fits its screen; the window keeps a size at which nothing overlaps; at
// its narrowest the tool bar shows every action it holds; list rows keep code and pinyin.

#include "ui/window/WindowSize.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointItemDelegate.h"
#include "ui/window/CommandLine.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QScreen>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

/// Found by GoogleTest beside QSize, in the global namespace.
static void PrintTo(const QSize& size, std::ostream* os)
{
    *os << size.width() << 'x' << size.height();
}

// On a screen with room the first window is 1280x800.
TEST(FirstWindowSize, roomyScreen_preferredSize)
{
    EXPECT_EQ(acu::firstWindowSize(QSize(1920, 1040)), QSize(1280, 800));
}

// On a laptop screen it takes 80% of the available width and height.
TEST(FirstWindowSize, laptopScreen_fourFifths)
{
    EXPECT_EQ(acu::firstWindowSize(QSize(1366, 728)), QSize(1092, 582));
}

// At a pixel ratio of 2 a 2560x1600 screen has 1280x770 device-independent pixels
// available: the window takes 80% of them, not 1280x800, which would not fit.
TEST(FirstWindowSize, pixelRatioTwo_fitsTheScreen)
{
    const QSize available(2560 / 2, (1600 - 60) / 2);
    const QSize size = acu::firstWindowSize(available);
    EXPECT_EQ(size, QSize(1024, 616));
    EXPECT_LE(size.width(), available.width());
    EXPECT_LE(size.height(), available.height());
}

// A screen smaller than the window's minimum gets a window of the whole available area.
TEST(FirstWindowSize, tinyScreen_wholeScreen)
{
    EXPECT_EQ(acu::firstWindowSize(QSize(683, 364)), QSize(683, 364));
    EXPECT_EQ(acu::minimumWindowSize(QSize(683, 364)), QSize(683, 364));
}

// The minimum is the least size --size accepts, where the panes are laid out whole.
TEST(FirstWindowSize, minimum_isTheSmallestWindowSize)
{
    EXPECT_EQ(acu::minimumWindowSize(QSize(1920, 1040)), acu::kSmallestWindowSize);
}

// The window opens at the size its screen allows, and cannot be made smaller than its minimum.
TEST(MainWindowSize, opensToFitItsScreenAndKeepsItsMinimum)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_EQ(window.size(), acu::firstWindowSize(available));
    EXPECT_EQ(window.minimumSize(), acu::minimumWindowSize(available));
    window.resize(641, 230);
    EXPECT_GE(window.width(), acu::minimumWindowSize(available).width());
    EXPECT_GE(window.height(), acu::minimumWindowSize(available).height());
}

// At 800 px wide every action of the tool bar has its own visible button: none is pushed
// behind the overflow arrow.
TEST(MainWindowSize, toolBarAt800_noActionInTheOverflow)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.resize(800, 500);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    auto* extension = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    ASSERT_NE(extension, nullptr);
    EXPECT_FALSE(extension->isVisible());
    for (QAction* action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget* button = bar->widgetForAction(action);
        ASSERT_NE(button, nullptr) << action->objectName().toStdString();
        EXPECT_TRUE(button->isVisible()) << action->objectName().toStdString();
        EXPECT_TRUE(bar->rect().contains(button->geometry())) << action->objectName().toStdString();
    }
}

// The main actions stay on the tool bar: find, back and forward, zoom, pregnancy mode.
TEST(MainWindowSize, toolBarKeepsTheMainActions)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    const auto& a = window.actions();
    for (QAction* action : {a.find, a.back, a.forward, a.zoomIn, a.zoomOut, a.zoomFit, a.pregnancyMode})
        EXPECT_TRUE(bar->actions().contains(action)) << action->objectName().toStdString();
}

// In a narrow list in pregnancy mode, a row cuts the English name and then shrinks its
// badge to the symbol: the code and pinyin stay whole.
TEST(PointRows, narrowRow_keepsCodeAndPinyin_badgeShrinksToSymbol)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    auto* list = window.findChild<QListView*>(QStringLiteral("pointList"));
    ASSERT_NE(list, nullptr);
    QModelIndex forbidden;
    for (int row = 0; row < list->model()->rowCount() && !forbidden.isValid(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(acu::CodeRole).toString() == QStringLiteral("BL60"))
            forbidden = index;
    }
    ASSERT_TRUE(forbidden.isValid());
    const int mark = forbidden.data(acu::PregnancyLevelRole).toInt();
    ASSERT_EQ(mark, int(acu::PregnancyMark::Contraindicated));
    const QString label = forbidden.data(Qt::DisplayRole).toString();
    const QString head = label.left(label.indexOf(QStringLiteral(" \u2013 "))); // "BL60 Kūnlún"
    const QString word = acu::PointItemDelegate::badgeText(mark);
    const QString symbol = acu::PointItemDelegate::badgeSymbol(mark);
    const QFontMetrics metrics(list->font());
    QFont badgeFont = list->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    const auto fit = [&](int width) {
        return acu::PointItemDelegate::fitRow(label, word, symbol, width, metrics, badgeFont);
    };

    // Wide: the whole label and the badge's word.
    acu::PointItemDelegate::RowText row = fit(600);
    EXPECT_EQ(row.label, label);
    EXPECT_EQ(row.badge, word);

    // Room for the code, pinyin and word, not the English name: the name is cut first.
    const int headAndWord = metrics.horizontalAdvance(head) + QFontMetrics(badgeFont).horizontalAdvance(word) + 12;
    row = fit(headAndWord + 20);
    EXPECT_EQ(row.badge, word);
    EXPECT_TRUE(row.label.startsWith(head)) << row.label.toStdString();
    EXPECT_NE(row.label, label);

    // Narrower: the badge shrinks to its symbol, and the code and pinyin still show whole.
    row = fit(metrics.horizontalAdvance(head) + QFontMetrics(badgeFont).horizontalAdvance(symbol) + 40);
    EXPECT_EQ(row.badge, symbol);
    EXPECT_TRUE(row.label.startsWith(head)) << row.label.toStdString();
}

// A message with a long path (no space to wrap at) does not hold the window wider than its
// minimum: the bar wraps what it can and cuts the rest, and its tool tip has it all.
TEST(MainWindowSize, longMessage_doesNotWidenTheWindow)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    const QString path = QStringLiteral("/home/someone/") + QString(300, QLatin1Char('x')) + QStringLiteral(".conf");
    window.showMessageBar(QStringLiteral("Settings cannot be saved: %1: Permission denied").arg(path));
    window.resize(800, 500);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.minimumSizeHint().width(), 800);
    EXPECT_EQ(window.width(), 800);
    const auto* text = window.findChild<QLabel*>(QStringLiteral("messageBarText"));
    ASSERT_NE(text, nullptr);
    EXPECT_LE(text->geometry().right(), window.width());
    EXPECT_TRUE(text->toolTip().contains(QString(300, QLatin1Char('x'))));
}
