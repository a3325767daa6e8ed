#include "core/search/PointFilter.h"

#include "core/search/PointCode.h"

#include <algorithm>

namespace acu {

PointFilter::PointFilter(const QueryResolver* resolver)
    : m_resolver(resolver)
{
    markRegion();
}

void PointFilter::setResolver(const QueryResolver* resolver)
{
    m_resolver = resolver;
    markRegion();
    markComplaint();
    resolve();
}

bool PointFilter::setRegion(std::string region)
{
    if (region == m_region)
        return false;
    m_region = std::move(region);
    markRegion();
    return true;
}

bool PointFilter::setComplaint(std::string complaint)
{
    if (complaint == m_complaint)
        return false;
    m_complaint = std::move(complaint);
    markComplaint();
    return true;
}

void PointFilter::markComplaint()
{
    m_chosenComplaint = nullptr;
    m_complaintOrder.clear();
    if (!m_resolver || m_complaint.empty())
        return;
    const Catalogue& catalogue = m_resolver->catalogue();
    m_complaintOrder.assign(catalogue.points().size(), -1);
    m_chosenComplaint = catalogue.findComplaint(m_complaint);
    if (!m_chosenComplaint)
        return;
    for (std::size_t i = 0; i < m_chosenComplaint->points.size(); ++i) {
        const Point* point = catalogue.findPoint(m_chosenComplaint->points[i].code);
        if (const auto at = point ? indexOf(*point) : std::nullopt; at && m_complaintOrder[*at] < 0)
            m_complaintOrder[*at] = static_cast<int>(i);
    }
}

int PointFilter::complaintOrder(const Point& point) const
{
    const auto at = indexOf(point);
    return at && !m_complaintOrder.empty() ? m_complaintOrder[*at] : -1;
}

const ComplaintPoint* PointFilter::complaintLink(const Point& point) const
{
    const int order = complaintOrder(point);
    return order < 0 || !m_chosenComplaint ? nullptr : &m_chosenComplaint->points[static_cast<std::size_t>(order)];
}

bool PointFilter::setChannel(std::string channel)
{
    if (channel == m_channel)
        return false;
    m_channel = std::move(channel);
    return true;
}

int PointFilter::channelOrder(const Point& point) const
{
    if (m_channel.empty())
        return -1;
    const auto code = splitCode(point.code);
    return code && code->prefix == m_channel ? code->number : -1;
}

bool PointFilter::setText(std::string_view text)
{
    if (text == m_text)
        return false;
    m_text = std::string(text);
    m_hasText = m_text.find_first_not_of(" \t") != std::string::npos;
    resolve();
    return true;
}

bool PointFilter::setHideContraindicated(bool hide)
{
    if (hide == m_hideContraindicated)
        return false;
    m_hideContraindicated = hide;
    return true;
}

void PointFilter::markRegion()
{
    m_inRegion.clear();
    m_contraindicated.clear();
    if (!m_resolver)
        return;
    const auto& points = m_resolver->catalogue().points();
    m_inRegion.resize(points.size());
    m_contraindicated.resize(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        m_contraindicated[i] = pregnancyLevel(points[i]) == CautionLevel::Contraindicated;
        const auto& regions = points[i].regions;
        m_inRegion[i] = m_region.empty() || std::find(regions.begin(), regions.end(), m_region) != regions.end();
    }
}

void PointFilter::resolve()
{
    m_resolution = {};
    m_matchByPoint.clear();
    if (!m_hasText || !m_resolver)
        return;
    m_resolution = m_resolver->resolve(m_text, MatchMode::AsYouType);
    m_matchByPoint.assign(m_resolver->catalogue().points().size(), -1);
    for (std::size_t i = 0; i < m_resolution.matches.size(); ++i) {
        if (const auto at = indexOf(*m_resolution.matches[i].point))
            m_matchByPoint[*at] = static_cast<int>(i);
    }
}

std::optional<std::size_t> PointFilter::indexOf(const Point& point) const
{
    if (!m_resolver)
        return std::nullopt;
    const auto& points = m_resolver->catalogue().points();
    if (points.empty() || &point < points.data() || &point >= points.data() + points.size())
        return std::nullopt;
    return static_cast<std::size_t>(&point - points.data());
}

bool PointFilter::setOnlyWithInstructions(bool only)
{
    if (m_onlyWithInstructions == only)
        return false;
    m_onlyWithInstructions = only;
    return true;
}

bool PointFilter::accepts(const Point& point) const
{
    if (m_onlyWithInstructions && !hasPressingInstructions(point))
        return false;
    if (!m_channel.empty() && channelOrder(point) < 0)
        return false;
    const auto at = indexOf(point);
    if (!at) { // a point of another catalogue: judged without the index
        if (m_hideContraindicated && pregnancyLevel(point) == CautionLevel::Contraindicated)
            return false;
        return !m_hasText && m_complaint.empty() &&
               (m_region.empty() ||
                std::find(point.regions.begin(), point.regions.end(), m_region) != point.regions.end());
    }
    if (m_hideContraindicated && m_contraindicated[*at])
        return false;
    if (!m_complaint.empty() && m_complaintOrder[*at] < 0)
        return false;
    return m_inRegion[*at] && (!m_hasText || m_matchByPoint[*at] >= 0);
}

const QueryMatch* PointFilter::match(const Point& point) const
{
    const auto at = indexOf(point);
    if (!at || m_matchByPoint.empty() || m_matchByPoint[*at] < 0)
        return nullptr;
    return &m_resolution.matches[static_cast<std::size_t>(m_matchByPoint[*at])];
}

} // namespace acu
