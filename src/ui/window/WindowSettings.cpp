#include "ui/window/WindowSettings.h"

#include <QSettings>

#include <cmath>

namespace acu {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kSelected = QStringLiteral("selection/code");
const QString kRegion = QStringLiteral("filter/region");
const QString kComplaint = QStringLiteral("filter/complaint");
const QString kView = QStringLiteral("map/view");
const QString kZoom = QStringLiteral("map/zoom");
const QString kPregnancy = QStringLiteral("pregnancy/mode");
const QString kHide = QStringLiteral("pregnancy/hideContraindicated");
const QString kNotice = QStringLiteral("notice/answered");

} // namespace

WindowState loadWindowState(const QSettings& settings)
{
    WindowState state;
    state.geometry = settings.value(kGeometry).toByteArray();
    state.splitter = settings.value(kSplitter).toByteArray();
    state.selectedCode = settings.value(kSelected).toString();
    state.region = settings.value(kRegion).toString();
    state.complaint = settings.value(kComplaint).toString();
    state.view = settings.value(kView).toString();
    bool ok = false;
    const double zoom = settings.value(kZoom, 1.0).toDouble(&ok);
    state.zoom = ok && std::isfinite(zoom) ? zoom : 1.0;
    state.pregnancyMode = settings.value(kPregnancy, false).toBool();
    state.hideContraindicated = settings.value(kHide, false).toBool();
    return state;
}

void saveWindowState(QSettings& settings, const WindowState& state)
{
    settings.setValue(kGeometry, state.geometry);
    settings.setValue(kSplitter, state.splitter);
    settings.setValue(kSelected, state.selectedCode);
    settings.setValue(kRegion, state.region);
    settings.setValue(kComplaint, state.complaint);
    settings.setValue(kView, state.view);
    settings.setValue(kZoom, state.zoom);
    settings.setValue(kPregnancy, state.pregnancyMode);
    settings.setValue(kHide, state.hideContraindicated);
}

bool firstStartNoticeAnswered(const QSettings& settings) { return settings.value(kNotice, false).toBool(); }

void setFirstStartNoticeAnswered(QSettings& settings) { settings.setValue(kNotice, true); }

} // namespace acu
