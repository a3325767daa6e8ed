#include "ui/print/PointSummary.h"

#include "ui/details/PracticeText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PointSummary.
class PointSummaryText {
    Q_DECLARE_TR_FUNCTIONS(acu::PointSummary)
};
QString str(const std::string& text)
{
    return QString::fromStdString(text);
}
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

void addClaims(TextSection& section, const std::vector<Claim>& claims, SourceNumbers& numbers)
{
    for (const auto& claim : claims)
        section.lines.push_back({str(claim.text), numbers.cite(claim.sources)});
}

} // namespace

std::vector<int> SourceNumbers::cite(const SourceIds& ids)
{
    std::vector<int> out;
    for (const auto& id : ids) {
        const auto [it, inserted] = m_numbers.emplace(id, int(m_order.size()) + 1);
        if (inserted)
            m_order.push_back(id);
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString holdText(const Duration& d)
{
    QString text = PointSummaryText::tr("Hold %1").arg(holdSpanText(d));
    if (!d.text.empty())
        text += QStringLiteral(" (%1)").arg(str(d.text));
    return text;
}

QString repeatText(const Repetitions& r)
{
    QString text =
        r.max == 1 ? PointSummaryText::tr("Once") : PointSummaryText::tr("Repeat %1 times").arg(repeatCountText(r));
    if (!r.text.empty())
        text += QStringLiteral(", ") + str(r.text);
    return text;
}

PointSummary summarizePoint(const Catalogue& catalogue, const Point& point, SourceNumbers& numbers)
{
    (void)catalogue;
    PointSummary s;
    s.code = str(point.code);
    s.names = str(point.names.pinyin) + QLatin1Char(' ') + str(point.names.hanzi);
    if (!point.names.hanziTraditional.empty() && point.names.hanziTraditional != point.names.hanzi)
        s.names += QStringLiteral(" (%1)").arg(str(point.names.hanziTraditional));
    QStringList english;
    QStringList acupressure;
    for (const auto& name : point.names.english) {
        auto& names = name.kind == EnglishNameKind::Acupressure ? acupressure : english;
        if (!names.contains(str(name.text)))
            names.append(str(name.text));
    }
    s.english = english.join(QStringLiteral(" \u00B7 "));
    if (!acupressure.isEmpty())
        s.acupressure = (acupressure.size() == 1 ? PointSummaryText::tr("Acupressure name: %1")
                                                 : PointSummaryText::tr("Acupressure names: %1"))
                            .arg(acupressure.join(QStringLiteral(" \u00B7 ")));

    if (const auto level = pregnancyLevel(point)) {
        s.pregnancyForbidden = *level == CautionLevel::Contraindicated;
        TextSection pregnancy{s.pregnancyForbidden
                                  ? PointSummaryText::tr("Pregnancy: traditionally forbidden; do not press this point "
                                                         "if you are pregnant")
                                  : PointSummaryText::tr("Pregnancy: take care; ask a midwife or doctor first"),
                              {}};
        for (const auto& caution : point.cautions) {
            if (caution.topic == CautionTopic::Pregnancy)
                pregnancy.lines.push_back({str(caution.text), numbers.cite(caution.sources)});
        }
        s.pregnancy = std::move(pregnancy);
    }

    TextSection location{PointSummaryText::tr("Where it is"), {}};
    addClaims(location, point.location, numbers);
    location.lines.push_back({point.laterality == Laterality::Midline
                                  ? PointSummaryText::tr("On the midline: one point.")
                                  : PointSummaryText::tr("One point on each side of the body."),
                              {}});
    s.sections.push_back(std::move(location));

    TextSection finding{PointSummaryText::tr("How to find it"), {}};
    addClaims(finding, point.finding, numbers);
    if (!finding.lines.empty())
        s.sections.push_back(std::move(finding));

    TextSection press{PointSummaryText::tr("How to press it"), {}};
    addClaims(press, point.technique, numbers);
    for (const auto& d : point.duration)
        press.lines.push_back({holdText(d), numbers.cite(d.sources)});
    for (const auto& r : point.repetitions)
        press.lines.push_back({repeatText(r), numbers.cite(r.sources)});
    for (const auto& a : point.appliedBy) {
        QString text = a.who == Helper::Self ? PointSummaryText::tr("You can press it yourself")
                                             : PointSummaryText::tr("Needs a helper or therapist");
        if (!a.text.empty())
            text += QStringLiteral(": ") + str(a.text);
        press.lines.push_back({text, numbers.cite(a.sources)});
    }
    if (press.lines.empty())
        press.lines.push_back(
            {PointSummaryText::tr("The sources here give no pressing instructions for this point."), {}});
    s.sections.push_back(std::move(press));

    TextSection cautions{PointSummaryText::tr("Cautions"), {}};
    for (const auto& caution : point.cautions) {
        if (caution.topic == CautionTopic::General)
            cautions.lines.push_back({str(caution.text), numbers.cite(caution.sources)});
    }
    if (!cautions.lines.empty())
        s.sections.push_back(std::move(cautions));
    return s;
}

std::vector<QString> sourceList(const Catalogue& catalogue, const SourceNumbers& numbers)
{
    std::vector<QString> out;
    for (const auto& id : numbers.order()) {
        const Source* source = catalogue.findSource(id);
        if (!source) {
            out.push_back(str(id));
            continue;
        }
        QStringList parts{str(source->title)};
        for (const auto* field : {&source->author, &source->site, &source->date, &source->url}) {
            if (!field->empty())
                parts.append(str(*field));
        }
        out.push_back(parts.join(QStringLiteral(", ")));
    }
    return out;
}

std::optional<TextSection> medicalNotice(const Catalogue& catalogue, SourceNumbers& numbers)
{
    const Notice* notice = catalogue.findNotice("medical");
    if (!notice)
        return std::nullopt;
    return TextSection{str(notice->title), {{str(notice->text), numbers.cite(notice->sources)}}};
}

QString citationText(const std::vector<int>& numbers)
{
    if (numbers.empty())
        return {};
    QStringList shown;
    for (const int n : numbers)
        shown.append(QString::number(n));
    return QStringLiteral(" [%1]").arg(shown.join(QStringLiteral(", ")));
}

QString sectionHtml(const TextSection& section)
{
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(esc(section.heading));
    for (const auto& line : section.lines)
        html +=
            QStringLiteral("<li>%1<span class=\"cite\">%2</span></li>").arg(esc(line.text), citationText(line.sources));
    return html + QStringLiteral("</ul>");
}

QString sectionPlainText(const TextSection& section)
{
    QString text = section.heading + QLatin1Char('\n');
    for (const auto& line : section.lines)
        text += QStringLiteral("- ") + line.text + citationText(line.sources) + QLatin1Char('\n');
    return text;
}

QString summaryHeaderHtml(const PointSummary& s)
{
    QString html = QStringLiteral("<h1>%1 &nbsp;%2</h1>").arg(esc(s.code), esc(s.names));
    if (!s.english.isEmpty())
        html += QStringLiteral("<p class=\"english\">%1</p>").arg(esc(s.english));
    if (!s.acupressure.isEmpty())
        html += QStringLiteral("<p class=\"english\">%1</p>").arg(esc(s.acupressure));
    if (s.pregnancy) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\" "
                               "class=\"caution\"><tr><td><b>%1</b><ul>")
                    .arg(esc(s.pregnancy->heading));
        for (const auto& line : s.pregnancy->lines)
            html += QStringLiteral("<li>%1<span class=\"cite\">%2</span></li>")
                        .arg(esc(line.text), citationText(line.sources));
        html += QStringLiteral("</ul></td></tr></table>");
    }
    return html;
}

QString summaryHtml(const PointSummary& s)
{
    QString html = summaryHeaderHtml(s);
    for (const auto& section : s.sections)
        html += sectionHtml(section);
    return html;
}

QString summaryPlainText(const PointSummary& s)
{
    QString text = s.code + QLatin1Char(' ') + s.names + QLatin1Char('\n');
    if (!s.english.isEmpty())
        text += s.english + QLatin1Char('\n');
    if (!s.acupressure.isEmpty())
        text += s.acupressure + QLatin1Char('\n');
    if (s.pregnancy)
        text += QLatin1Char('\n') + sectionPlainText(*s.pregnancy);
    for (const auto& section : s.sections)
        text += QLatin1Char('\n') + sectionPlainText(section);
    return text;
}

QString sourcesHtml(const std::vector<QString>& sources)
{
    if (sources.empty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ol>").arg(esc(PointSummaryText::tr("Sources")));
    for (const auto& source : sources)
        html += QStringLiteral("<li class=\"small\">%1</li>").arg(esc(source));
    return html + QStringLiteral("</ol>");
}

QString sourcesPlainText(const std::vector<QString>& sources)
{
    if (sources.empty())
        return {};
    QString text = PointSummaryText::tr("Sources") + QLatin1Char('\n');
    for (std::size_t i = 0; i < sources.size(); ++i)
        text += QStringLiteral("[%1] ").arg(i + 1) + sources[i] + QLatin1Char('\n');
    return text;
}

} // namespace acu
