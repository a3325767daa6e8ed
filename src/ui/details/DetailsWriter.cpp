#include "ui/details/DetailsWriter.h"

#include "ui/details/SourceCitation.h"

#include <QCoreApplication>

#include <algorithm>

namespace acu {

namespace {

/// Lists longer than this are written as paragraphs (see DetailsWriter::list).
constexpr qsizetype kLongList = 40;

bool isIdCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

} // namespace

DetailsWriter::DetailsWriter(const Catalogue& catalogue)
    : m_catalogue(catalogue)
{
    for (const auto& source : catalogue.sources())
        m_sourceIds.insert(source.id);
}

int DetailsWriter::number(const std::string& id)
{
    auto [it, inserted] = m_numbers.emplace(id, static_cast<int>(m_order.size()) + 1);
    if (inserted)
        m_order.push_back(id);
    return it->second;
}

QString DetailsWriter::cite(const SourceIds& ids)
{
    std::vector<int> numbers;
    numbers.reserve(ids.size());
    for (const auto& id : ids)
        numbers.push_back(number(id));
    if (numbers.empty())
        return {};
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList shown;
    for (int n : numbers)
        shown.append(QStringLiteral("<a href=\"#source-%1\">%1</a>").arg(n));
    return QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(shown.join(QStringLiteral(", ")));
}

QString DetailsWriter::claimText(const std::string& text)
{
    // Split into runs of id characters; a run that is a source id is replaced. Linear.
    QString out;
    std::string plain;
    std::size_t i = 0;
    const auto flush = [&] {
        if (!plain.empty())
            out += fieldHtml(plain);
        plain.clear();
    };
    while (i < text.size()) {
        if (!isIdCharacter(text[i])) {
            plain += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isIdCharacter(text[end]))
            ++end;
        const std::string word = text.substr(i, end - i);
        const Source* source = m_sourceIds.count(word) ? m_catalogue.findSource(word) : nullptr;
        if (source) {
            flush();
            out += QStringLiteral("<i>%1</i>%2").arg(fieldHtml(source->title), cite({word}));
        } else {
            plain += word;
        }
        i = end;
    }
    flush();
    return out;
}

void DetailsWriter::heading(const QString& title)
{
    m_html += QStringLiteral("<h3>%1</h3>").arg(title);
}

void DetailsWriter::list(const QStringList& items)
{
    if (items.isEmpty())
        return;
    if (items.size() <= kLongList) {
        m_html += QStringLiteral("<ul>");
        for (const auto& item : items)
            m_html += QStringLiteral("<li>%1</li>").arg(item);
        m_html += QStringLiteral("</ul>");
        return;
    }
    for (const auto& item : items)
        m_html += QStringLiteral("<p class=\"item\">\u2022 %1</p>").arg(item);
}

void DetailsWriter::claims(const QString& title, const std::vector<Claim>& claims)
{
    if (claims.empty())
        return;
    heading(title);
    QStringList items;
    for (const auto& claim : claims)
        items.append(claimText(claim.text) + cite(claim.sources));
    list(items);
}

QString DetailsWriter::finish()
{
    if (m_order.empty())
        return m_html;
    heading(QCoreApplication::translate("acu::PointDetails", "Sources"));
    // Numbered by hand, not with <ol>: the anchor sits with its number, and a long list
    // stays linear to lay out (see list()).
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const auto& id = m_order[i];
        const Source* source = m_catalogue.findSource(id);
        QString item = source ? sourceCitationHtml(*source) : fieldHtml(id);
        if (source && !source->url.empty()) // the address in full, as the link's text
            item += QStringLiteral("<br><a href=\"%1\">%2</a>")
                        .arg(QString::fromStdString(source->url).toHtmlEscaped(), fieldHtml(source->url));
        if (source && !source->note.empty())
            item += QStringLiteral("<br><span class=\"note\">%1</span>").arg(fieldHtml(source->note));
        m_html += QStringLiteral("<p class=\"source\"><a name=\"source-%1\"></a>%1. %2</p>").arg(i + 1).arg(item);
    }
    return m_html;
}

} // namespace acu
