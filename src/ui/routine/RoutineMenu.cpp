#include "ui/routine/RoutineMenu.h"

#include "models/ShownText.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace acu {

RoutineMenu::RoutineMenu(std::function<AvailableRoutines()> routines, QMenuBar* bar)
    : QObject(bar)
    , m_source(std::move(routines))
    , m_menu(bar->addMenu(tr("&Routine")))
    , m_run(m_menu->addMenu(tr("&Run")))
{
    m_menu->setObjectName(QStringLiteral("routineMenu"));
    m_run->setObjectName(QStringLiteral("routineRunMenu"));
    m_run->menuAction()->setObjectName(QStringLiteral("actionRunRoutine"));
    connect(m_run, &QMenu::aboutToShow, this, &RoutineMenu::refresh);
}

void RoutineMenu::refresh()
{
    m_routines = m_source();
    m_run->clear();
    // The actions go with the list they index: refresh() clears both together.
    const auto addRoutines = [this](const std::vector<Routine>& routines) {
        for (std::size_t i = 0; i < routines.size(); ++i) {
            // The title of one's own routine can hold anything: no & mnemonics, isolated.
            QString title = isolated(QString::fromStdString(routines[i].title));
            QAction* action = m_run->addAction(title.replace(QLatin1Char('&'), QStringLiteral("&&")));
            action->setData(QString::fromStdString(routines[i].id));
            connect(action, &QAction::triggered, this, [this, &routines, i] { emit runRequested(routines[i]); });
        }
    };
    addRoutines(m_routines.builtIn);
    m_run->addSection(tr("Your routines"));
    addRoutines(m_routines.own);
    if (m_routines.own.empty())
        m_run->addAction(tr("None of your own yet"))->setEnabled(false);
}

} // namespace acu
