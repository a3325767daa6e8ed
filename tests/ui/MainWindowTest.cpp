// The main window wires the list and the detail pane.

#include "core/CatalogueLoader.h"
#include "support/QtPrinters.h"
#include "support/TestPaths.h"
#include "ui/DetailView.h"
#include "ui/MainWindow.h"

#include <QListView>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const acu::Catalogue> minimalCatalogue()
{
    auto result = acu::loadCatalogueFile(acu::test::fixture("valid/minimal.json"));
    EXPECT_TRUE(result.ok());
    return std::make_shared<const acu::Catalogue>(result.takeCatalogue());
}

} // namespace

// Clicking a row in the list shows that point in the detail pane.
TEST(MainWindow, clickingListRow_fillsDetailPane)
{
    acu::MainWindow window(minimalCatalogue(), QStringLiteral("test catalogue"));
    window.resize(900, 600);
    window.show();
    auto* list = window.findChild<QListView*>(QStringLiteral("pointList"));
    auto* details = window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(details, nullptr);
    const QRect row = list->visualRect(list->model()->index(1, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    EXPECT_GE(details->toPlainText().indexOf(QStringLiteral("Shènshù")), 0);
}

// selectCode makes the row current; an unknown code changes nothing.
TEST(MainWindow, selectCode_selectsRow)
{
    acu::MainWindow window(minimalCatalogue(), QStringLiteral("test catalogue"));
    auto* list = window.findChild<QListView*>(QStringLiteral("pointList"));
    EXPECT_TRUE(window.selectCode(QStringLiteral("GV4")));
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_FALSE(window.selectCode(QStringLiteral("BL52")));
    EXPECT_EQ(list->currentIndex().row(), 0);
}

// The status bar names the loaded catalogue and its size.
TEST(MainWindow, statusBar_namesCatalogue)
{
    acu::MainWindow window(minimalCatalogue(), QStringLiteral("test catalogue"));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("test catalogue: 2 points"));
}
