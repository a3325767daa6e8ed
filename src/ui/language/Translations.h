#pragma once

// Loading the program's translation and Qt's own for a language.

#include <QString>

class QCoreApplication;

namespace acu {

/// What installTranslations found.
struct InstalledTranslations {
    bool program = false; ///< the program's own .qm (English needs none: true)
    bool qt = false;      ///< Qt's qtbase_<code>.qm, for the standard buttons and dialogs
};

/// Makes code (an offered language) the program's language: removes the translators an earlier
/// call installed, installs the program's translation (compiled in, :/acupoint-atlas/i18n) and
/// Qt's (QLibraryInfo::TranslationsPath), and makes QLocale's default that language, so that
/// numbers and dates follow it. The layout direction follows the translation. Call it before
/// any widget is made.
InstalledTranslations installTranslations(QCoreApplication& app, const QString& code);

} // namespace acu
