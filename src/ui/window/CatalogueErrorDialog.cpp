#include "ui/window/CatalogueErrorDialog.h"

#include "models/ShownText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::CatalogueErrorDialog.
class CatalogueErrorDialogText {
    Q_DECLARE_TR_FUNCTIONS(acu::CatalogueErrorDialog)
};

} // namespace

QString catalogueErrorText(const CatalogueErrors& errors)
{
    QStringList lines;
    for (const auto& error : errors)
        lines.append(QString::fromStdString(error.toString()));
    return lines.join(QLatin1Char('\n'));
}

QMessageBox* createCatalogueErrorDialog(QWidget* parent, const QString& path, const CatalogueErrors& errors)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("catalogueErrorDialog"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(CatalogueErrorDialogText::tr("Catalogue not loaded"));
    box->setTextFormat(Qt::PlainText);
    // The path and the error are plain text, each isolated so that neither reorders the other.
    box->setText(errors.size() == 1
                     ? CatalogueErrorDialogText::tr("%1 could not be loaded: %2")
                           .arg(isolated(path), isolated(QString::fromStdString(errors.front().toString())))
                     : CatalogueErrorDialogText::tr("%1 could not be loaded: %2 problems.")
                           .arg(isolated(path))
                           .arg(errors.size()));
    box->setInformativeText(
        CatalogueErrorDialogText::tr("Acupoint Atlas shows its built-in catalogue instead. The details list where "
                                     "each problem is and what it is."));
    box->setDetailedText(catalogueErrorText(errors));
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

} // namespace acu
