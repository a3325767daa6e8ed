#pragma once

#include <QMenu>

namespace acu {

class RoutineLibrary;

/// "Add to routine": the person's own routines, one action each, then "New Routine…". Filled
/// anew when the point changes and, after the routines changed, before it shows, so that it
/// always lists what there is.
/// Says what was chosen by signals; it changes nothing itself.
class AddToRoutineMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddToRoutineMenu)

public:
    /// The library must outlive the menu.
    explicit AddToRoutineMenu(const RoutineLibrary* library, QWidget* parent = nullptr);

    /// The point the menu adds; "" disables it.
    void setCode(const QString& code);
    [[nodiscard]] QString code() const { return m_code; }

signals:
    void addRequested(const QString& routineId, const QString& code);
    void newRoutineRequested(const QString& code);

private:
    void rebuild();

    const RoutineLibrary* m_library;
    QString m_code;
    bool m_stale = false;
};

} // namespace acu
