#include "ui/details/PointDetailsHtml.h"

#include "ui/details/PracticeText.h"
#include "ui/details/SourceCitation.h"

#include "core/catalogue/EnumNames.h"
#include "core/search/PointCode.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

namespace acu {

namespace {

QString esc(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

QString schemeText(AliasScheme scheme)
{
    switch (scheme) {
    case AliasScheme::Who:
        return QStringLiteral("WHO code, written differently");
    case AliasScheme::PrefixVariant:
        return QStringLiteral("other channel prefix");
    case AliasScheme::OlderBladder:
        return QStringLiteral("older bladder numbering");
    case AliasScheme::French:
        return QStringLiteral("French notation");
    case AliasScheme::OlderExtra:
        return QStringLiteral("older extra-point numbering");
    case AliasScheme::Name:
        return QStringLiteral("name");
    case AliasScheme::Mislabel:
        return QStringLiteral("wrong code printed by an article");
    }
    return {};
}

/// Builds the document, numbering sources in the order they are first cited.
class DetailsWriter final {
public:
    explicit DetailsWriter(const Catalogue& catalogue)
        : m_catalogue(catalogue)
    {
    }

    /// " [1, 3]" for the cited sources, in ascending order.
    QString cite(const SourceIds& ids)
    {
        std::vector<int> numbers;
        for (const auto& id : ids) {
            auto [it, inserted] = m_numbers.emplace(id, static_cast<int>(m_order.size()) + 1);
            if (inserted)
                m_order.push_back(id);
            numbers.push_back(it->second);
        }
        if (numbers.empty())
            return {};
        std::sort(numbers.begin(), numbers.end());
        QStringList shown;
        for (int number : numbers)
            shown.append(QString::number(number));
        return QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(shown.join(QStringLiteral(", ")));
    }

    void heading(const QString& title) { m_html += QStringLiteral("<h3>%1</h3>").arg(title); }

    void claims(const QString& title, const std::vector<Claim>& claims)
    {
        if (claims.empty())
            return;
        heading(title);
        m_html += QStringLiteral("<ul>");
        for (const auto& claim : claims)
            m_html += QStringLiteral("<li>%1%2</li>").arg(esc(claim.text), cite(claim.sources));
        m_html += QStringLiteral("</ul>");
    }

    void raw(const QString& html) { m_html += html; }
    [[nodiscard]] const Catalogue& catalogue() const { return m_catalogue; }

    QString finish()
    {
        if (!m_order.empty()) {
            heading(QStringLiteral("Sources"));
            m_html += QStringLiteral("<ol>");
            for (const auto& id : m_order) {
                const Source* source = m_catalogue.findSource(id);
                if (!source) {
                    m_html += QStringLiteral("<li>%1</li>").arg(esc(id));
                    continue;
                }
                QString item = sourceCitationHtml(*source);
                if (!source->url.empty()) // the address in full, as the link's text
                    item += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(esc(source->url));
                if (!source->note.empty())
                    item += QStringLiteral("<br><span class=\"note\">%1</span>").arg(esc(source->note));
                m_html += QStringLiteral("<li>%1</li>").arg(item);
            }
            m_html += QStringLiteral("</ol>");
        }
        return m_html;
    }

private:
    const Catalogue& m_catalogue;
    std::map<std::string, int> m_numbers;
    std::vector<std::string> m_order;
    QString m_html;
};

void writePregnancy(DetailsWriter& w, const Point& point, bool pregnancyMode)
{
    const auto level = pregnancyLevel(point);
    if (!level) {
        if (pregnancyMode)
            w.raw(QStringLiteral("<table width=\"100%\" cellpadding=\"8\" class=\"none\"><tr><td>"
                                 "<b>Pregnancy: no caution known.</b> None of the sources in this catalogue "
                                 "warns against this point in pregnancy; that is not proof that it is safe. "
                                 "Ask your midwife or doctor before using acupressure.</td></tr></table>"));
        return;
    }
    const bool forbidden = *level == CautionLevel::Contraindicated;
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"8\" class=\"%1\"><tr><td>")
                       .arg(forbidden ? QStringLiteral("danger") : QStringLiteral("warn"));
    html += forbidden ? QStringLiteral("<b>\u26A0 Pregnancy: traditionally forbidden. Do not press this point "
                                       "if you are pregnant.</b>")
                      : QStringLiteral("<b>\u26A0 Pregnancy: take care. Ask a midwife or doctor before pressing "
                                       "this point in pregnancy.</b>");
    html += QStringLiteral("<ul>");
    for (const auto& caution : point.cautions) {
        if (caution.topic == CautionTopic::Pregnancy)
            html += QStringLiteral("<li>%1%2</li>").arg(esc(caution.text), w.cite(caution.sources));
    }
    html += QStringLiteral("</ul>");
    if (const Notice* notice = w.catalogue().findNotice("pregnancy"))
        html += QStringLiteral("<p class=\"note\">%1%2</p>").arg(esc(notice->text), w.cite(notice->sources));
    html += QStringLiteral("</td></tr></table>");
    w.raw(html);
}

void writeTitle(DetailsWriter& w, const Point& point)
{
    QString hanzi = esc(point.names.hanzi);
    if (!point.names.hanziTraditional.empty())
        hanzi += QStringLiteral(" (%1)").arg(esc(point.names.hanziTraditional));
    const QString title =
        QStringLiteral("<h2>%1 &nbsp;%2 %3</h2>").arg(esc(point.code), esc(point.names.pinyin), hanzi);
    w.raw(title);
    QStringList english;
    for (const auto& name : point.names.english)
        english.append(esc(name.text) + w.cite(name.sources));
    if (!english.isEmpty())
        w.raw(QStringLiteral("<p class=\"english\">%1</p>").arg(english.join(QStringLiteral(" &middot; "))));
}

void writeFacts(DetailsWriter& w, const Catalogue& catalogue, const Point& point)
{
    QStringList regions;
    for (const auto& id : point.regions) {
        const Region* region = catalogue.findRegion(id);
        regions.append(region ? esc(region->name) : esc(id));
    }
    const auto code = splitCode(point.code);
    const Channel* channel = code ? findChannel(code->prefix) : nullptr;
    QString facts = QStringLiteral("<p>");
    if (channel)
        facts += QStringLiteral("<b>Channel:</b> %1 (%2)<br>").arg(QString::fromUtf8(channel->name.data(),
                                                                                  qsizetype(channel->name.size())),
                                                                  esc(point.meridian));
    facts += QStringLiteral("<b>Region:</b> %1<br>").arg(regions.join(QStringLiteral(", ")));
    facts += point.laterality == Laterality::Midline
                 ? QStringLiteral("<b>On the midline:</b> one point")
                 : QStringLiteral("<b>Bilateral:</b> one point on each side of the body");
    facts += QStringLiteral("</p>");
    w.raw(facts);

    if (!point.aliases.empty()) {
        w.heading(QStringLiteral("Also labelled"));
        w.raw(QStringLiteral("<ul>"));
        for (const auto& alias : point.aliases) {
            QString item = QStringLiteral("<b>%1</b> &ndash; %2").arg(esc(alias.label), schemeText(alias.scheme));
            if (alias.ambiguous)
                item += QStringLiteral(" <i>(also names another point)</i>");
            if (!alias.note.empty())
                item += QStringLiteral(": ") + esc(alias.note);
            w.raw(QStringLiteral("<li>%1%2</li>").arg(item, w.cite(alias.sources)));
        }
        w.raw(QStringLiteral("</ul>"));
    }
}

void writePractice(DetailsWriter& w, const Point& point)
{
    w.claims(QStringLiteral("Location"), point.location);
    w.claims(QStringLiteral("How to find it"), point.finding);
    w.claims(QStringLiteral("Technique"), point.technique);
    if (!point.duration.empty() || !point.repetitions.empty() || !point.appliedBy.empty()) {
        w.heading(QStringLiteral("How long, how often, by whom"));
        w.raw(QStringLiteral("<ul>"));
        for (const auto& d : point.duration) {
            QString span = holdSpanText(d);
            if (!d.text.empty())
                span += QStringLiteral(" (%1)").arg(esc(d.text));
            w.raw(QStringLiteral("<li>Hold %1%2</li>").arg(span, w.cite(d.sources)));
        }
        for (const auto& r : point.repetitions) {
            QString text = QStringLiteral("Repeat %1 times").arg(repeatCountText(r));
            if (!r.text.empty())
                text += QStringLiteral(", ") + esc(r.text);
            w.raw(QStringLiteral("<li>%1%2</li>").arg(text, w.cite(r.sources)));
        }
        for (const auto& a : point.appliedBy) {
            QString text = a.who == Helper::Self ? QStringLiteral("You can press it yourself")
                                                 : QStringLiteral("Needs a helper or therapist");
            if (!a.text.empty())
                text += QStringLiteral(": ") + esc(a.text);
            w.raw(QStringLiteral("<li>%1%2</li>").arg(text, w.cite(a.sources)));
        }
        w.raw(QStringLiteral("</ul>"));
    }
    w.claims(QStringLiteral("Used for"), point.indications);
}

void writeCautionsAndNotes(DetailsWriter& w, const Point& point)
{
    std::vector<Claim> general;
    for (const auto& caution : point.cautions) {
        if (caution.topic == CautionTopic::General)
            general.push_back({caution.text, caution.sources});
    }
    w.claims(QStringLiteral("Cautions"), general);
    if (!point.disagreements.empty()) {
        w.heading(QStringLiteral("Where sources disagree"));
        w.raw(QStringLiteral("<ul>"));
        for (const auto& d : point.disagreements)
            w.raw(QStringLiteral("<li><b>%1:</b> %2%3</li>")
                      .arg(QString::fromUtf8(enumName(d.topic).data(), qsizetype(enumName(d.topic).size())),
                           esc(d.text), w.cite(d.sources)));
        w.raw(QStringLiteral("</ul>"));
    }
    if (!point.notes.empty()) {
        w.heading(QStringLiteral("Notes and corrections"));
        w.raw(QStringLiteral("<ul>"));
        for (const auto& n : point.notes)
            w.raw(QStringLiteral("<li>%1%2%3</li>")
                      .arg(n.kind == NoteKind::Correction ? QStringLiteral("<b>Correction:</b> ") : QString(),
                           esc(n.text), w.cite(n.sources)));
        w.raw(QStringLiteral("</ul>"));
    }
}

} // namespace

QString pointDetailsHtml(const Catalogue& catalogue, const Point& point, bool pregnancyMode)
{
    DetailsWriter w(catalogue);
    writePregnancy(w, point, pregnancyMode);
    writeTitle(w, point);
    writeFacts(w, catalogue, point);
    writePractice(w, point);
    writeCautionsAndNotes(w, point);
    return w.finish();
}

} // namespace acu
