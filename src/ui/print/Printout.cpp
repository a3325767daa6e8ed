#include "ui/print/Printout.h"

#include "ui/details/PracticeText.h"
#include "ui/print/BodyPicture.h"
#include "ui/print/PageComposer.h"
#include "ui/print/PointSummary.h"
#include "ui/print/RowBlock.h"
#include "ui/print/TextBlock.h"
#include "ui/routine/StepText.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <memory>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::Printout.
class PrintoutText {
    Q_DECLARE_TR_FUNCTIONS(acu::Printout)
};
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
    return *level == CautionLevel::Contraindicated ? PrintoutText::tr("\u25C6 Forbidden in pregnancy")
                                                   : PrintoutText::tr("\u25C7 Take care in pregnancy");
}

} // namespace

Printout routineSheet(const Catalogue& catalogue, const Routine& routine)
{
    return {
        PrintoutText::tr("%1: routine sheet, Acupoint Atlas").arg(QString::fromStdString(routine.title)), false,
        [&catalogue, &routine](QPaintDevice* device) {
            PrintBlocks blocks;
            SourceNumbers numbers;
            QString head =
                QStringLiteral("<h1>%1</h1><p class=\"english\">%2%3</p>")
                    .arg(esc(routine.title),
                         PrintoutText::tr("%n step(s), from", nullptr, int(routine.steps.size())).toHtmlEscaped(),
                         QStringLiteral("<span class=\"cite\">%1</span>")
                             .arg(citationText(numbers.cite(routine.sources))));
            if (!routine.notes.empty())
                head += QStringLiteral("<p>%1</p>").arg(esc(routine.notes));
            blocks.push_back(std::make_unique<TextBlock>(head, device));

            // Pregnancy first: every step on a point with a pregnancy caution.
            TextSection pregnancy{PrintoutText::tr("Pregnancy: read before you start"), {}};
            for (std::size_t i = 0; i < routine.steps.size(); ++i) {
                const Point* point = catalogue.findPoint(routine.steps[i].code);
                if (!point || !pregnancyLevel(*point))
                    continue;
                for (const auto& caution : point->cautions) {
                    if (caution.topic == CautionTopic::Pregnancy)
                        pregnancy.lines.push_back(
                            {PrintoutText::tr("Step %1, %2: %3")
                                 .arg(i + 1)
                                 .arg(QString::fromStdString(point->code), QString::fromStdString(caution.text)),
                             numbers.cite(caution.sources)});
                }
            }
            if (!pregnancy.lines.empty())
                blocks.push_back(std::make_unique<TextBlock>(
                    QStringLiteral("<table width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\" "
                                   "class=\"caution\"><tr><td>%1</td></tr></table>")
                        .arg(sectionHtml(pregnancy)),
                    device));

            DrawingCache drawings;
            for (std::size_t i = 0; i < routine.steps.size(); ++i) {
                const RoutineStep& step = routine.steps[i];
                const Point* point = catalogue.findPoint(step.code);
                QString names = QString::fromStdString(step.code);
                std::vector<PicturePanel> pictures;
                if (point) {
                    names += QStringLiteral(" %1 %2").arg(QString::fromStdString(point->names.pinyin),
                                                          QString::fromStdString(point->names.hanzi));
                    pictures = pointPictures(catalogue, *point, drawings);
                    if (pictures.size() > 1)
                        pictures.resize(1); // the closest view is enough beside a step
                }
                QString text = QStringLiteral("<h2>%1</h2><p><b>%2</b>: %3%4</p>")
                                   .arg(PrintoutText::tr("Step %1 \u00B7 %2").arg(i + 1).arg(names).toHtmlEscaped(),
                                        stepSideText(step).toHtmlEscaped(), stepNumbersText(step).toHtmlEscaped(),
                                        QStringLiteral("<span class=\"cite\">%1</span>")
                                            .arg(citationText(numbers.cite(step.sources))));
                if (!step.technique.empty())
                    text += QStringLiteral("<p>%1</p>").arg(esc(step.technique));
                if (step.needsHelper)
                    text +=
                        QStringLiteral("<p><b>%1</b></p>")
                            .arg(PrintoutText::tr("Needs a helper: someone else presses this point.").toHtmlEscaped());
                if (!step.note.empty())
                    text += QStringLiteral("<p class=\"small\">%1</p>").arg(esc(step.note));
                blocks.push_back(
                    std::make_unique<RowBlock>(std::make_unique<PictureBlock>(std::move(pictures), device, 38), 30,
                                               std::make_unique<TextBlock>(text, device), device));
            }
            addClosing(blocks, catalogue, numbers, device);
            return blocks;
        }};
}

Printout pointCard(const Catalogue& catalogue, const Point& point)
{
    const QString title =
        QStringLiteral("%1 %2").arg(QString::fromStdString(point.code), QString::fromStdString(point.names.pinyin));
    return {PrintoutText::tr("%1: point card, Acupoint Atlas").arg(title), true,
            [&catalogue, &point](QPaintDevice* device) {
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
    return {PrintoutText::tr("Points: %1, Acupoint Atlas").arg(description), false,
            [&catalogue, points = std::move(points), description](QPaintDevice* device) {
                PrintBlocks blocks;
                SourceNumbers numbers;
                const QString count =
                    points.size() == 1 ? PrintoutText::tr("1 point") : PrintoutText::tr("%1 points").arg(points.size());
                blocks.push_back(std::make_unique<TextBlock>(
                    QStringLiteral("<h1>%1</h1><p class=\"english\">%2 \u00B7 %3</p>")
                        .arg(PrintoutText::tr("Acupoint Atlas").toHtmlEscaped(), description.toHtmlEscaped(), count),
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
