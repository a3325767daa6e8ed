#pragma once

// WHO 2008 point codes: a channel prefix and a number (BL52), or an extra point (EX-HN3).

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace acu {

/// A channel of the WHO standard, or a group of extra points.
struct Channel {
    std::string_view prefix; // "BL", or "EX-HN" for an extra-point group
    int pointCount;          // numbers run from 1 to pointCount
    std::string_view name;   // "Bladder"
};

/// The 14 channels in WHO order: LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV.
[[nodiscard]] std::span<const Channel> channels();
/// The extra-point groups: EX-HN, EX-CA, EX-B, EX-UE, EX-LE.
[[nodiscard]] std::span<const Channel> extraGroups();
/// The channel or extra group with this prefix ("BL", "EX-HN"), or nullptr.
[[nodiscard]] const Channel* findChannel(std::string_view prefix);

struct PointCode {
    std::string prefix; // "BL" or "EX-HN"
    int number = 0;
    /// "BL" for BL52, "EX" for EX-HN3.
    [[nodiscard]] std::string meridian() const;
    [[nodiscard]] std::string toString() const { return prefix + std::to_string(number); }
};

/// Splits a code written exactly in WHO form: "BL52" -> {BL, 52}; "EX-HN3" -> {EX-HN, 3};
/// "bl52", "BL 52", "BL052" -> nullopt. Does not check the number's range.
[[nodiscard]] std::optional<PointCode> splitCode(std::string_view code);

/// Why a code cannot exist, in words, or nullopt when it is a valid WHO code.
/// "BL99" -> "BL99 cannot exist: the Bladder channel (BL) has 67 points".
[[nodiscard]] std::optional<std::string> codeProblem(std::string_view code);

} // namespace acu
