#include "ui/window/InfoDialogs.h"

#include "ui/details/SourceCitation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace acu {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

QString aboutHtml(const Catalogue& catalogue, const QString& version)
{
    QString html = QCoreApplication::translate("acu::InfoDialogs", "<h2>Acupoint Atlas %1</h2>"
                                                                   "<p>A desktop reference for acupressure points.</p>"
                                                                   "<p>Released under the MIT licence.</p>")
                       .arg(version.toHtmlEscaped());
    html +=
        QCoreApplication::translate("acu::InfoDialogs", "<p>The catalogue holds %1 points from these sources:</p><ol>")
            .arg(catalogue.points().size());
    for (const auto& source : catalogue.sources())
        html += QStringLiteral("<li>%1</li>").arg(sourceCitationHtml(source));
    html += QStringLiteral("</ol>");
    return html;
}

QString disclaimerHtml(const Catalogue& catalogue)
{
    QString html;
    for (const char* id : {"medical", "pregnancy"}) {
        if (const Notice* notice = catalogue.findNotice(id))
            html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(notice->title), esc(notice->text));
    }
    if (html.isEmpty())
        html = QCoreApplication::translate("acu::InfoDialogs",
                                           "<p>This app is a reference, not medical advice. See a doctor "
                                           "for severe, lasting or injury-related pain.</p>");
    return html;
}

void showAboutDialog(QWidget* parent, const Catalogue& catalogue)
{
    QMessageBox::about(parent, QCoreApplication::translate("acu::InfoDialogs", "About Acupoint Atlas"),
                       aboutHtml(catalogue, QCoreApplication::applicationVersion()));
}

void showDisclaimerDialog(QWidget* parent, const Catalogue& catalogue)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("acu::InfoDialogs", "Medical disclaimer"),
                    disclaimerHtml(catalogue), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace acu
