#pragma once

#include <QString>

namespace acu {

/// View > Language's saved choice in the settings file at path, read before any widget exists
/// (and before the file is checked and repaired, so a file that is not a regular file or is too
/// large to be the app's is not read): a language code, or "" (the system's language, also
/// for a missing or unreadable file).
[[nodiscard]] QString savedLanguage(const QString& path);

} // namespace acu
