#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"
#include "models/routine/AvailableRoutines.h"
#include "models/routine/RoutineStore.h"

#include <QObject>

class QMenu;
class QMenuBar;

namespace acu {

/// The menu bar's Routine menu. Its Run submenu lists the built-in routines and then the
/// person's own, read afresh each time it opens (so that a routine just made is there).
/// Other parts add their actions to menu().
class RoutineMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineMenu)

public:
    /// Adds the menu to bar; catalogue must outlive this.
    RoutineMenu(const Catalogue& catalogue, RoutineStore store, QMenuBar* bar);

    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] QMenu* runMenu() const { return m_run; }
    /// Reads the routines again and lists them in the Run submenu.
    void refresh();

signals:
    void runRequested(const acu::Routine& routine);

private:
    const Catalogue& m_catalogue;
    RoutineStore m_store;
    QMenu* m_menu = nullptr;
    QMenu* m_run = nullptr;
    AvailableRoutines m_routines;
};

} // namespace acu
