#include "PointFilter.h"

#include "CatalogueValidator.h"

#include <algorithm>

namespace acu {

namespace {

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return lowerAscii(haystack).find(needle) != std::string::npos;
}

} // namespace

bool PointFilter::setRegion(std::string region)
{
    if (region == m_region)
        return false;
    m_region = std::move(region);
    return true;
}

bool PointFilter::setText(std::string_view text)
{
    if (text == m_text)
        return false;
    m_text = std::string(text);
    m_key = labelKey(text);
    const auto first = m_text.find_first_not_of(" \t");
    const auto last = m_text.find_last_not_of(" \t");
    m_lower = first == std::string::npos ? std::string() : lowerAscii(m_text.substr(first, last - first + 1));
    return true;
}

bool PointFilter::accepts(const Point& point) const
{
    if (!m_region.empty() && std::find(point.regions.begin(), point.regions.end(), m_region) == point.regions.end())
        return false;
    return m_key.empty() || matchesText(point);
}

bool PointFilter::matchesText(const Point& point) const
{
    if (labelKey(point.code).starts_with(m_key))
        return true;
    for (const auto& alias : point.aliases) {
        if (labelKey(alias.label).starts_with(m_key))
            return true;
    }
    if (contains(point.names.pinyin, m_lower) || point.names.hanzi.find(m_text) != std::string::npos)
        return true;
    return std::any_of(point.names.english.begin(), point.names.english.end(),
                       [this](const EnglishName& name) { return contains(name.text, m_lower); });
}

const Point* findBestMatch(const std::vector<Point>& points, std::string_view query)
{
    const std::string key = labelKey(query);
    if (key.empty())
        return nullptr;
    const auto find = [&points](auto&& predicate) -> const Point* {
        const auto it = std::find_if(points.begin(), points.end(), predicate);
        return it == points.end() ? nullptr : &*it;
    };
    if (const Point* byCode = find([&](const Point& p) { return labelKey(p.code) == key; }))
        return byCode;
    if (const Point* byAlias = find([&](const Point& p) {
            return std::any_of(p.aliases.begin(), p.aliases.end(),
                               [&](const Alias& a) { return labelKey(a.label) == key; });
        }))
        return byAlias;
    const std::string lower = lowerAscii(query);
    if (const Point* byName = find([&](const Point& p) {
            return lowerAscii(p.names.pinyin) == lower || p.names.hanzi == query ||
                   std::any_of(p.names.english.begin(), p.names.english.end(),
                               [&](const EnglishName& n) { return lowerAscii(n.text) == lower; });
        }))
        return byName;
    PointFilter filter;
    filter.setText(query);
    return find([&filter](const Point& p) { return filter.accepts(p); });
}

} // namespace acu
