#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace acu {

class MainWindow;

/// The settings the app runs with, and what was wrong with them at start.
struct StartedSettings {
    std::unique_ptr<QSettings> settings;
    QStringList problems; ///< as checkSettingsFile gives them; already shown in the window
};

/// Starts the window from its settings file: checks the file (setting a damaged or oversized
/// one aside, see checkSettingsFile), tells the person once, in the window's message bar,
/// what was wrong and whether settings can be saved, and restores the remembered state.
[[nodiscard]] StartedSettings startFromSettings(MainWindow& window, const QString& path,
                                                const QDateTime& now = QDateTime::currentDateTime());

} // namespace acu
