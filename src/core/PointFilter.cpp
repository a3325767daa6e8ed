#include "PointFilter.h"

#include <algorithm>

namespace acu {

PointFilter::PointFilter(const QueryResolver* resolver)
    : m_resolver(resolver)
{
}

void PointFilter::setResolver(const QueryResolver* resolver)
{
    m_resolver = resolver;
    resolve();
}

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
    resolve();
    return true;
}

void PointFilter::resolve()
{
    m_resolution = {};
    m_matchByPoint.clear();
    if (!hasText() || !m_resolver)
        return;
    m_resolution = m_resolver->resolve(m_text, MatchMode::AsYouType);
    for (std::size_t i = 0; i < m_resolution.matches.size(); ++i)
        m_matchByPoint.emplace(m_resolution.matches[i].point, i);
}

bool PointFilter::accepts(const Point& point) const
{
    if (!m_region.empty() && std::find(point.regions.begin(), point.regions.end(), m_region) == point.regions.end())
        return false;
    return !hasText() || match(point) != nullptr;
}

const QueryMatch* PointFilter::match(const Point& point) const
{
    const auto it = m_matchByPoint.find(&point);
    return it == m_matchByPoint.end() ? nullptr : &m_resolution.matches[it->second];
}

} // namespace acu
