#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

class QSettings;

namespace acu {

/// What the window remembers between runs.
struct WindowState {
    QByteArray geometry;
    QByteArray splitter;
    QString selectedCode;
    QString region;
    QString complaint;
    QString channel;      ///< the list's channel prefix, "" for all
    QString channelLines; ///< which channel lines the map draws (ChannelChoice.h); "" reads as the default
    QString view;
    double zoom = 1.0;
    bool pregnancyMode = false;
    bool hideContraindicated = false;
    bool promptsMuted = false; ///< the routine runner's sounds (spoken prompts, beeps)
    bool onlyWithInstructions = false;
    QString appearance; ///< "system", "light" or "dark" (appearanceId); "" reads as system
    QString language;   ///< View > Language: "en", "de", "zh_CN", or "" for the system's language

    friend bool operator==(const WindowState&, const WindowState&) = default;
};

/// Whether the first-start notice has been answered.
[[nodiscard]] bool firstStartNoticeAnswered(const QSettings& settings);
void setFirstStartNoticeAnswered(QSettings& settings);

/// Reads the remembered state; missing or malformed values fall back to defaults.
[[nodiscard]] WindowState loadWindowState(const QSettings& settings);
void saveWindowState(QSettings& settings, const WindowState& state);

/// The settings the app knows that hold a valid value, by key ("selection/code" -> "BL52"):
/// what can be saved from a damaged settings file. Unknown keys and malformed values (a
/// zoom of "lots", a flag of "maybe", a code of 10,000 characters) are left out.
[[nodiscard]] QVariantMap readKnownSettings(const QSettings& settings);

} // namespace acu
