#include "core/search/PointCode.h"

#include <array>
#include <charconv>

namespace acu {

namespace {

constexpr std::array<Channel, 14> kChannels{{
    {"LU", 11, "Lung"},
    {"LI", 20, "Large Intestine"},
    {"ST", 45, "Stomach"},
    {"SP", 21, "Spleen"},
    {"HT", 9, "Heart"},
    {"SI", 19, "Small Intestine"},
    {"BL", 67, "Bladder"},
    {"KI", 27, "Kidney"},
    {"PC", 9, "Pericardium"},
    {"TE", 23, "Triple Energizer"},
    {"GB", 44, "Gallbladder"},
    {"LR", 14, "Liver"},
    {"GV", 28, "Governor Vessel"},
    {"CV", 24, "Conception Vessel"},
}};

constexpr std::array<Channel, 5> kExtraGroups{{
    {"EX-HN", 15, "extra points of the head and neck"},
    {"EX-CA", 1, "extra points of the chest and abdomen"},
    {"EX-B", 9, "extra points of the back"},
    {"EX-UE", 11, "extra points of the upper limbs"},
    {"EX-LE", 12, "extra points of the lower limbs"},
}};

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

std::span<const Channel> channels() { return kChannels; }
std::span<const Channel> extraGroups() { return kExtraGroups; }

const Channel* findChannel(std::string_view prefix)
{
    for (const auto& channel : kChannels) {
        if (channel.prefix == prefix)
            return &channel;
    }
    for (const auto& group : kExtraGroups) {
        if (group.prefix == prefix)
            return &group;
    }
    return nullptr;
}

std::string PointCode::meridian() const
{
    return prefix.starts_with("EX-") ? std::string("EX") : prefix;
}

std::optional<PointCode> splitCode(std::string_view code)
{
    std::size_t digits = code.size();
    while (digits > 0 && isDigit(code[digits - 1]))
        --digits;
    const std::string_view prefix = code.substr(0, digits);
    const std::string_view number = code.substr(digits);
    if (prefix.empty() || number.empty() || number.size() > 3 || number.front() == '0')
        return std::nullopt;

    const bool extra = prefix.starts_with("EX-");
    const std::string_view letters = extra ? prefix.substr(3) : prefix;
    if (letters.empty() || letters.size() > 2)
        return std::nullopt;
    for (char c : letters) {
        if (!isUpper(c))
            return std::nullopt;
    }
    PointCode result;
    result.prefix = std::string(prefix);
    std::from_chars(number.data(), number.data() + number.size(), result.number);
    return result;
}

std::optional<std::string> codeProblem(std::string_view code)
{
    const std::string shown(code);
    const auto split = splitCode(code);
    if (!split)
        return "\"" + shown + "\" is not a WHO code: write the channel prefix and the number without "
               "a space or leading zero, such as BL52 or EX-HN3";
    const Channel* channel = findChannel(split->prefix);
    if (!channel)
        return shown + " is not a WHO code: there is no channel or extra-point group \"" + split->prefix + "\"";
    if (split->number > channel->pointCount) {
        const bool extra = split->prefix.starts_with("EX-");
        return shown + " cannot exist: " +
               (extra ? "the " + std::string(channel->name) + " (" + split->prefix + ") number 1 to "
                      : "the " + std::string(channel->name) + " channel (" + split->prefix + ") has ") +
               std::to_string(channel->pointCount) + (extra ? "" : " points");
    }
    return std::nullopt;
}

} // namespace acu
