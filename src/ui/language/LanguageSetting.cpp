#include "ui/language/LanguageSetting.h"

#include "ui/window/SettingsFile.h"
#include "ui/window/WindowSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace acu {

QString savedLanguage(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > kMaxSettingsBytes)
        return {};
    const QSettings settings(path, QSettings::IniFormat);
    return loadWindowState(settings).language;
}

} // namespace acu
