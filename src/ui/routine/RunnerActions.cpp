#include "ui/routine/RunnerActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::RunnerActions.
class RunnerActionsText {
    Q_DECLARE_TR_FUNCTIONS(acu::RunnerActions)
};

QAction* makeAction(QWidget* panel, const QString& name, const QString& text, const QString& icon, Qt::Key key,
                    const QString& tip)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, panel);
    action->setObjectName(name);
    action->setShortcut(QKeySequence(key));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    action->setEnabled(false);
    panel->addAction(action);
    return action;
}

} // namespace

RunnerActions createRunnerActions(QWidget* panel)
{
    RunnerActions a;
    a.pause = makeAction(panel, QStringLiteral("actionRunnerPause"), RunnerActionsText::tr("Pause"),
                         QStringLiteral("media-playback-pause"), Qt::Key_Space,
                         RunnerActionsText::tr("Pause or resume the run"));
    a.previous = makeAction(panel, QStringLiteral("actionRunnerPrevious"), RunnerActionsText::tr("Previous"),
                            QStringLiteral("media-skip-backward"), Qt::Key_Left,
                            RunnerActionsText::tr("Back to the previous step"));
    a.next =
        makeAction(panel, QStringLiteral("actionRunnerNext"), RunnerActionsText::tr("Next"),
                   QStringLiteral("media-skip-forward"), Qt::Key_Right, RunnerActionsText::tr("On to the next step"));
    a.stop = makeAction(panel, QStringLiteral("actionRunnerStop"), RunnerActionsText::tr("Stop"),
                        QStringLiteral("media-playback-stop"), Qt::Key_Escape, RunnerActionsText::tr("Stop the run"));
    return a;
}

} // namespace acu
