#include "ui/window/SettingsFile.h"

#include "ui/window/WindowSettings.h"

#include "models/ShownText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::SettingsFile.
class SettingsFileText {
    Q_DECLARE_TR_FUNCTIONS(acu::SettingsFile)
};

/// PATH.damaged-YYYYMMDD-HHMMSS, or with -2, -3... the first name no file has.
QString freeBackupPath(const QString& path, const QDateTime& now)
{
    const QString stem = path + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = stem;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n);
    return candidate;
}

/// Moves the file at path aside. Returns "" on success, else the reason.
QString setAside(const QString& path, const QDateTime& now, QString* backup)
{
    const QString target = freeBackupPath(path, now);
    // std::filesystem::rename replaces an existing target; QFile::rename never does, and
    // the name was free a moment ago.
    QFile file(path);
    if (!file.rename(target))
        return file.errorString();
    *backup = target;
    return {};
}

/// Why the settings at path cannot be saved, "" when they can: the same test QSettings makes
/// before it saves (the file opens for writing, or a file can be made in its folder), with
/// the system's reason.
QString writeProblem(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return SettingsFileText::tr("it is a folder, not a file");
    if (info.exists()) {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) ? QString() : file.errorString();
    }
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(QFile::encodeName(info.absolutePath()).toStdString()),
                                        error);
    if (error)
        return SettingsFileText::tr("its folder %1 cannot be made: %2")
            .arg(isolated(info.absolutePath()), QString::fromLocal8Bit(error.message().c_str()));
    QTemporaryFile probe(path + QStringLiteral(".XXXXXX"));
    return probe.open() ? QString() : probe.errorString();
}

} // namespace

QString settingsFilePath()
{
    // The file QSettings() uses on Linux, named here so that the app can check it before
    // QSettings reads it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') +
           QCoreApplication::organizationName() + QLatin1Char('/') + QCoreApplication::applicationName() +
           QStringLiteral(".conf");
}

std::unique_ptr<QSettings> openSettings()
{
    return openSettings(settingsFilePath());
}

std::unique_ptr<QSettings> openSettings(const QString& path)
{
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    settings->setAtomicSyncRequired(true);
    return settings;
}

SettingsCheck checkSettingsFile(const QString& path, const QDateTime& now)
{
    SettingsCheck check;
    const QString shownPath = isolated(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        QFile file(path);
        const bool regular = info.isFile();
        if (regular && !file.open(QIODevice::ReadOnly)) {
            check.problems.append(
                SettingsFileText::tr("The settings file %1 cannot be read: %2. The defaults are used.")
                    .arg(shownPath, isolated(file.errorString())));
        } else if (!regular || info.size() > kMaxSettingsBytes) {
            file.close();
            const QString moved = setAside(path, now, &check.backupPath);
            const QString limit = QString::number(kMaxSettingsBytes / 1024);
            // Whole sentences for each reason and outcome, so that each translates as one.
            if (moved.isEmpty()) {
                check.problems.append(
                    (regular ? SettingsFileText::tr("The settings file %1 is larger than %2 KiB, so it was not read. "
                                                    "It was kept as %3, and the defaults are used.")
                                   .arg(shownPath, limit, isolated(check.backupPath))
                             : SettingsFileText::tr("The settings file %1 is not a regular file, so it was not read. "
                                                    "It was kept as %2, and the defaults are used.")
                                   .arg(shownPath, isolated(check.backupPath))));
            } else {
                check.problems.append(
                    (regular ? SettingsFileText::tr("The settings file %1 is larger than %2 KiB, so it was not read, "
                                                    "and it cannot be set aside: %3. The defaults are used.")
                                   .arg(shownPath, limit, isolated(moved))
                             : SettingsFileText::tr("The settings file %1 is not a regular file, so it was not read, "
                                                    "and it cannot be set aside: %2. The defaults are used.")
                                   .arg(shownPath, isolated(moved))));
            }
        } else {
            file.close();
            QVariantMap recovered;
            bool damaged = false;
            {
                QSettings read(path, QSettings::IniFormat);
                (void)read.allKeys(); // parses every section, so that damage anywhere is found
                damaged = read.status() == QSettings::FormatError;
                if (damaged)
                    recovered = readKnownSettings(read);
            }
            if (damaged) {
                const QString moved = setAside(path, now, &check.backupPath);
                if (moved.isEmpty()) {
                    const auto fresh = openSettings(path);
                    for (auto it = recovered.cbegin(); it != recovered.cend(); ++it)
                        fresh->setValue(it.key(), it.value());
                    fresh->sync();
                    check.problems.append(
                        SettingsFileText::tr("The settings file %1 was damaged. It was kept as %2; %3 settings "
                                             "could be read from it and were kept, the others are back to their "
                                             "defaults.")
                            .arg(shownPath, isolated(check.backupPath))
                            .arg(recovered.size()));
                } else {
                    check.problems.append(
                        SettingsFileText::tr("The settings file %1 is damaged and cannot be set aside: %2. The "
                                             "settings that could be read are used.")
                            .arg(shownPath, isolated(moved)));
                }
            }
        }
    }
    const QString unsaved = writeProblem(path);
    if (!unsaved.isEmpty()) {
        check.canSave = false;
        check.problems.append(
            SettingsFileText::tr("Settings cannot be saved to %1: %2. The window's state and the answer to the "
                                 "welcome notice will not be remembered after you close Acupoint Atlas.")
                .arg(shownPath, isolated(unsaved)));
    }
    return check;
}

} // namespace acu
