#include "ui/details/SourceCitation.h"

#include "ui/details/FieldHtml.h"

#include <QStringList>

namespace acu {

QString sourceCitationHtml(const Source& source)
{
    QStringList parts{QStringLiteral("<i>%1</i>").arg(fieldHtml(source.title))};
    for (const auto* f : {&source.author, &source.site, &source.date}) {
        if (!f->empty())
            parts.append(fieldHtml(*f));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace acu
