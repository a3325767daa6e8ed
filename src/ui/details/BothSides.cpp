#include "ui/details/BothSides.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace acu {

namespace {

// Lower-case phrases, matched anywhere in the lower-cased text. "In turn" is checked
// first: "then do the other side together" is still one after the other.
constexpr std::array<std::string_view, 9> kInTurn{"change hands",       "change sides",      "switch sides",
                                                  "other foot",         "other side",        "then the other",
                                                  "one side at a time", "each side in turn", "then do the other"};
constexpr std::array<std::string_view, 6> kTogether{"together",    "both hands",  "one hand for each side",
                                                    "both points", "both thumbs", "with the thumbs"};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

template <std::size_t N> bool containsAny(const std::string& text, const std::array<std::string_view, N>& phrases)
{
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view phrase) { return text.find(phrase) != std::string::npos; });
}

void add(std::vector<SidesStatement>& out, SidesOrder order, const SourceIds& sources)
{
    auto it = std::find_if(out.begin(), out.end(), [&](const SidesStatement& s) { return s.order == order; });
    if (it == out.end()) {
        out.push_back({order, {}});
        it = out.end() - 1;
    }
    for (const auto& id : sources) {
        if (std::find(it->sources.begin(), it->sources.end(), id) == it->sources.end())
            it->sources.push_back(id);
    }
}

} // namespace

std::optional<SidesOrder> sidesOrderInText(std::string_view text)
{
    const std::string folded = lower(text);
    if (containsAny(folded, kInTurn))
        return SidesOrder::InTurn;
    if (containsAny(folded, kTogether))
        return SidesOrder::Together;
    return std::nullopt;
}

std::vector<SidesStatement> sidesStatements(const Point& point)
{
    std::vector<SidesStatement> out;
    const auto read = [&](const std::string& text, const SourceIds& sources) {
        if (const auto order = sidesOrderInText(text))
            add(out, *order, sources);
    };
    for (const auto* claims : {&point.technique, &point.finding}) {
        for (const auto& claim : *claims)
            read(claim.text, claim.sources);
    }
    for (const auto& r : point.repetitions)
        read(r.text, r.sources);
    std::stable_sort(out.begin(), out.end(),
                     [](const SidesStatement& a, const SidesStatement& b) { return a.order < b.order; });
    return out;
}

} // namespace acu
