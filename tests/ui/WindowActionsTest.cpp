// The window's actions: shortcuts that clash with nothing, Copy with both formats, and
// what Print and Export print.

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointListPanel.h"
#include "ui/routine/RoutineActions.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

namespace {

/// The standard key each action stands for; any other standard key on an action is a clash
/// with what the platform means by it.
const std::map<QString, QKeySequence::StandardKey> kStandardRoles{
    {QStringLiteral("actionPrint"), QKeySequence::Print},
    {QStringLiteral("actionCopy"), QKeySequence::Copy},
    {QStringLiteral("actionUndo"), QKeySequence::Undo},
    {QStringLiteral("actionRedo"), QKeySequence::Redo},
    {QStringLiteral("actionFind"), QKeySequence::Find},
    {QStringLiteral("actionQuit"), QKeySequence::Quit},
    {QStringLiteral("actionZoomIn"), QKeySequence::ZoomIn},
    {QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut},
    {QStringLiteral("actionFullScreen"), QKeySequence::FullScreen},
    {QStringLiteral("actionBack"), QKeySequence::Back},
    {QStringLiteral("actionForward"), QKeySequence::Forward},
    // The runner's keys, which act only while focus is in its panel during a run.
    {QStringLiteral("actionRunnerStop"), QKeySequence::Cancel},
    {QStringLiteral("actionRunnerNext"), QKeySequence::MoveToNextChar},
    {QStringLiteral("actionRunnerPrevious"), QKeySequence::MoveToPreviousChar},
};

} // namespace

// No two actions share a shortcut, and none takes a standard key that means something else.
TEST(WindowActions, shortcutsClashWithNothing)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    ASSERT_NE(window.routineActions()->editor(), nullptr); // made, so that its actions are checked too
    std::map<QString, QString> owner;                      // shortcut -> action
    const auto actions = window.findChildren<QAction*>();
    ASSERT_GT(actions.size(), 10);
    for (const QAction* action : actions) {
        for (const QKeySequence& shortcut : action->shortcuts()) {
            const QString keys = shortcut.toString(QKeySequence::PortableText);
            const auto [it, inserted] = owner.emplace(keys, action->objectName());
            EXPECT_TRUE(inserted) << keys.toStdString() << " is on " << it->second.toStdString() << " and "
                                  << action->objectName().toStdString();
            for (int key = QKeySequence::HelpContents; key <= QKeySequence::Cancel; ++key) {
                const auto standard = static_cast<QKeySequence::StandardKey>(key);
                if (!QKeySequence::keyBindings(standard).contains(shortcut))
                    continue;
                const auto role = kStandardRoles.find(action->objectName());
                EXPECT_TRUE(role != kStandardRoles.end() && role->second == standard)
                    << action->objectName().toStdString() << " takes " << keys.toStdString()
                    << ", the platform's standard key " << key;
            }
        }
    }
    // Print is the platform's Print key, and pregnancy mode has one of its own.
    EXPECT_EQ(owner[QKeySequence(QKeySequence::Print).toString(QKeySequence::PortableText)],
              QStringLiteral("actionPrint"));
    EXPECT_EQ(owner[QStringLiteral("Ctrl+Shift+P")], QStringLiteral("actionPregnancyMode"));
}

// Edit > Copy puts the current point on the clipboard as plain text and as HTML.
TEST(WindowActions, copyPutsThePointAsTextAndHtml)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    EXPECT_FALSE(window.actions().copy->isEnabled()); // nothing to copy yet
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("BL52")));
    ASSERT_TRUE(window.actions().copy->isEnabled());
    QApplication::clipboard()->clear();
    window.actions().copy->trigger();
    const QMimeData* data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->text().startsWith(QStringLiteral("BL52 Zhìshì"))) << data->text().toStdString();
    EXPECT_TRUE(data->text().contains(QStringLiteral("\nSources\n[1] "))) << data->text().toStdString();
    EXPECT_TRUE(data->html().contains(QStringLiteral("<h1>BL52"))) << data->html().toStdString();
}

// The list's sheet names each filter in a phrase of its own: complaint, region, channel, search.
TEST(WindowActions, listSheetNamesEveryFilter)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    ASSERT_TRUE(window.setComplaint(QStringLiteral("sciatica")));
    ASSERT_TRUE(window.setRegion(QStringLiteral("lower-back")));
    ASSERT_TRUE(window.setChannel(QStringLiteral("BL")));
    window.setSearchText(QStringLiteral("BL2"));
    EXPECT_EQ(window.listPrintout().title,
              QStringLiteral("Points: Complaint: Sciatica, Region: Lower back, Channel: Bladder (BL), Search: \u201C"
                             "BL2\u201D, Acupoint Atlas"));
}

// Print prints the current point's card; with no current point, the list's sheet, named by
// the list's filter.
TEST(WindowActions, printoutIsThePointCardOrTheListSheet)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    ASSERT_TRUE(window.setRegion(QStringLiteral("lower-back")));
    window.setSearchText(QStringLiteral("BL"));
    EXPECT_EQ(window.currentPrintout().title,
              QStringLiteral("Points: Region: Lower back, Search: \u201CBL\u201D, Acupoint Atlas"));
    EXPECT_FALSE(window.currentPrintout().onePage);
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("BL52")));
    EXPECT_EQ(window.currentPrintout().title, QStringLiteral("BL52 Zhìshì: point card, Acupoint Atlas"));
    EXPECT_TRUE(window.currentPrintout().onePage);
    EXPECT_EQ(window.listPrintout().title,
              QStringLiteral("Points: Region: Lower back, Search: \u201CBL\u201D, Acupoint Atlas"));
    EXPECT_EQ(window.suggestedPdfName(), QStringLiteral("BL52-Zhishi.pdf"));
}
