#include "ui/details/SourceCitation.h"

#include <QStringList>

namespace acu {

QString sourceCitationHtml(const Source& source)
{
    QStringList parts{QStringLiteral("<i>%1</i>").arg(QString::fromStdString(source.title).toHtmlEscaped())};
    for (const auto* field : {&source.author, &source.site, &source.date}) {
        if (!field->empty())
            parts.append(QString::fromStdString(*field).toHtmlEscaped());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace acu
