#pragma once

#include "core/routine/RoutineTypes.h"
#include "models/routine/AvailableRoutines.h"

#include <QObject>

#include <functional>

class QMenu;
class QMenuBar;

namespace acu {

/// The menu bar's Routine menu. Its Run submenu lists the built-in routines and then the
/// person's own, asked for afresh each time it opens (so that a routine just made is there,
/// also one that could not be saved yet).
/// Other parts add their actions to menu().
class RoutineMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineMenu)

public:
    /// Adds the menu to bar; routines gives what the Run submenu lists when it opens.
    RoutineMenu(std::function<AvailableRoutines()> routines, QMenuBar* bar);

    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] QMenu* runMenu() const { return m_run; }
    /// Asks for the routines again and lists them in the Run submenu.
    void refresh();

signals:
    void runRequested(const acu::Routine& routine);

private:
    std::function<AvailableRoutines()> m_source;
    QMenu* m_menu = nullptr;
    QMenu* m_run = nullptr;
    AvailableRoutines m_routines;
};

} // namespace acu
