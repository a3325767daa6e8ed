#include "ui/routine/RunnerActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace acu {

namespace {

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
    a.pause = makeAction(panel, QStringLiteral("actionRunnerPause"), QWidget::tr("Pause"),
                         QStringLiteral("media-playback-pause"), Qt::Key_Space, QWidget::tr("Pause or resume the run"));
    a.previous =
        makeAction(panel, QStringLiteral("actionRunnerPrevious"), QWidget::tr("Previous"),
                   QStringLiteral("media-skip-backward"), Qt::Key_Left, QWidget::tr("Back to the previous step"));
    a.next = makeAction(panel, QStringLiteral("actionRunnerNext"), QWidget::tr("Next"),
                        QStringLiteral("media-skip-forward"), Qt::Key_Right, QWidget::tr("On to the next step"));
    a.stop = makeAction(panel, QStringLiteral("actionRunnerStop"), QWidget::tr("Stop"),
                        QStringLiteral("media-playback-stop"), Qt::Key_Escape, QWidget::tr("Stop the run"));
    return a;
}

} // namespace acu
