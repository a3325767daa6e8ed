#include "ui/window/SettingsStartup.h"

#include "ui/window/MainWindow.h"
#include "ui/window/SettingsFile.h"
#include "ui/window/WindowSettings.h"

#include <QSettings>

namespace acu {

StartedSettings startFromSettings(MainWindow& window, const QString& path, const QDateTime& now)
{
    const SettingsCheck check = checkSettingsFile(path, now);
    for (const QString& problem : check.problems)
        window.showMessageBar(problem);
    StartedSettings started{openSettings(path), check.problems};
    window.restorePersistentState(loadWindowState(*started.settings));
    return started;
}

} // namespace acu
