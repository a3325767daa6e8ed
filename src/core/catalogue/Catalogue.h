#pragma once

#include "core/catalogue/ComplaintTypes.h"
#include "core/catalogue/PointTypes.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace acu {

/// Everything a catalogue file holds, in file order, before it has been validated.
struct CatalogueData {
    int format = 0;
    std::vector<Source> sources;
    std::vector<Region> regions;
    std::vector<View> views;
    std::vector<Notice> notices;
    std::vector<Point> points;
    std::vector<Complaint> complaints; ///< optional in the file: empty when absent
    /// WHO channel prefixes ("LU") the catalogue holds every point of; optional in the file.
    std::vector<std::string> completeChannels;

    friend bool operator==(const CatalogueData&, const CatalogueData&) = default;
};

/// A validated catalogue with look-ups by code and id. Immutable once built.
class Catalogue final {
public:
    Catalogue() = default;
    explicit Catalogue(CatalogueData data);

    /// Everything the catalogue holds, as read and validated.
    [[nodiscard]] const CatalogueData& data() const { return m_data; }
    [[nodiscard]] const std::vector<Point>& points() const { return m_data.points; }
    [[nodiscard]] const std::vector<Source>& sources() const { return m_data.sources; }
    [[nodiscard]] const std::vector<Region>& regions() const { return m_data.regions; }
    [[nodiscard]] const std::vector<View>& views() const { return m_data.views; }
    [[nodiscard]] const std::vector<Notice>& notices() const { return m_data.notices; }
    [[nodiscard]] const std::vector<Complaint>& complaints() const { return m_data.complaints; }
    /// The channels the catalogue declares complete (every point held), as in the file.
    [[nodiscard]] const std::vector<std::string>& completeChannels() const { return m_data.completeChannels; }

    /// The point with this exact WHO code ("BL52"), or nullptr.
    [[nodiscard]] const Point* findPoint(std::string_view code) const;
    [[nodiscard]] const Source* findSource(std::string_view id) const;
    [[nodiscard]] const Region* findRegion(std::string_view id) const;
    [[nodiscard]] const View* findView(std::string_view id) const;
    [[nodiscard]] const Notice* findNotice(std::string_view id) const;
    /// The complaint with this id ("sciatica"), or nullptr.
    [[nodiscard]] const Complaint* findComplaint(std::string_view id) const;

private:
    CatalogueData m_data;
    std::unordered_map<std::string, std::size_t> m_pointByCode;
};

} // namespace acu
