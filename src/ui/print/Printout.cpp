#include "ui/print/Printout.h"

#include "ui/print/BodyPicture.h"
#include "ui/print/PageComposer.h"
#include "ui/print/PointSummary.h"
#include "ui/print/TextBlock.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <memory>

namespace acu {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("acu", text);
}
QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

/// The sources and the medical notice that close every printout.
void addClosing(PrintBlocks& blocks, const Catalogue& catalogue, SourceNumbers& numbers, QPaintDevice* device)
{
    const auto notice = medicalNotice(catalogue, numbers);
    blocks.push_back(std::make_unique<TextBlock>(sourcesHtml(sourceList(catalogue, numbers)), device));
    if (notice)
        blocks.push_back(std::make_unique<TextBlock>(sectionHtml(*notice), device));
}

QString pregnancyMarkText(const Point& point)
{
    const auto level = pregnancyLevel(point);
    if (!level)
        return {};
    return *level == CautionLevel::Contraindicated ? tr("\u25C6 Forbidden in pregnancy")
                                                   : tr("\u25C7 Take care in pregnancy");
}

} // namespace

Printout pointCard(const Catalogue& catalogue, const Point& point)
{
    const QString title =
        QStringLiteral("%1 %2").arg(QString::fromStdString(point.code), QString::fromStdString(point.names.pinyin));
    return {tr("%1: point card, Acupoint Atlas").arg(title), true, [&catalogue, &point](QPaintDevice* device) {
                PrintBlocks blocks;
                SourceNumbers numbers;
                const PointSummary summary = summarizePoint(catalogue, point, numbers);
                blocks.push_back(std::make_unique<TextBlock>(summaryHeaderHtml(summary), device));
                DrawingCache drawings;
                blocks.push_back(std::make_unique<PictureBlock>(pointPictures(catalogue, point, drawings), device, 80));
                QString body;
                for (const auto& section : summary.sections)
                    body += sectionHtml(section);
                blocks.push_back(std::make_unique<TextBlock>(body, device));
                addClosing(blocks, catalogue, numbers, device);
                return blocks;
            }};
}

Printout selectionSheet(const Catalogue& catalogue, std::vector<const Point*> points, const QString& description)
{
    return {tr("Points: %1, Acupoint Atlas").arg(description), false,
            [&catalogue, points = std::move(points), description](QPaintDevice* device) {
                PrintBlocks blocks;
                SourceNumbers numbers;
                const QString count = points.size() == 1 ? tr("1 point") : tr("%1 points").arg(points.size());
                blocks.push_back(std::make_unique<TextBlock>(
                    QStringLiteral("<h1>%1</h1><p class=\"english\">%2 \u00B7 %3</p>")
                        .arg(tr("Acupoint Atlas").toHtmlEscaped(), description.toHtmlEscaped(), count),
                    device));
                for (const Point* point : points) {
                    QString english;
                    if (!point->names.english.empty())
                        english = esc(point->names.english.front().text);
                    QString where;
                    if (!point->location.empty())
                        where = esc(point->location.front().text) +
                                QStringLiteral("<span class=\"cite\">%1</span>")
                                    .arg(citationText(numbers.cite(point->location.front().sources)));
                    blocks.push_back(std::make_unique<TextBlock>(
                        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                                       "<td width=\"24%\"><b>%1</b><br>%2 %3</td>"
                                       "<td width=\"56%\">%4<br><span class=\"small\">%5</span></td>"
                                       "<td width=\"20%\"><b>%6</b></td></tr></table><hr>")
                            .arg(esc(point->code), esc(point->names.pinyin), esc(point->names.hanzi), english, where,
                                 pregnancyMarkText(*point).toHtmlEscaped()),
                        device));
                }
                addClosing(blocks, catalogue, numbers, device);
                return blocks;
            }};
}

int paintPrintout(QPagedPaintDevice& device, const Printout& printout)
{
    const PrintBlocks blocks = printout.blocks(&device);
    return composePages(device, blocks, {printout.title}, printout.onePage);
}

} // namespace acu
