#pragma once

#include "PointTypes.h"

#include <string>
#include <string_view>

namespace acu {

/// What the point list shows: a region (empty for all) and a text typed by the user.
/// A plain value; setters return whether anything changed, so that a proxy model
/// re-filters only when it must.
class PointFilter final {
public:
    /// Region id, or "" for every region.
    bool setRegion(std::string region);
    /// The typed text; case, spaces, hyphens and dots are ignored.
    bool setText(std::string_view text);

    [[nodiscard]] const std::string& region() const { return m_region; }
    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_region.empty() && m_key.empty(); }

    /// True when the point lies in the region and the text is a prefix of its code or an
    /// alias, or appears in one of its names.
    [[nodiscard]] bool accepts(const Point& point) const;

private:
    [[nodiscard]] bool matchesText(const Point& point) const;

    std::string m_region;
    std::string m_text;
    std::string m_key; // m_text as labelKey() folds it
    std::string m_lower; // m_text in lower case, for names
};

/// The point a query most plausibly means: an exact code ("bl52"), then an exact alias
/// ("B47"), then an exact name, then the first point the filter text accepts. nullptr when
/// nothing matches.
[[nodiscard]] const Point* findBestMatch(const std::vector<Point>& points, std::string_view query);

} // namespace acu
