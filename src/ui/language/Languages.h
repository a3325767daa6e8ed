#pragma once

// The languages the program is translated into, and which one a start uses.

#include <QList>
#include <QString>
#include <QStringList>

namespace acu {

/// A language the program speaks: its code (the .qm file's suffix, as --language takes it)
/// and its name written in itself, as View > Language shows it in every language.
struct Language {
    QString code; ///< "en", "de", "zh_CN"
    QString name; ///< "English", "Deutsch", "简体中文"
};

/// English (the source language), German and Simplified Chinese, in that order.
[[nodiscard]] const QList<Language>& offeredLanguages();

/// Whether code names one of offeredLanguages().
[[nodiscard]] bool isOfferedLanguage(const QString& code);

/// The offered language closest to a locale name such as "de-AT", "zh-Hans-CN" or "en_GB", or
/// "" when none is: Chinese in traditional characters ("zh-Hant", "zh-TW") has no translation.
[[nodiscard]] QString offeredLanguageFor(const QString& localeName);

/// The language a start uses: the saved choice when it is an offered one, else the first of
/// the desktop's languages (QLocale::uiLanguages(), best first) that is offered, else English.
[[nodiscard]] QString startLanguage(const QString& saved, const QStringList& uiLanguages);

} // namespace acu
