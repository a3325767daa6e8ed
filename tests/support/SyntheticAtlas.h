#pragma once

// A made-up catalogue holding every point of the WHO channel table (361) and a few extra
// points, generated from the table in core/search/PointCode.h rather than stored: for tests
// that need every code to exist, and for benchmarks at the full atlas's size. Its names are
// invented (the bladder channel's pinyin excepted, taken from ChannelNotations), its texts
// placeholders; nothing in it is a fact about a point.

#include "core/search/ChannelNotations.h"
#include "core/search/PointCode.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>

namespace acu::test {

/// Extra points the synthetic atlas holds besides the channel points.
inline constexpr std::array<std::string_view, 6> kSyntheticExtraPoints{"EX-HN3", "EX-HN5", "EX-B2",
                                                                       "EX-B7",  "EX-B8",  "EX-UE7"};

/// A pinyin-like name, different for most points: two syllables picked by the point's place.
inline std::string syntheticPinyin(std::size_t index)
{
    static constexpr std::array<std::string_view, 16> kSyllables{"Bā",   "Chí",  "Dōng",  "Fēng", "Gǔ",   "Hǎi",
                                                                 "Jīng", "Kūn",  "Liáng", "Mén",  "Níng", "Qiū",
                                                                 "Shān", "Tiān", "Wěi",   "Xuě"};
    std::string name(kSyllables[index % kSyllables.size()]);
    const std::string_view second = kSyllables[(index / kSyllables.size() + 7 * index) % kSyllables.size()];
    // The second syllable in lower case: its first byte is an ASCII capital.
    name += static_cast<char>(second.front() - 'A' + 'a');
    name += second.substr(1);
    return name;
}

/// The catalogue as JSON: every channel point and kSyntheticExtraPoints, each on the
/// whole-body views "front" and (bilateral points) "back"; a close-up "hand" that no point
/// uses yet; every channel declared complete; every third point with pressing instructions.
inline nlohmann::json syntheticAtlasJson()
{
    using nlohmann::json;
    json points = json::array();
    std::size_t index = 0;
    const auto add = [&](const std::string& code, const std::string& meridian, bool midline, std::string pinyin) {
        const double y = 10.0 + static_cast<double>(index % 980);
        json positions = json::array();
        if (midline) {
            positions.push_back({{"view", "front"}, {"x", 200}, {"y", y}, {"side", "midline"}});
        } else {
            positions.push_back({{"view", "front"}, {"x", 150}, {"y", y}, {"side", "left"}});
            positions.push_back({{"view", "front"}, {"x", 250}, {"y", y}, {"side", "right"}});
            positions.push_back({{"view", "back"}, {"x", 150}, {"y", y}, {"side", "left"}});
            positions.push_back({{"view", "back"}, {"x", 250}, {"y", y}, {"side", "right"}});
        }
        json point = {{"code", code},
                      {"meridian", meridian},
                      {"names",
                       {{"pinyin", std::move(pinyin)},
                        {"hanzi", "穴"},
                        {"english", {{{"text", "Point " + code}, {"kind", "translation"}, {"sources", {"std"}}}}}}},
                      {"regions", {"body"}},
                      {"laterality", midline ? "midline" : "bilateral"},
                      {"location", {{{"text", "A made-up location."}, {"sources", {"std"}}}}},
                      {"positions", std::move(positions)}};
        if (index % 3 == 0) {
            point["technique"] = {{{"text", "Press gently."}, {"sources", {"std"}}}};
            point["duration"] = {{{"min", 60}, {"max", 120}, {"sources", {"std"}}}};
        }
        points.push_back(std::move(point));
        ++index;
    };
    json complete = json::array();
    for (const auto& channel : channels()) {
        const std::string prefix(channel.prefix);
        complete.push_back(prefix);
        const bool midline = prefix == "GV" || prefix == "CV";
        for (int number = 1; number <= channel.pointCount; ++number) {
            const std::string_view bladder = prefix == "BL" ? whoBladderName(number) : std::string_view();
            add(prefix + std::to_string(number), prefix, midline,
                bladder.empty() ? syntheticPinyin(index) : std::string(bladder));
        }
    }
    for (const auto code : kSyntheticExtraPoints)
        add(std::string(code), "EX", code == "EX-HN3" || code == "EX-B8", syntheticPinyin(index));

    return {{"format", 1},
            {"sources", {{{"id", "std"}, {"kind", "standard"}, {"title", "A made-up standard"}}}},
            {"regions", {{{"id", "body"}, {"name", "Body"}}}},
            {"views",
             {{{"id", "front"}, {"name", "Front"}, {"width", 400}, {"height", 1000}, {"wholeBody", true}},
              {{"id", "back"}, {"name", "Back"}, {"width", 400}, {"height", 1000}, {"wholeBody", true}},
              {{"id", "hand"}, {"name", "Right hand"}, {"width", 400}, {"height", 400}, {"sides", {"right"}}}}},
            {"notices",
             {{{"id", "medical"}, {"title", "Not medical advice"}, {"text", "See a doctor."}, {"sources", {"std"}}}}},
            {"completeChannels", std::move(complete)},
            {"points", std::move(points)}};
}

} // namespace acu::test
