#include "ui/details/SourceLinks.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>

#include <memory>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::SourceLinks.
class SourceLinksText {
    Q_DECLARE_TR_FUNCTIONS(acu::SourceLinks)
};

} // namespace

bool isOpenableAddress(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QMessageBox* createOpenAddressDialog(QWidget* parent, const QUrl& url)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("openAddressDialog"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(SourceLinksText::tr("Open source"));
    box->setTextFormat(Qt::PlainText);
    box->setText(SourceLinksText::tr("Open this address in your web browser?"));
    box->setInformativeText(url.toDisplayString());
    box->setStandardButtons(QMessageBox::Open | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

bool openSourceAddress(QWidget* parent, const QUrl& url)
{
    if (!isOpenableAddress(url)) {
        QMessageBox::warning(parent, SourceLinksText::tr("Not opened"),
                             SourceLinksText::tr("Only http and https addresses are opened. This one is not:\n%1")
                                 .arg(url.toDisplayString()));
        return false;
    }
    const std::unique_ptr<QMessageBox> box(createOpenAddressDialog(parent, url));
    if (box->exec() != QMessageBox::Open)
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace acu
