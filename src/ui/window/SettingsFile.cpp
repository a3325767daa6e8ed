#include "ui/window/SettingsFile.h"

#include <QCoreApplication>
#include <QSettings>

namespace acu {

std::unique_ptr<QSettings> openSettings()
{
    auto settings = std::make_unique<QSettings>();
    settings->setAtomicSyncRequired(true);
    return settings;
}

QString settingsProblem(const QSettings& settings)
{
    switch (settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate("acu", "The settings file %1 could not be read; the defaults are used.")
            .arg(settings.fileName());
    case QSettings::FormatError:
        return QCoreApplication::translate("acu", "The settings file %1 is damaged; the defaults are used, and it "
                                                  "will be rewritten on exit.")
            .arg(settings.fileName());
    }
    return {};
}

} // namespace acu
