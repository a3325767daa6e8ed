// Limiting the point list to the points a source says how to press: the check box under
// the region and complaint selectors, what the search status says about the points it hides,
// and the choice remembered with the window's state.

#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointListPanel.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

struct InstructionsWindow {
    InstructionsWindow()
        : window(acu::test::shipped(), QStringLiteral("test"))
    {
        box = window.findChild<QCheckBox*>(QStringLiteral("onlyWithInstructions"));
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        panel = window.findChild<acu::PointListPanel*>(QStringLiteral("pointListPanel"));
        status = window.findChild<QLabel*>(QStringLiteral("searchStatus"));
    }

    QStringList rows() const
    {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out.append(list->model()->index(row, 0).data(acu::CodeRole).toString());
        return out;
    }

    acu::MainWindow window;
    QCheckBox* box = nullptr;
    QListView* list = nullptr;
    acu::PointListPanel* panel = nullptr;
    QLabel* status = nullptr;
};

int pointsWithInstructions()
{
    int count = 0;
    for (const auto& point : acu::test::shipped()->points())
        count += acu::hasPressingInstructions(point);
    return count;
}

} // namespace

// Ticking the box lists only the points with instructions; clearing it lists them all again.
TEST(InstructionsFilter, tickingTheBox_listsOnlyPointsWithInstructions)
{
    InstructionsWindow w;
    ASSERT_NE(w.box, nullptr);
    EXPECT_TRUE(w.box->isVisibleTo(&w.window));
    EXPECT_FALSE(w.box->isChecked());
    const int all = static_cast<int>(acu::test::shipped()->points().size());
    EXPECT_EQ(w.rows().size(), all);
    QSignalSpy changed(w.panel, &acu::PointListPanel::onlyWithInstructionsChanged);
    w.box->setChecked(true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(w.rows().size(), pointsWithInstructions());
    EXPECT_FALSE(w.rows().contains(QStringLiteral("ST36")));
    EXPECT_TRUE(w.rows().contains(QStringLiteral("BL23")));
    w.box->setChecked(false);
    EXPECT_EQ(w.rows().size(), all);
}

// A search match the box hides is named in the status line.
TEST(InstructionsFilter, hiddenMatch_isExplained)
{
    InstructionsWindow w;
    w.box->setChecked(true);
    w.window.setSearchText(QStringLiteral("ST36"));
    EXPECT_TRUE(w.rows().isEmpty());
    EXPECT_EQ(w.status->text(), QStringLiteral("1 point matches, none shown\nHidden: 1 point without pressing "
                                               "instructions."));
}

// The choice is part of the window's remembered state and comes back with it.
TEST(InstructionsFilter, choice_isRememberedWithTheWindowState)
{
    acu::WindowState state;
    {
        InstructionsWindow w;
        w.box->setChecked(true);
        state = w.window.persistentState();
    }
    EXPECT_TRUE(state.onlyWithInstructions);
    InstructionsWindow restored;
    restored.window.restorePersistentState(state);
    EXPECT_TRUE(restored.box->isChecked());
    EXPECT_EQ(restored.rows().size(), pointsWithInstructions());
}
