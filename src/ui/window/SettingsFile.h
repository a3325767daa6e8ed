#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace acu {

/// A settings file larger than this is not read: the app's own settings take a few hundred
/// bytes, so a larger file is damaged, and parsing megabytes of garbage would slow the start.
inline constexpr qint64 kMaxSettingsBytes = 1024 * 1024;

/// Where the app keeps its settings: QSettings' file for this organisation and application
/// under the desktop's configuration folder ($XDG_CONFIG_HOME, usually ~/.config):
/// "~/.config/Acupoint Atlas/acupoint-atlas.conf".
[[nodiscard]] QString settingsFilePath();

/// The app's settings (settingsFilePath(), or the given INI file), written atomically:
/// QSettings saves through QSaveFile, so an interrupted save leaves the previous file whole.
[[nodiscard]] std::unique_ptr<QSettings> openSettings();
[[nodiscard]] std::unique_ptr<QSettings> openSettings(const QString& path);

/// What checkSettingsFile found and did.
struct SettingsCheck {
    /// What to tell the person, once, each naming the file and what is wrong; empty when
    /// all is well.
    QStringList problems;
    /// Where a damaged or oversized file (or something other than a file) was set aside,
    /// "" when nothing was.
    QString backupPath;
    /// Whether the settings can be saved (when not, problems say why).
    bool canSave = true;
};

/// Makes the settings file at path safe to read before the app reads it, and finds out
/// whether it can be saved:
/// - a file larger than kMaxSettingsBytes, or one that is not a regular file (a pipe, a
///   device), is not read: it is set aside as a backup and the app starts from the defaults;
/// - a damaged file (one QSettings cannot parse in full) is set aside as a backup, and the
///   settings the app knows that hold valid values are written to a new file in its place;
/// - a file, or a folder for it, that cannot be written (read-only, a folder in the file's
///   place, a path below a regular file) is reported with the path and the system's reason.
/// A backup is named PATH.damaged-YYYYMMDD-HHMMSS after `now`, with -2, -3... added when
/// that name is taken: an earlier backup is never overwritten. Never throws.
[[nodiscard]] SettingsCheck checkSettingsFile(const QString& path, const QDateTime& now = QDateTime::currentDateTime());

} // namespace acu
