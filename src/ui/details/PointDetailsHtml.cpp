#include "ui/details/PointDetailsHtml.h"

#include "ui/details/BothSides.h"
#include "ui/details/DetailsWriter.h"
#include "ui/details/HoldSummary.h"
#include "ui/details/PracticeText.h"
#include "ui/details/SourceCitation.h"

#include "core/search/PointCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <vector>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::PointDetails.
class DetailsText {
    Q_DECLARE_TR_FUNCTIONS(acu::PointDetails)
};

QString schemeText(AliasScheme scheme)
{
    switch (scheme) {
    case AliasScheme::Who:
        return DetailsText::tr("WHO code, written differently");
    case AliasScheme::PrefixVariant:
        return DetailsText::tr("other channel prefix");
    case AliasScheme::OlderBladder:
        return DetailsText::tr("older bladder numbering");
    case AliasScheme::French:
        return DetailsText::tr("French notation");
    case AliasScheme::OlderExtra:
        return DetailsText::tr("older extra-point numbering");
    case AliasScheme::Name:
        return DetailsText::tr("name");
    case AliasScheme::Mislabel:
        return DetailsText::tr("wrong code printed by an article");
    }
    return {};
}

/// The words a reader sees for a disagreement's topic.
QString topicText(DisagreementTopic topic)
{
    switch (topic) {
    case DisagreementTopic::Location:
        return DetailsText::tr("Where it is");
    case DisagreementTopic::Finding:
        return DetailsText::tr("How to find it");
    case DisagreementTopic::Technique:
        return DetailsText::tr("How to press it");
    case DisagreementTopic::Duration:
        return DetailsText::tr("How long");
    case DisagreementTopic::Repetitions:
        return DetailsText::tr("How often");
    case DisagreementTopic::AppliedBy:
        return DetailsText::tr("Who presses it");
    case DisagreementTopic::Pregnancy:
        return DetailsText::tr("Pregnancy");
    case DisagreementTopic::Label:
        return DetailsText::tr("Labels");
    case DisagreementTopic::Name:
        return DetailsText::tr("Names");
    }
    return {};
}

QString link(const char* href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(href), text);
}

void writeTitle(DetailsWriter& w, const Point& point)
{
    QString hanzi = fieldHtml(point.names.hanzi);
    if (!point.names.hanziTraditional.empty() && point.names.hanziTraditional != point.names.hanzi)
        hanzi += QStringLiteral(" (%1)").arg(fieldHtml(point.names.hanziTraditional));
    w.raw(QStringLiteral("<h2><a name=\"point\"></a>%1 &nbsp;%2 %3</h2>")
              .arg(fieldHtml(point.code), fieldHtml(point.names.pinyin), hanzi));
    QStringList english;
    QStringList acupressure;
    for (const auto& name : point.names.english)
        (name.kind == EnglishNameKind::Acupressure ? acupressure : english)
            .append(fieldHtml(name.text) + w.cite(name.sources));
    if (!english.isEmpty())
        w.raw(QStringLiteral("<p class=\"english\">%1</p>").arg(english.join(QStringLiteral(" &middot; "))));
    // Whose name it is: the acupressure tradition's names are not translations of the characters.
    if (!acupressure.isEmpty())
        w.raw(QStringLiteral("<p class=\"english\">%1 %2</p>")
                  .arg(acupressure.size() == 1 ? DetailsText::tr("Acupressure name:")
                                               : DetailsText::tr("Acupressure names:"),
                       acupressure.join(QStringLiteral(" &middot; "))));
}

/// One or two lines: the level and what to do, then each caution's first sentence with
/// its sources, "More" when anything was cut, and "Why?" for the general notice.
void writePregnancy(DetailsWriter& w, const Point& point, const DetailsOptions& options)
{
    const auto level = pregnancyLevel(point);
    const Notice* notice = w.catalogue().findNotice("pregnancy");
    QString html;
    QString css;
    if (!level) {
        if (!options.pregnancyMode)
            return;
        css = QStringLiteral("none");
        html = DetailsText::tr("<b>Pregnancy: no caution known.</b> No source in this catalogue warns against "
                               "this point in pregnancy; that is not proof that it is safe.");
    } else {
        const bool forbidden = *level == CautionLevel::Contraindicated;
        css = forbidden ? QStringLiteral("danger") : QStringLiteral("warn");
        html = forbidden ? DetailsText::tr("<b>\u26A0 Pregnancy: traditionally forbidden.</b> Do not press it if you "
                                           "are pregnant.")
                         : DetailsText::tr("<b>\u26A0 Pregnancy: take care.</b> Ask a midwife or doctor first.");
        QStringList reasons;
        bool shortened = false;
        for (const auto& caution : point.cautions) {
            if (caution.topic != CautionTopic::Pregnancy)
                continue;
            const QString text = QString::fromStdString(caution.text);
            const LeadText lead = leadText(text);
            const bool full = options.showFullCaution || !lead.shortened;
            shortened = shortened || lead.shortened;
            reasons.append(w.claimText((full ? text : lead.lead).toStdString()) + w.cite(caution.sources));
        }
        html += QStringLiteral("<br>") + reasons.join(QLatin1Char(' '));
        if (shortened)
            html += QLatin1Char(' ') +
                    link(kMoreLink, options.showFullCaution ? DetailsText::tr("Less") : DetailsText::tr("More"));
    }
    if (notice)
        html += QLatin1Char(' ') +
                link(kWhyLink, options.showWhy ? DetailsText::tr("Hide&nbsp;why") : DetailsText::tr("Why?"));
    if (notice && options.showWhy)
        html += QStringLiteral("<p class=\"why\">%1%2</p>").arg(fieldHtml(notice->text), w.cite(notice->sources));
    w.raw(QStringLiteral("<table width=\"100%\" cellpadding=\"6\" class=\"%1\"><tr><td>%2</td></tr></table>")
              .arg(css, html));
}

void writeFacts(DetailsWriter& w, const Catalogue& catalogue, const Point& point, const DetailsOptions& options)
{
    QStringList regions;
    for (const auto& id : point.regions) {
        const Region* region = catalogue.findRegion(id);
        regions.append(fieldHtml(region ? region->name : id));
    }
    const auto code = splitCode(point.code);
    const Channel* channel = code ? findChannel(code->prefix) : nullptr;
    QString facts = QStringLiteral("<p>");
    if (channel)
        facts += DetailsText::tr("<b>Channel:</b> %1 (%2)")
                     .arg(QString::fromUtf8(channel->name.data(), qsizetype(channel->name.size())),
                          fieldHtml(point.meridian)) +
                 QStringLiteral("<br>");
    facts += DetailsText::tr("<b>Region:</b> %1").arg(regions.join(QStringLiteral(", "))) + QStringLiteral("<br>");
    facts += point.laterality == Laterality::Midline
                 ? DetailsText::tr("<b>On the midline:</b> one point")
                 : DetailsText::tr("<b>Bilateral:</b> one point on each side of the body");
    facts += QStringLiteral("</p>");
    w.raw(facts);

    if (point.aliases.empty())
        return;
    w.heading(DetailsText::tr("Also labelled"));
    const qsizetype total = qsizetype(point.aliases.size());
    const qsizetype shown = options.showAllLabels ? total : std::min<qsizetype>(total, kLabelsShown);
    QStringList items;
    items.reserve(shown);
    for (qsizetype i = 0; i < shown; ++i) {
        const Alias& alias = point.aliases[std::size_t(i)];
        QString item = QStringLiteral("<b>%1</b> &ndash; %2").arg(fieldHtml(alias.label), schemeText(alias.scheme));
        if (alias.ambiguous)
            item += DetailsText::tr(" <i>(also names another point)</i>");
        if (!alias.note.empty())
            item += QStringLiteral(": ") + w.claimText(alias.note);
        items.append(item + w.cite(alias.sources));
    }
    w.list(items);
    if (shown < total)
        w.raw(QStringLiteral("<p>%1</p>")
                  .arg(DetailsText::tr("and %1 more. %2")
                           .arg(total - shown)
                           .arg(link(kAllLabelsLink, DetailsText::tr("Show all %1 labels").arg(total)))));
}

/// For a bilateral point: whether the sources press the two sides together or in turn.
void writeSides(DetailsWriter& w, const Point& point)
{
    if (point.laterality != Laterality::Bilateral)
        return;
    const auto statements = sidesStatements(point);
    if (statements.empty()) {
        w.raw(QStringLiteral("<p>%1</p>")
                  .arg(DetailsText::tr("<b>Both sides:</b> no source says whether to press them together or one "
                                       "after the other.")));
        return;
    }
    QStringList parts;
    for (const auto& s : statements)
        parts.append((s.order == SidesOrder::Together ? DetailsText::tr("both at once")
                                                      : DetailsText::tr("one side, then the other")) +
                     w.cite(s.sources));
    w.raw(QStringLiteral("<p>%1</p>")
              .arg(DetailsText::tr("<b>Both sides:</b> %1.").arg(parts.join(QStringLiteral("; ")))));
}

void writeHolds(DetailsWriter& w, const Point& point)
{
    const std::vector<HoldRange> holds = holdRanges(point.duration);
    if (const auto summary = summariseHolds(holds)) {
        const QString span = holdSpanText(summary->min, summary->max);
        QString text;
        switch (summary->kind) {
        case HoldSummary::Kind::All:
            text = summary->sources == 2 ? DetailsText::tr("Both sources: hold %1.").arg(span)
                                         : DetailsText::tr("All %1 sources: hold %2.").arg(summary->sources).arg(span);
            break;
        case HoldSummary::Kind::Most:
            text = DetailsText::tr("Most sources (%1 of %2): hold %3.")
                       .arg(summary->agreeing)
                       .arg(summary->sources)
                       .arg(span);
            break;
        case HoldSummary::Kind::Span:
            text = DetailsText::tr("The sources differ: from %1.").arg(span);
            break;
        }
        w.raw(QStringLiteral("<p class=\"summary\"><b>%1</b></p>").arg(text));
    }
    writeSides(w, point);
    QStringList items;
    for (std::size_t i = 0; i < point.duration.size(); ++i) {
        const Duration& d = point.duration[i];
        QString span = holdSpanText(holds[i].min, holds[i].max);
        if (!d.text.empty())
            span += QStringLiteral(" (%1)").arg(w.claimText(d.text));
        items.append(DetailsText::tr("Hold %1%2").arg(span, w.cite(d.sources)));
    }
    for (const auto& r : point.repetitions) {
        QString text = DetailsText::tr("Repeat %1 times").arg(repeatCountText(r));
        if (!r.text.empty())
            text += QStringLiteral(", ") + w.claimText(r.text);
        items.append(text + w.cite(r.sources));
    }
    for (const auto& a : point.appliedBy) {
        QString text = a.who == Helper::Self ? DetailsText::tr("You can press it yourself")
                                             : DetailsText::tr("Needs a helper or therapist");
        if (!a.text.empty())
            text += QStringLiteral(": ") + w.claimText(a.text);
        items.append(text + w.cite(a.sources));
    }
    w.list(items);
}

void writePractice(DetailsWriter& w, const Point& point)
{
    w.claims(DetailsText::tr("Location"), point.location);
    w.claims(DetailsText::tr("How to find it"), point.finding);
    w.claims(DetailsText::tr("Technique"), point.technique);
    if (!hasPressingInstructions(point)) {
        w.heading(DetailsText::tr("How to press"));
        w.raw(QStringLiteral("<p class=\"no-instructions\">%1</p>")
                  .arg(DetailsText::tr("The sources here give no pressing instructions for this point: no "
                                       "technique, no duration and no number of repetitions.")));
    }
    if (!point.duration.empty() || !point.repetitions.empty() || !point.appliedBy.empty()) {
        w.heading(DetailsText::tr("How long, how often, by whom"));
        writeHolds(w, point);
    }
    w.claims(DetailsText::tr("Used for"), point.indications);
}

void writeCautionsAndNotes(DetailsWriter& w, const Point& point)
{
    std::vector<Claim> general;
    for (const auto& caution : point.cautions) {
        if (caution.topic == CautionTopic::General)
            general.push_back({caution.text, caution.sources});
    }
    w.claims(DetailsText::tr("Cautions"), general);
    if (!point.disagreements.empty()) {
        w.heading(DetailsText::tr("Where sources disagree"));
        QStringList items;
        for (const auto& d : point.disagreements)
            items.append(
                QStringLiteral("<b>%1:</b> %2%3").arg(topicText(d.topic), w.claimText(d.text), w.cite(d.sources)));
        w.list(items);
    }
    if (!point.notes.empty()) {
        w.heading(DetailsText::tr("Notes and corrections"));
        QStringList items;
        for (const auto& n : point.notes)
            items.append((n.kind == NoteKind::Correction ? DetailsText::tr("<b>Correction:</b> ") : QString()) +
                         w.claimText(n.text) + w.cite(n.sources));
        w.list(items);
    }
}

} // namespace

LeadText leadText(const QString& text, qsizetype maxChars)
{
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    qsizetype end = sentences.toNextBoundary();
    if (end < 0)
        end = text.size();
    QString lead = text.left(end).trimmed();
    bool shortened = end < text.size() && !text.mid(end).trimmed().isEmpty();
    if (lead.size() > maxChars) {
        qsizetype cut = lead.lastIndexOf(QLatin1Char(' '), maxChars);
        if (cut <= 0)
            cut = maxChars;
        lead = lead.left(cut).trimmed() + QChar(0x2026);
        shortened = true;
    }
    return {lead, shortened};
}

QString pointDetailsHtml(const Catalogue& catalogue, const Point& point, const DetailsOptions& options)
{
    DetailsWriter w(catalogue);
    writeTitle(w, point);
    writePregnancy(w, point, options);
    writeFacts(w, catalogue, point, options);
    writePractice(w, point);
    writeCautionsAndNotes(w, point);
    return w.finish();
}

} // namespace acu
