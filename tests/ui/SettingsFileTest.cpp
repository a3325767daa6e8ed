// The settings file at start: a damaged one is set aside and what can be read is kept, an
// oversized one is not read, and settings that cannot be saved are reported once, in the
// window, with the path and the system's reason. Every test works in a temporary folder.

#include "ui/window/SettingsFile.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"
#include "ui/window/SettingsStartup.h"
#include "ui/window/WindowSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/fsuid.h>
#include <unistd.h>

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(8, 30, 5));
const QString kStamp = QStringLiteral(".damaged-20261201-083005");

QString iso(const QString& field)
{
    return QChar(0x2068) + field + QChar(0x2069);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A settings file with a selection, a good section, a line that is not a setting, a
/// malformed zoom and a key the app does not know.
const QByteArray kDamaged = "[selection]\ncode=BL52\nthis line is not a setting\n"
                            "[map]\nview=sacrum\nzoom=lots\n"
                            "[pregnancy]\nmode=true\n"
                            "[unknown]\nkey=1\n";

/// Folders everyone may enter; the owner alone may write to the first.
constexpr QFile::Permissions kReadOnlyFolder =
    QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions kReadWriteFolder = kReadOnlyFolder | QFile::WriteOwner;

/// While it lives, the file system treats this thread as an unprivileged user, so that a
/// read-only file or folder refuses writes also when the tests run as root (root may write
/// to any file, which would let these tests pass without the check they are about).
class UnprivilegedFiles final {
public:
    UnprivilegedFiles()
    {
        if (::geteuid() == 0) {
            m_previous = ::setfsuid(kNobody);
            m_active = true;
        }
    }
    ~UnprivilegedFiles()
    {
        if (m_active)
            ::setfsuid(m_previous);
    }
    UnprivilegedFiles(const UnprivilegedFiles&) = delete;
    UnprivilegedFiles& operator=(const UnprivilegedFiles&) = delete;
    /// Whether writes are checked against the file's permissions now.
    [[nodiscard]] static bool inEffect() { return ::geteuid() != 0 || ::setfsuid(-1) == kNobody; }

private:
    static constexpr uid_t kNobody = 65534;
    int m_previous = 0;
    bool m_active = false;
};

} // namespace

// A healthy file is left as it is, and nothing is reported.
TEST(SettingsFile, healthyFile_isLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, "[selection]\ncode=BL52\n");
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.problems, QStringList());
    EXPECT_EQ(check.backupPath, QString());
    EXPECT_TRUE(check.canSave);
    EXPECT_EQ(readFile(path), QByteArray("[selection]\ncode=BL52\n"));
}

// A damaged file is kept as a backup, byte for byte, and the person is told where.
TEST(SettingsFile, damagedFile_isKeptAsBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, kDamaged);
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.backupPath, path + kStamp);
    EXPECT_EQ(readFile(path + kStamp), kDamaged);
    EXPECT_EQ(check.problems,
              QStringList{QStringLiteral("The settings file %1 was damaged. It was kept as %2; 3 settings could be "
                                         "read from it and were kept, the others are back to their defaults.")
                              .arg(iso(path), iso(path + kStamp))});
    EXPECT_TRUE(check.canSave);
}

// From a damaged file, the settings the app knows that hold valid values are kept; a
// malformed value and unknown keys are not.
TEST(SettingsFile, damagedFile_keepsKnownValidSettings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, kDamaged);
    (void)acu::checkSettingsFile(path, kNow);
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_EQ(settings.status(), QSettings::NoError);
    EXPECT_EQ(settings.allKeys(), (QStringList{QStringLiteral("map/view"), QStringLiteral("pregnancy/mode"),
                                               QStringLiteral("selection/code")}));
    const auto state = acu::loadWindowState(settings);
    EXPECT_EQ(state.selectedCode, QStringLiteral("BL52"));
    EXPECT_EQ(state.view, QStringLiteral("sacrum"));
    EXPECT_TRUE(state.pregnancyMode);
    EXPECT_EQ(state.zoom, 1.0);
}

// A section header that never closes is damage too.
TEST(SettingsFile, unclosedSection_isDamage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, "[map\nzoom=2\n");
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.backupPath, path + kStamp);
    ASSERT_EQ(check.problems.size(), 1);
}

// An earlier backup with the same name is never overwritten: the next free name is used.
TEST(SettingsFile, damagedFile_neverOverwritesAnEarlierBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path + kStamp, "earlier");
    writeFile(path + kStamp + QStringLiteral("-2"), "earlier too");
    writeFile(path, kDamaged);
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.backupPath, path + kStamp + QStringLiteral("-3"));
    EXPECT_EQ(readFile(path + kStamp), QByteArray("earlier"));
    EXPECT_EQ(readFile(path + kStamp + QStringLiteral("-2")), QByteArray("earlier too"));
    EXPECT_EQ(readFile(path + kStamp + QStringLiteral("-3")), kDamaged);
}

// A file over the limit is not read: it is set aside whole, the defaults are used, and the
// next save writes a small file.
TEST(SettingsFile, oversizedFile_isSetAsideUnread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    QByteArray big = "[selection]\ncode=BL52\n";
    big += QByteArray(acu::kMaxSettingsBytes, ';'); // a valid comment, too long to read
    writeFile(path, big);
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.backupPath, path + kStamp);
    EXPECT_EQ(readFile(path + kStamp), big);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(check.problems, QStringList{QStringLiteral("The settings file %1 is larger than 1024 KiB, so it was "
                                                         "not read. It was kept as %2, and the defaults are used.")
                                              .arg(iso(path), iso(path + kStamp))});
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(acu::loadWindowState(settings).selectedCode, QString());
        acu::saveWindowState(settings, acu::WindowState{});
    }
    EXPECT_LT(QFileInfo(path).size(), 1024);
}

// A file of exactly the limit is read.
TEST(SettingsFile, fileAtTheLimit_isRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    QByteArray bytes = "[selection]\ncode=BL52\n";
    bytes += QByteArray(acu::kMaxSettingsBytes - bytes.size(), ';');
    writeFile(path, bytes);
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_EQ(check.problems, QStringList());
    EXPECT_EQ(readFile(path), bytes);
}

// A folder where the file should be: settings cannot be saved, and the person is told why.
TEST(SettingsFile, folderInPlaceOfFile_cannotSave)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    ASSERT_TRUE(QDir().mkdir(path));
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_FALSE(check.canSave);
    EXPECT_EQ(check.problems,
              QStringList{QStringLiteral("Settings cannot be saved to %1: %2. The window's state and the answer to "
                                         "the welcome notice will not be remembered after you close Acupoint Atlas.")
                              .arg(iso(path), iso(QStringLiteral("it is a folder, not a file")))});
    EXPECT_TRUE(QFileInfo(path).isDir()); // left where it is
}

// A path below a regular file (a home that is a file, say): its folder cannot be made.
TEST(SettingsFile, pathBelowARegularFile_cannotSave)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("home")), "a file");
    const QString folder = dir.filePath(QStringLiteral("home/.config/Acupoint Atlas"));
    const QString path = folder + QStringLiteral("/acupoint-atlas.conf");
    const auto check = acu::checkSettingsFile(path, kNow);
    EXPECT_FALSE(check.canSave);
    ASSERT_EQ(check.problems.size(), 1);
    EXPECT_TRUE(check.problems[0].startsWith(QStringLiteral("Settings cannot be saved to %1: %2")
                                                 .arg(iso(path), iso(QStringLiteral("its folder %1 cannot be made: "
                                                                                    "Not a directory")
                                                                         .arg(iso(folder))))))
        << check.problems[0].toStdString();
}

// A read-only file: settings cannot be saved, with the system's reason.
TEST(SettingsFile, readOnlyFile_cannotSave)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kReadWriteFolder));
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, "[selection]\ncode=BL52\n");
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    acu::SettingsCheck check;
    {
        UnprivilegedFiles unprivileged;
        ASSERT_TRUE(UnprivilegedFiles::inEffect());
        check = acu::checkSettingsFile(path, kNow);
    }
    EXPECT_FALSE(check.canSave);
    ASSERT_EQ(check.problems.size(), 1) << check.problems.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(check.problems[0].startsWith(
        QStringLiteral("Settings cannot be saved to %1: %2").arg(iso(path), iso(QStringLiteral("Permission denied")))))
        << check.problems[0].toStdString();
}

// A read-only folder with no file in it yet: settings cannot be saved.
TEST(SettingsFile, readOnlyFolder_cannotSave)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kReadOnlyFolder));
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    acu::SettingsCheck check;
    {
        UnprivilegedFiles unprivileged;
        ASSERT_TRUE(UnprivilegedFiles::inEffect());
        check = acu::checkSettingsFile(path, kNow);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_FALSE(check.canSave);
    ASSERT_EQ(check.problems.size(), 1);
    EXPECT_TRUE(check.problems[0].contains(QStringLiteral("Permission denied"))) << check.problems[0].toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

// Settings that cannot be saved are announced once, in the window's message bar.
TEST(SettingsStartup, unsavableSettings_areAnnouncedOnceInTheWindow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    ASSERT_TRUE(QDir().mkdir(path));
    acu::MainWindow window(acu::test::minimal(), QStringLiteral("test"));
    window.show();
    const auto started = acu::startFromSettings(window, path, kNow);
    auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    ASSERT_EQ(started.problems.size(), 1);
    EXPECT_EQ(bar->text(), started.problems[0]);
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("Settings cannot be saved to %1").arg(iso(path))));
}

// A damaged file is announced in the window, and the window starts from what was kept.
TEST(SettingsStartup, damagedFile_isAnnouncedAndWhatWasKeptIsRestored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, "[selection]\ncode=BL23\nnot a setting\n[pregnancy]\nmode=true\n");
    acu::MainWindow window(acu::test::minimal(), QStringLiteral("test"));
    window.show();
    const auto started = acu::startFromSettings(window, path, kNow);
    EXPECT_EQ(window.currentCode(), QStringLiteral("BL23"));
    EXPECT_TRUE(window.pregnancyMode());
    auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("The settings file %1 was damaged.").arg(iso(path))));
    ASSERT_NE(started.settings, nullptr);
    EXPECT_EQ(started.settings->fileName(), path);
}

// Healthy settings: no message bar, and the state comes back.
TEST(SettingsStartup, healthyFile_noMessageAndStateRestored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acupoint-atlas.conf"));
    writeFile(path, "[selection]\ncode=GV4\n");
    acu::MainWindow window(acu::test::minimal(), QStringLiteral("test"));
    window.show();
    const auto started = acu::startFromSettings(window, path, kNow);
    EXPECT_EQ(window.currentCode(), QStringLiteral("GV4"));
    EXPECT_EQ(started.problems, QStringList());
    auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());
}

// The message bar's button closes it.
TEST(MessageBar, dismiss_closesTheBar)
{
    acu::MessageBar bar;
    bar.show();
    bar.showMessage(QStringLiteral("one"));
    bar.showMessage(QStringLiteral("two"));
    EXPECT_EQ(bar.text(), QStringLiteral("one\ntwo"));
    auto* close = bar.findChild<QWidget*>(QStringLiteral("messageBarClose"));
    ASSERT_NE(close, nullptr);
    QMetaObject::invokeMethod(close, "click");
    EXPECT_FALSE(bar.isVisible());
    EXPECT_EQ(bar.text(), QString());
}

// The app's settings file is the one QSettings() would use, and it is written atomically.
TEST(SettingsFile, defaultFile_isQSettingsOwn_andAtomic)
{
    EXPECT_EQ(acu::settingsFilePath(), QSettings().fileName());
    const auto settings = acu::openSettings();
    EXPECT_EQ(settings->fileName(), acu::settingsFilePath());
    EXPECT_TRUE(settings->isAtomicSyncRequired());
}
