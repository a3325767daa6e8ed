#include "ui/window/CatalogueErrorDialog.h"

#include "models/ShownText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace acu {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("acu::CatalogueErrorDialog", text); }

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
    box->setWindowTitle(tr("Catalogue not loaded"));
    box->setTextFormat(Qt::PlainText);
    // The path and the error are plain text, each isolated so that neither reorders the other.
    box->setText(errors.size() == 1
                     ? tr("%1 could not be loaded: %2")
                           .arg(isolated(path), isolated(QString::fromStdString(errors.front().toString())))
                     : tr("%1 could not be loaded: %2 problems.").arg(isolated(path)).arg(errors.size()));
    box->setInformativeText(tr("Acupoint Atlas shows its built-in catalogue instead. The details list where "
                               "each problem is and what it is."));
    box->setDetailedText(catalogueErrorText(errors));
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

} // namespace acu
