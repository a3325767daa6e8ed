#include "ui/print/PdfExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PdfExport.
class PdfExportText {
    Q_DECLARE_TR_FUNCTIONS(acu::PdfExport)
};

/// XMP metadata naming title and author; Qt 6.4's writer has no author field of its own.
QByteArray xmpMetadata(const QString& title, const QString& author, const QString& creator)
{
    const auto x = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                             "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                             "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>") +
           x(title) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>") + x(author) +
           QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator><xmp:CreatorTool>") + x(creator) +
           QByteArrayLiteral("</xmp:CreatorTool><pdf:Producer>") + x(creator) +
           QByteArrayLiteral("</pdf:Producer></rdf:Description></rdf:RDF></x:xmpmeta>"
                             "<?xpacket end='w'?>");
}

} // namespace

QPageSize defaultPaper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

QString exportPdf(const Printout& printout, const QString& path, const QPageSize& paper)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return PdfExportText::tr("%1 is not a regular file").arg(path);
    if (!info.absoluteDir().exists())
        return PdfExportText::tr("the folder %1 does not exist").arg(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PdfExportText::tr("%1 could not be written: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        const QString creator = QStringLiteral("Acupoint Atlas %1").arg(QCoreApplication::applicationVersion());
        writer.setTitle(printout.title);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpMetadata(printout.title, PdfExportText::tr("Acupoint Atlas"), creator));
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(paper, QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        if (paintPrintout(writer, printout) == 0) {
            file.cancelWriting();
            return PdfExportText::tr("%1 could not be drawn").arg(path);
        }
    }
    if (!file.commit())
        return PdfExportText::tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace acu
