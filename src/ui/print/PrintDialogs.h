#pragma once

#include "ui/print/Printout.h"

class QWidget;

namespace acu {

/// File > Print...: the platform's print dialog, then the printout on the chosen printer
/// and paper (A4 or Letter as the printer is set).
void printWithDialog(QWidget* parent, const Printout& printout);
/// File > Print Preview...: Qt's preview of the printout on the default printer's paper.
void previewPrintout(QWidget* parent, const Printout& printout);
/// File > Export as PDF...: asks for a file name (suggested is a name for the printout)
/// and writes the PDF there, saying so or why it could not.
void exportPdfWithDialog(QWidget* parent, const Printout& printout, const QString& suggestedName);

} // namespace acu
