#include "ui/window/WindowSettings.h"

#include <QSettings>

#include <array>
#include <cmath>

namespace acu {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kSelected = QStringLiteral("selection/code");
const QString kRegion = QStringLiteral("filter/region");
const QString kComplaint = QStringLiteral("filter/complaint");
const QString kWithInstructions = QStringLiteral("filter/onlyWithInstructions");
const QString kView = QStringLiteral("map/view");
const QString kZoom = QStringLiteral("map/zoom");
const QString kPregnancy = QStringLiteral("pregnancy/mode");
const QString kHide = QStringLiteral("pregnancy/hideContraindicated");
const QString kNotice = QStringLiteral("notice/answered");
const QString kMuted = QStringLiteral("runner/muted");
const QString kAppearance = QStringLiteral("view/appearance");
const QString kLanguage = QStringLiteral("view/language");
const QString kChannel = QStringLiteral("filter/channel");
const QString kChannelLines = QStringLiteral("map/channelLines");

/// A code, region or view id is short; anything longer is not one of ours.
constexpr qsizetype kMaxIdLength = 200;
/// Saved window geometry and splitter state are a few dozen bytes.
constexpr qsizetype kMaxStateBytes = 4096;

enum class Kind { Bytes, Id, Number, Flag };

struct KnownKey {
    const QString* key;
    Kind kind;
};

const std::array<KnownKey, 16> kKnownKeys{{{&kGeometry, Kind::Bytes},
                                           {&kSplitter, Kind::Bytes},
                                           {&kSelected, Kind::Id},
                                           {&kRegion, Kind::Id},
                                           {&kComplaint, Kind::Id},
                                           {&kWithInstructions, Kind::Flag},
                                           {&kView, Kind::Id},
                                           {&kZoom, Kind::Number},
                                           {&kPregnancy, Kind::Flag},
                                           {&kHide, Kind::Flag},
                                           {&kNotice, Kind::Flag},
                                           {&kMuted, Kind::Flag},
                                           {&kAppearance, Kind::Id},
                                           {&kLanguage, Kind::Id},
                                           {&kChannel, Kind::Id},
                                           {&kChannelLines, Kind::Id}}};

/// The value as the app uses it, or an invalid QVariant when it is malformed. An INI file
/// gives flags and numbers back as strings, byte arrays as QByteArray.
QVariant validValue(const QVariant& value, Kind kind)
{
    switch (kind) {
    case Kind::Bytes:
        if (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().size() <= kMaxStateBytes)
            return value.toByteArray();
        return {};
    case Kind::Id:
        if (value.metaType().id() == QMetaType::QString && value.toString().size() <= kMaxIdLength)
            return value.toString();
        return {};
    case Kind::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && std::isfinite(number) ? QVariant(number) : QVariant();
    }
    case Kind::Flag: {
        if (value.metaType().id() == QMetaType::Bool)
            return value.toBool();
        const QString word = value.toString();
        if (word == QLatin1String("true") || word == QLatin1String("false"))
            return word == QLatin1String("true");
        return {};
    }
    }
    return {};
}

QVariant knownValue(const QSettings& settings, const QString& key)
{
    for (const auto& known : kKnownKeys) {
        if (*known.key == key)
            return settings.contains(key) ? validValue(settings.value(key), known.kind) : QVariant();
    }
    return {};
}

} // namespace

WindowState loadWindowState(const QSettings& settings)
{
    WindowState state;
    state.geometry = knownValue(settings, kGeometry).toByteArray();
    state.splitter = knownValue(settings, kSplitter).toByteArray();
    state.selectedCode = knownValue(settings, kSelected).toString();
    state.region = knownValue(settings, kRegion).toString();
    state.complaint = knownValue(settings, kComplaint).toString();
    state.onlyWithInstructions = knownValue(settings, kWithInstructions).toBool();
    state.view = knownValue(settings, kView).toString();
    const QVariant zoom = knownValue(settings, kZoom);
    state.zoom = zoom.isValid() ? zoom.toDouble() : 1.0;
    state.pregnancyMode = knownValue(settings, kPregnancy).toBool();
    state.hideContraindicated = knownValue(settings, kHide).toBool();
    state.promptsMuted = knownValue(settings, kMuted).toBool();
    state.appearance = knownValue(settings, kAppearance).toString();
    state.language = knownValue(settings, kLanguage).toString();
    state.channel = knownValue(settings, kChannel).toString();
    state.channelLines = knownValue(settings, kChannelLines).toString();
    return state;
}

void saveWindowState(QSettings& settings, const WindowState& state)
{
    settings.setValue(kGeometry, state.geometry);
    settings.setValue(kSplitter, state.splitter);
    settings.setValue(kSelected, state.selectedCode);
    settings.setValue(kRegion, state.region);
    settings.setValue(kComplaint, state.complaint);
    settings.setValue(kWithInstructions, state.onlyWithInstructions);
    settings.setValue(kView, state.view);
    settings.setValue(kZoom, state.zoom);
    settings.setValue(kPregnancy, state.pregnancyMode);
    settings.setValue(kHide, state.hideContraindicated);
    settings.setValue(kMuted, state.promptsMuted);
    settings.setValue(kAppearance, state.appearance);
    settings.setValue(kLanguage, state.language);
    settings.setValue(kChannel, state.channel);
    settings.setValue(kChannelLines, state.channelLines);
}

bool firstStartNoticeAnswered(const QSettings& settings)
{
    return knownValue(settings, kNotice).toBool();
}

void setFirstStartNoticeAnswered(QSettings& settings)
{
    settings.setValue(kNotice, true);
}

QVariantMap readKnownSettings(const QSettings& settings)
{
    QVariantMap values;
    for (const auto& known : kKnownKeys) {
        const QVariant value = knownValue(settings, *known.key);
        if (value.isValid())
            values.insert(*known.key, value);
    }
    return values;
}

} // namespace acu
