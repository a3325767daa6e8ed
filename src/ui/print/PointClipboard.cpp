#include "ui/print/PointClipboard.h"

#include "ui/print/PointSummary.h"

#include <QMimeData>

namespace acu {

std::unique_ptr<QMimeData> pointMimeData(const Catalogue& catalogue, const Point& point)
{
    SourceNumbers numbers;
    const PointSummary summary = summarizePoint(catalogue, point, numbers);
    const auto notice = medicalNotice(catalogue, numbers);
    const auto sources = sourceList(catalogue, numbers);

    QString text = summaryPlainText(summary);
    QString html = summaryHtml(summary);
    if (notice) {
        text += QLatin1Char('\n') + sectionPlainText(*notice);
        html += sectionHtml(*notice);
    }
    text += QLatin1Char('\n') + sourcesPlainText(sources);
    html += sourcesHtml(sources);

    auto data = std::make_unique<QMimeData>();
    data->setText(text);
    data->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    return data;
}

} // namespace acu
