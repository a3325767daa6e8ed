#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace acu {

/// The app's settings, written atomically: QSettings saves through QSaveFile, so an
/// interrupted save leaves the previous file whole.
[[nodiscard]] std::unique_ptr<QSettings> openSettings();

/// Why the settings could not be read ("" when they could): a corrupt or unreadable file.
/// The app then starts from the defaults and says so.
[[nodiscard]] QString settingsProblem(const QSettings& settings);

} // namespace acu
