// The routine editor: built-in routines read-only, steps reordered by dragging and by keys,
// a step's side, hold and repetitions set, steps on unknown points shown.

#include "ui/routine/RoutineEditor.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/routine/RoutineLibrary.h"
#include "models/routine/RoutineStepsModel.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/routine/RoutineEdits.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace {

std::vector<std::string> codes(const acu::Routine& routine)
{
    std::vector<std::string> out;
    for (const auto& step : routine.steps)
        out.push_back(step.code);
    return out;
}

/// An editor, shown, on a library of its own holding a routine "mine" of three steps.
struct Editor {
    Editor()
        : edits(&library, acu::test::shipped(), acu::loadBuiltInRoutines(acu::test::shipped().get()).routines)
    {
        edits.open(dir.path());
        id = edits.createRoutine(QStringLiteral("Mine"));
        for (const char* code : {"BL23", "GV4", "BL40"})
            edits.addStep(id, QString::fromLatin1(code));
        editor = std::make_unique<acu::RoutineEditor>(&edits);
        editor->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
        EXPECT_TRUE(editor->selectRoutine(id));
    }

    [[nodiscard]] std::vector<std::string> stepCodes() const { return codes(*library.find(id.toStdString())); }
    template <typename T> T* child(const char* name) const { return editor->findChild<T*>(QString::fromLatin1(name)); }

    QTemporaryDir dir;
    acu::RoutineLibrary library;
    acu::RoutineEdits edits;
    QString id;
    std::unique_ptr<acu::RoutineEditor> editor;
};

} // namespace

// The list holds one's own routines first, then every built-in one marked as such.
TEST(RoutineEditor, listsOwnThenBuiltInRoutines)
{
    Editor e;
    auto* list = e.child<QListWidget>("routineList");
    ASSERT_EQ(list->count(), 1 + static_cast<int>(e.edits.builtIns().size()));
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("\u2068Mine\u2069"));
    EXPECT_TRUE(list->item(1)->text().endsWith(QStringLiteral(" (built-in)")));
}

// A built-in routine is shown read-only, with "Duplicate to Edit", which makes an own copy.
TEST(RoutineEditor, builtInRoutine_readOnlyWithDuplicateToEdit)
{
    Editor e;
    ASSERT_TRUE(e.editor->selectRoutine(QStringLiteral("three-points")));
    EXPECT_TRUE(e.child<QLineEdit>("routineTitle")->isReadOnly());
    EXPECT_FALSE(e.child<QPushButton>("deleteRoutineButton")->isEnabled());
    EXPECT_FALSE(e.child<QComboBox>("stepSide")->isEnabled());
    EXPECT_FALSE(e.editor->stepsModel()->flags(e.editor->stepsModel()->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    auto* duplicate = e.child<QPushButton>("duplicateRoutineButton");
    EXPECT_EQ(duplicate->text(), QStringLiteral("D&uplicate to Edit"));
    duplicate->click();
    EXPECT_EQ(e.editor->selectedRoutine(), QStringLiteral("three-points-2"));
    EXPECT_FALSE(e.child<QLineEdit>("routineTitle")->isReadOnly());
    EXPECT_EQ(e.library.routines().size(), 2u);
}

// Ctrl+Down and Ctrl+Up in the step table move the current step, which stays current.
TEST(RoutineEditor, keyboard_movesStep)
{
    Editor e;
    e.editor->selectStep(0);
    e.editor->stepsView()->setFocus();
    QTest::keyClick(e.editor->stepsView(), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"GV4", "BL23", "BL40"}));
    EXPECT_EQ(e.editor->selectedStep(), 1);
    QTest::keyClick(e.editor->stepsView(), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"GV4", "BL40", "BL23"}));
    QTest::keyClick(e.editor->stepsView(), Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"GV4", "BL23", "BL40"}));
    EXPECT_EQ(e.editor->selectedStep(), 1);
}

// A step dragged onto a later one takes its place; dropped below the last, it goes last.
TEST(RoutineEditor, drag_movesStep)
{
    Editor e;
    acu::RoutineStepsModel* model = e.editor->stepsModel();
    std::unique_ptr<QMimeData> first(model->mimeData({model->index(0, 0)}));
    ASSERT_TRUE(model->dropMimeData(first.get(), Qt::MoveAction, -1, -1, model->index(1, 0)));
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"GV4", "BL23", "BL40"}));
    EXPECT_EQ(e.editor->selectedStep(), 1);
    std::unique_ptr<QMimeData> second(model->mimeData({model->index(0, 0)}));
    ASSERT_TRUE(model->dropMimeData(second.get(), Qt::MoveAction, 3, 0, {}));
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"BL23", "BL40", "GV4"}));
    std::unique_ptr<QMimeData> last(model->mimeData({model->index(2, 0)}));
    ASSERT_TRUE(model->dropMimeData(last.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"GV4", "BL23", "BL40"}));
    e.edits.undoStack()->undo();
    EXPECT_EQ(e.stepCodes(), (std::vector<std::string>{"BL23", "BL40", "GV4"}));
}

// The step table takes drops of its own steps only, by moving.
TEST(RoutineEditor, drag_viewIsSetForInternalMoves)
{
    Editor e;
    QTableView* view = e.editor->stepsView();
    EXPECT_EQ(view->dragDropMode(), QAbstractItemView::InternalMove);
    EXPECT_TRUE(view->dragEnabled());
    QMimeData foreign;
    foreign.setText(QStringLiteral("BL23"));
    EXPECT_FALSE(e.editor->stepsModel()->dropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
}

// The side selector offers what the point can have and changes the step's side.
TEST(RoutineEditor, sideSelector_changesSide)
{
    Editor e;
    e.editor->selectStep(1); // GV4, on the midline
    auto* side = e.child<QComboBox>("stepSide");
    EXPECT_EQ(side->count(), 1);
    e.editor->selectStep(0);
    ASSERT_EQ(side->count(), 3);
    side->setCurrentIndex(side->findText(QStringLiteral("Left")));
    emit side->activated(side->currentIndex());
    EXPECT_EQ(e.library.find(e.id.toStdString())->steps[0].side, acu::RoutineSide::Left);
    EXPECT_EQ(e.editor->stepsModel()->index(0, acu::RoutineStepsModel::SideColumn).data().toString(),
              QStringLiteral("Left"));
}

// The spin boxes set the hold and the repetitions; a lower end raised past the upper takes
// the upper with it.
TEST(RoutineEditor, spinBoxes_setHoldAndRepetitions)
{
    Editor e;
    e.editor->selectStep(0); // BL23: 60 s
    e.child<QSpinBox>("stepHoldMax")->setValue(120);
    EXPECT_EQ(e.library.find(e.id.toStdString())->steps[0].holdSeconds, (acu::Range{60, 120}));
    e.child<QSpinBox>("stepHoldMin")->setValue(150);
    EXPECT_EQ(e.library.find(e.id.toStdString())->steps[0].holdSeconds, (acu::Range{150, 150}));
    e.child<QSpinBox>("stepRepetitionsMax")->setValue(4);
    e.child<QSpinBox>("stepRepetitionsMin")->setValue(2);
    EXPECT_EQ(e.library.find(e.id.toStdString())->steps[0].repetitions, (acu::Range{2, 4}));
    EXPECT_EQ(e.editor->stepsModel()->index(0, acu::RoutineStepsModel::RepetitionsColumn).data().toString(),
              QStringLiteral("2\u20134 times"));
}

// Renaming through the title field.
TEST(RoutineEditor, titleField_renames)
{
    Editor e;
    auto* title = e.child<QLineEdit>("routineTitle");
    title->setText(QStringLiteral("Evening"));
    emit title->editingFinished();
    EXPECT_EQ(e.library.find(e.id.toStdString())->title, "Evening");
    EXPECT_EQ(e.child<QListWidget>("routineList")->item(0)->text(), QStringLiteral("\u2068Evening\u2069"));
}

// Delete removes the routine; undo brings it back into the list.
TEST(RoutineEditor, deleteButton_deletesWithUndo)
{
    Editor e;
    e.child<QPushButton>("deleteRoutineButton")->click();
    EXPECT_EQ(e.library.find(e.id.toStdString()), nullptr);
    e.edits.undoStack()->undo();
    EXPECT_NE(e.library.find(e.id.toStdString()), nullptr);
    EXPECT_TRUE(e.editor->selectRoutine(e.id));
}

// A step on a point this catalogue lacks is shown as such, not left out.
TEST(RoutineEditor, unknownPoint_shownAsSuch)
{
    Editor e;
    acu::Routine other = *e.library.find(e.id.toStdString());
    other.id = "other";
    other.steps[1].code = "BL99";
    e.library.insertRoutine(1, other);
    ASSERT_TRUE(e.editor->selectRoutine(QStringLiteral("other")));
    ASSERT_EQ(e.editor->stepsModel()->rowCount(), 3);
    EXPECT_EQ(e.editor->stepsModel()->index(1, 0).data().toString(), QStringLiteral("BL99 (not in this catalogue)"));
}

// The editor renders with a routine of one's own chosen. With ACU_EDITOR_SCREENSHOT set to a
// path, the picture is saved there (how docs/screenshots/routine-editor.png is made).
TEST(RoutineEditor, grab_rendersTheChosenRoutine)
{
    Editor e;
    e.edits.rename(e.id, QStringLiteral("My evening"));
    e.edits.setHold(e.id, 2, acu::Range{60, 120});
    e.edits.setRepetitions(e.id, 2, acu::Range{2, 3});
    e.edits.addStep(e.id, QStringLiteral("KI1"));
    e.editor->resize(960, 540);
    e.editor->selectStep(2);
    const QImage picture = e.editor->grab().toImage();
    ASSERT_EQ(picture.size(), e.editor->size() * e.editor->devicePixelRatio());
    EXPECT_EQ(e.child<QLineEdit>("routineTitle")->text(), QStringLiteral("My evening"));
    EXPECT_EQ(e.editor->stepsModel()->rowCount(), 4);
    if (const QByteArray out = qgetenv("ACU_EDITOR_SCREENSHOT"); !out.isEmpty()) {
        EXPECT_TRUE(picture.save(QString::fromLocal8Bit(out)));
    }
}
