// Window state written to settings comes back unchanged; bad values fall back to defaults.

#include "support/QtPrinters.h"
#include "ui/window/WindowSettings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Every field round-trips through an INI file.
TEST(WindowSettings, roundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    acu::WindowState state;
    state.geometry = QByteArray("\x01\x02geometry", 10);
    state.splitter = QByteArray("splitter");
    state.selectedCode = QStringLiteral("BL52");
    state.region = QStringLiteral("lower-back");
    state.complaint = QStringLiteral("sciatica");
    state.onlyWithInstructions = true;
    state.view = QStringLiteral("sacrum");
    state.zoom = 2.5;
    state.pregnancyMode = true;
    state.hideContraindicated = true;
    state.promptsMuted = true;
    state.channel = QStringLiteral("ST");
    state.channelLines = QStringLiteral("all");
    {
        QSettings settings(path, QSettings::IniFormat);
        acu::saveWindowState(settings, state);
    }
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_EQ(acu::loadWindowState(settings), state);
}

// The first-start notice is remembered once answered.
TEST(WindowSettings, firstStartNotice_isRememberedOnceAnswered)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    EXPECT_FALSE(acu::firstStartNoticeAnswered(settings));
    acu::setFirstStartNoticeAnswered(settings);
    EXPECT_TRUE(acu::firstStartNoticeAnswered(settings));
}

// Empty or malformed settings give the defaults.
TEST(WindowSettings, malformedValues_giveDefaults)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("map/zoom"), QStringLiteral("lots"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const auto state = acu::loadWindowState(settings);
    EXPECT_EQ(state.zoom, 1.0);
    EXPECT_TRUE(state.selectedCode.isEmpty());
}
