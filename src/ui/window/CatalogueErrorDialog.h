#pragma once

#include "core/catalogue/CatalogueError.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace acu {

/// The text listing why a catalogue could not be loaded: one "WHERE: WHAT" line per error.
[[nodiscard]] QString catalogueErrorText(const CatalogueErrors& errors);

/// A dialog saying that `path` could not be loaded and the built-in catalogue is used
/// instead, with every error (where and what) in its details.
[[nodiscard]] QMessageBox* createCatalogueErrorDialog(QWidget* parent, const QString& path,
                                                      const CatalogueErrors& errors);

} // namespace acu
