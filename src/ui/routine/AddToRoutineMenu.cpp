#include "ui/routine/AddToRoutineMenu.h"

#include "models/ShownText.h"
#include "models/routine/RoutineLibrary.h"

namespace acu {

AddToRoutineMenu::AddToRoutineMenu(const RoutineLibrary* library, QWidget* parent)
    : QMenu(tr("Add to &Routine"), parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("addToRoutineMenu"));
    // Marked stale rather than rebuilt at once: a change can come from one of the menu's own
    // actions, which must not be deleted while it is being triggered.
    connect(library, &RoutineLibrary::routinesChanged, this, [this] { m_stale = true; });
    connect(library, &RoutineLibrary::routineChanged, this, [this] { m_stale = true; });
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (m_stale)
            rebuild();
    });
    rebuild();
}

void AddToRoutineMenu::setCode(const QString& code)
{
    m_code = code;
    rebuild();
}

void AddToRoutineMenu::rebuild()
{
    m_stale = false;
    clear();
    setEnabled(!m_code.isEmpty());
    QAction* heading = addAction(tr("Add %1 to:").arg(m_code));
    heading->setEnabled(false);
    for (const auto& routine : m_library->routines()) {
        const QString id = QString::fromStdString(routine.id);
        // A title is the person's text: & would be read as a shortcut marker, so it is doubled.
        QString title = isolated(QString::fromStdString(routine.title));
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = addAction(title);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { emit addRequested(id, m_code); });
    }
    addSeparator();
    QAction* create = addAction(tr("&New Routine\u2026"));
    create->setObjectName(QStringLiteral("newRoutineWithPoint"));
    connect(create, &QAction::triggered, this, [this] { emit newRoutineRequested(m_code); });
}

} // namespace acu
