#include "ui/language/Languages.h"

#include <QLocale>

#include <algorithm>

namespace acu {

const QList<Language>& offeredLanguages()
{
    static const QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")},
                                           {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                           {QStringLiteral("zh_CN"), QStringLiteral("\u7B80\u4F53\u4E2D\u6587")}};
    return languages;
}

bool isOfferedLanguage(const QString& code)
{
    const auto& languages = offeredLanguages();
    return std::any_of(languages.begin(), languages.end(),
                       [&](const Language& language) { return language.code == code; });
}

QString offeredLanguageFor(const QString& localeName)
{
    const QLocale locale(localeName);
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalChineseScript ? QString() : QStringLiteral("zh_CN");
    default:
        return {};
    }
}

QString startLanguage(const QString& saved, const QStringList& uiLanguages)
{
    if (isOfferedLanguage(saved))
        return saved;
    for (const QString& name : uiLanguages) {
        if (const QString code = offeredLanguageFor(name); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

} // namespace acu
