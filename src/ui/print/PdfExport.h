#pragma once

#include "ui/print/Printout.h"

#include <QPageSize>
#include <QString>

namespace acu {

/// The paper a PDF is written on when nobody chose one: US Letter where the system locale
/// measures in US units, A4 elsewhere.
[[nodiscard]] QPageSize defaultPaper();

/// Writes the printout as a PDF (title, author and creator set; text stays text, drawings
/// stay vectors) to path, atomically: an existing file is replaced only once the new one is
/// whole. Returns "" on success, or why it could not be written.
[[nodiscard]] QString exportPdf(const Printout& printout, const QString& path, const QPageSize& paper = defaultPaper());

} // namespace acu
