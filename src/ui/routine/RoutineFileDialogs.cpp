#include "ui/routine/RoutineFileDialogs.h"

#include "models/ShownText.h"
#include "ui/window/CatalogueErrorDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::RoutineFileDialogs.
class RoutineFileDialogsText {
    Q_DECLARE_TR_FUNCTIONS(acu::RoutineFileDialogs)
};

} // namespace

QMessageBox* createRoutineImportErrorDialog(QWidget* parent, const QString& path, const CatalogueErrors& errors)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("routineImportErrorDialog"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(RoutineFileDialogsText::tr("Routine not imported"));
    box->setTextFormat(Qt::PlainText);
    box->setText(errors.size() == 1
                     ? RoutineFileDialogsText::tr("%1 could not be imported: %2")
                           .arg(isolated(path), isolated(QString::fromStdString(errors.front().toString())))
                     : RoutineFileDialogsText::tr("%1 could not be imported: %2 problems.")
                           .arg(isolated(path))
                           .arg(errors.size()));
    box->setInformativeText(RoutineFileDialogsText::tr(
        "Nothing was imported from it. The details list where each problem is and what it is."));
    box->setDetailedText(catalogueErrorText(errors));
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

QMessageBox* createRoutineExportErrorDialog(QWidget* parent, const CatalogueError& error)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("routineExportErrorDialog"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(RoutineFileDialogsText::tr("Routine not exported"));
    box->setTextFormat(Qt::PlainText);
    box->setText(RoutineFileDialogsText::tr("The routine could not be exported: %1")
                     .arg(isolated(QString::fromStdString(error.toString()))));
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

} // namespace acu
