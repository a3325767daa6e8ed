#include "core/commands/LookupCommand.h"

#include "core/catalogue/EnumNames.h"
#include "core/search/QueryResolver.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace acu {

namespace {

nlohmann::json pregnancyJson(const Point* point)
{
    if (!point)
        return {{"level", "none"}, {"text", "Not in this catalogue: no pregnancy status is recorded here."}};
    const auto level = pregnancyLevel(*point);
    std::string text;
    for (const auto& caution : point->cautions) {
        if (caution.topic != CautionTopic::Pregnancy)
            continue;
        if (!text.empty())
            text += " ";
        text += caution.text;
    }
    if (!level)
        return {{"level", "none"}, {"text", "No source in this catalogue gives a pregnancy caution for this point."}};
    return {{"level", std::string(enumName(*level))}, {"text", text}};
}

nlohmann::json matchJson(const QueryMatch& match)
{
    return {{"code", match.code},
            {"name", match.name},
            {"reason", match.reason},
            {"inCatalogue", match.point != nullptr},
            {"pregnancy", pregnancyJson(match.point)}};
}

} // namespace

int runLookupCommand(const Catalogue& catalogue, std::string_view query, LookupFormat format, std::ostream& out,
                     std::ostream& err)
{
    const QueryResolver resolver(catalogue);
    // The search field's reading, so that --lookup and the window give the same answers.
    const Resolution resolution = resolver.resolve(query, MatchMode::AsYouType);
    if (resolution.matches.empty()) {
        err << resolution.problem << '\n';
        if (!resolution.suggestion.empty())
            err << "nearest: " << resolution.suggestion << '\n';
        return 1;
    }
    if (format == LookupFormat::Json) {
        auto array = nlohmann::json::array();
        for (const auto& match : resolution.matches)
            array.push_back(matchJson(match));
        for (const auto& match : resolution.elsewhere)
            array.push_back(matchJson(match));
        out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return 0;
    }
    for (const auto* list : {&resolution.matches, &resolution.elsewhere}) {
        for (const auto& match : *list)
            out << match.code << '\t' << match.name << '\t' << match.reason << '\n';
    }
    return 0;
}

} // namespace acu
