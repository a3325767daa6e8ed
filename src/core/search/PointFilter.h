#pragma once

#include "core/search/QueryResolver.h"

#include <string>
#include <string_view>
#include <optional>
#include <vector>

namespace acu {

/// What the point list shows: a region (empty for all) and the typed search text, read by
/// a QueryResolver as you type. A plain value; setters return whether anything changed, so
/// that a proxy model re-filters only when it must.
class PointFilter final {
public:
    /// resolver may be null: then any text matches nothing.
    explicit PointFilter(const QueryResolver* resolver = nullptr);

    void setResolver(const QueryResolver* resolver);
    /// Region id, or "" for every region.
    bool setRegion(std::string region);
    /// Complaint id ("sciatica"), or "" for no complaint filter. Unknown ids show nothing.
    bool setComplaint(std::string complaint);
    [[nodiscard]] const std::string& complaint() const { return m_complaint; }
    /// The chosen complaint, or nullptr (none chosen, or an id the catalogue does not have).
    [[nodiscard]] const Complaint* chosenComplaint() const { return m_chosenComplaint; }
    /// The point's link to the chosen complaint, or nullptr (no complaint chosen, or not its point).
    [[nodiscard]] const ComplaintPoint* complaintLink(const Point& point) const;
    /// The point's place in the chosen complaint's list (best supported first), or -1.
    [[nodiscard]] int complaintOrder(const Point& point) const;
    /// Channel prefix ("ST"), or "" for every channel: only that channel's points pass.
    bool setChannel(std::string channel);
    [[nodiscard]] const std::string& channel() const { return m_channel; }
    /// The point's number in the chosen channel (ST36 -> 36), or -1 when no channel is
    /// chosen or the point is not on it.
    [[nodiscard]] int channelOrder(const Point& point) const;
    bool setText(std::string_view text);
    /// Hides the points that traditional teaching forbids in pregnancy.
    bool setHideContraindicated(bool hide);
    [[nodiscard]] bool hidesContraindicated() const { return m_hideContraindicated; }
    /// Shows only the points a source gives pressing instructions for (hasPressingInstructions).
    bool setOnlyWithInstructions(bool only);
    [[nodiscard]] bool onlyWithInstructions() const { return m_onlyWithInstructions; }

    [[nodiscard]] const std::string& region() const { return m_region; }
    [[nodiscard]] const std::string& text() const { return m_text; }
    /// True when the text has something besides spaces.
    [[nodiscard]] bool hasText() const { return m_hasText; }

    /// In the region, the channel and the complaint, not hidden as contraindicated, with pressing
    /// instructions when only those are asked for, and, when there is text, one of its readings.
    [[nodiscard]] bool accepts(const Point& point) const;
    /// The reading that made the text match this point, or nullptr.
    [[nodiscard]] const QueryMatch* match(const Point& point) const;
    /// Everything the resolver said about the text.
    [[nodiscard]] const Resolution& resolution() const { return m_resolution; }

private:
    void resolve();
    void markRegion();
    void markComplaint();
    /// The point's position in the resolver's catalogue, or nullopt for a foreign point.
    [[nodiscard]] std::optional<std::size_t> indexOf(const Point& point) const;

    const QueryResolver* m_resolver = nullptr;
    std::string m_region;
    std::string m_text;
    bool m_hasText = false;
    bool m_hideContraindicated = false;
    bool m_onlyWithInstructions = false;
    Resolution m_resolution;
    // Per catalogue point, so that accepting a row costs two array reads.
    std::vector<int> m_matchByPoint;  ///< index into m_resolution.matches, or -1
    std::vector<char> m_inRegion;     ///< 1 when the point lies in m_region
    std::vector<char> m_contraindicated; ///< 1 when the point is contraindicated in pregnancy
    std::string m_channel;
    std::string m_complaint;
    const Complaint* m_chosenComplaint = nullptr;
    std::vector<int> m_complaintOrder; ///< per point: index into the complaint's points, or -1
};

} // namespace acu
