#include "ui/print/PrintDialogs.h"

#include "ui/print/PdfExport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PrintDialogs.
class PrintDialogsText {
    Q_DECLARE_TR_FUNCTIONS(acu::PrintDialogs)
};

} // namespace

void printWithDialog(QWidget* parent, const Printout& printout)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printout.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintDialogsText::tr("Print %1").arg(printout.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (paintPrintout(printer, printout) == 0)
        QMessageBox::warning(parent, PrintDialogsText::tr("Print"),
                             PrintDialogsText::tr("The printer could not be used."));
}

void previewPrintout(QWidget* parent, const Printout& printout)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printout.title);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&printout](QPrinter* target) { paintPrintout(*target, printout); });
    dialog.exec();
}

void exportPdfWithDialog(QWidget* parent, const Printout& printout, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, PrintDialogsText::tr("Export as PDF"),
                                                      folder + QLatin1Char('/') + suggestedName,
                                                      PrintDialogsText::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = exportPdf(printout, path);
    if (!problem.isEmpty())
        QMessageBox::warning(parent, PrintDialogsText::tr("Export as PDF"),
                             PrintDialogsText::tr("The PDF was not written: %1.").arg(problem));
}

} // namespace acu
