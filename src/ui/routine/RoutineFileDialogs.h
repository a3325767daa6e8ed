#pragma once

#include "core/catalogue/CatalogueError.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace acu {

/// A dialog saying that nothing was imported from path, with every error (where and what,
/// one "WHERE: WHAT" line each, as for a catalogue) in its details.
[[nodiscard]] QMessageBox* createRoutineImportErrorDialog(QWidget* parent, const QString& path,
                                                          const CatalogueErrors& errors);

/// A dialog saying that a routine could not be exported, and why (where and what).
[[nodiscard]] QMessageBox* createRoutineExportErrorDialog(QWidget* parent, const CatalogueError& error);

} // namespace acu
