#include "ui/language/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace acu {

namespace {

const QString kTranslatorName = QStringLiteral("acuTranslator");

bool install(QCoreApplication& app, const QString& file, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(file, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

InstalledTranslations installTranslations(QCoreApplication& app, const QString& code)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return {true, true};
    InstalledTranslations installed;
    installed.qt = install(app, QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installed.program = install(app, QStringLiteral("acupoint-atlas_") + code, QStringLiteral(":/acupoint-atlas/i18n"));
    return installed;
}

} // namespace acu
