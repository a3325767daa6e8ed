#include "core/catalogue/CatalogueReader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/EnumNames.h"
#include "core/catalogue/TextRules.h"
#include "core/reading/JsonObjectReader.h"
#include "core/reading/JsonText.h"

#include <cmath>
#include <future>
#include <iterator>
#include <sstream>
#include <system_error>
#include <utility>

namespace acu {

namespace {

using reading::Json;
using reading::kMayBeEmpty;
using reading::kNonEmpty;
using reading::kOptional;
using reading::kRequired;
using reading::ObjectReader;
using reading::readList;
using reading::typeName;

constexpr reading::DocumentWords kCatalogueWords{"catalogue", 6};

void readClaim(ObjectReader& r, Claim& claim)
{
    claim.text = r.text("text", kRequired, TextField::Paragraph);
    claim.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readSource(ObjectReader& r, Source& source)
{
    source.id = r.text("id", kRequired, TextField::CodeLabel);
    source.kind = r.enumeration("kind", SourceKind::Article);
    source.title = r.text("title", kRequired, TextField::Line);
    source.author = r.text("author", kOptional, TextField::Line);
    source.site = r.text("site", kOptional, TextField::Line);
    source.date = r.text("date", kOptional, TextField::Line);
    source.url = r.string("url", kOptional); // checked by the validator: urlProblem
    source.note = r.text("note", kOptional, TextField::Paragraph);
}

void readRegion(ObjectReader& r, Region& region)
{
    region.id = r.text("id", kRequired, TextField::CodeLabel);
    region.name = r.text("name", kRequired, TextField::Line);
}

/// A number as a person writes it: 400, 1.5, 1e+308.
std::string shortNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

/// The optional "sides" of a view: which of the body's sides its drawing shows.
void readViewSides(ObjectReader& r, View& view)
{
    r.array("sides", kOptional, kNonEmpty, [&](const Json& element, const std::string& pointer) {
        if (!element.is_string()) {
            r.error(pointer, "must be one of " + enumNames<Side>() + ", found " + typeName(element));
            return;
        }
        const auto& word = element.get_ref<const std::string&>();
        const auto side = parseEnum<Side>(word);
        if (!side)
            r.error(pointer, "\"" + word + "\" is not one of " + enumNames<Side>());
        else if (std::find(view.sides.begin(), view.sides.end(), *side) != view.sides.end())
            r.error(pointer, "lists side \"" + std::string(enumName(*side)) + "\" twice");
        else
            view.sides.push_back(*side);
    });
}

void readView(ObjectReader& r, View& view)
{
    view.id = r.text("id", kRequired, TextField::CodeLabel);
    view.name = r.text("name", kRequired, TextField::Line);
    const auto readSize = [&r](const char* key) {
        const auto size = r.number(key, kRequired);
        if (size && *size <= 0)
            r.error(r.pointer() + "/" + key, "must be greater than 0");
        else if (size && *size > limits::kMaxViewSize)
            r.error(r.pointer() + "/" + key, "is " + shortNumber(*size) + " units; a view may be at most " +
                                                 shortNumber(limits::kMaxViewSize) + " units");
        return size.value_or(0);
    };
    view.width = readSize("width");
    view.height = readSize("height");
    readViewSides(r, view);
    view.wholeBody = r.boolean("wholeBody");
}

void readNotice(ObjectReader& r, Notice& notice)
{
    notice.id = r.text("id", kRequired, TextField::CodeLabel);
    notice.title = r.text("title", kRequired, TextField::Line);
    notice.text = r.text("text", kRequired, TextField::Paragraph);
    notice.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readNames(const Json& value, const std::string& pointer, Names& names, CatalogueErrors& errors)
{
    ObjectReader r(value, pointer, errors);
    names.pinyin = r.text("pinyin", kRequired, TextField::Pinyin);
    names.hanzi = r.text("hanzi", kRequired, TextField::Hanzi);
    names.hanziTraditional = r.text("hanziTraditional", kOptional, TextField::Hanzi);
    readList(r, "english", kOptional, kMayBeEmpty, names.english, errors, [](ObjectReader& e, EnglishName& name) {
        name.text = e.text("text", kRequired, TextField::Name);
        name.kind = e.enumeration("kind", EnglishNameKind::Translation);
        name.sources = e.strings("sources", kRequired, kNonEmpty);
    });
    r.rejectUnknownFields();
}

/// Reads a range of whole numbers no smaller than lowest: "min" required, "max" optional
/// (absent: no upper bound).
void readRange(ObjectReader& r, int lowest, int& min, std::optional<int>& max)
{
    const auto readBound = [&](const char* key, bool required) -> std::optional<int> {
        const auto value = r.integer(key, required);
        if (!value)
            return required ? std::optional<int>(lowest) : std::nullopt;
        if (*value < lowest) {
            r.error(r.pointer() + "/" + key,
                    "must be at least " + std::to_string(lowest) + ", found " + std::to_string(*value));
            return lowest;
        }
        return static_cast<int>(*value);
    };
    min = *readBound("min", kRequired);
    max = readBound("max", kOptional);
}

void readPoint(ObjectReader& r, Point& point, CatalogueErrors& errors)
{
    point.code = r.text("code", kRequired, TextField::CodeLabel);
    point.meridian = r.text("meridian", kRequired, TextField::CodeLabel);
    r.object("names", kRequired,
             [&](const Json& value, const std::string& pointer) { readNames(value, pointer, point.names, errors); });
    readList(r, "aliases", kOptional, kMayBeEmpty, point.aliases, errors, [](ObjectReader& a, Alias& alias) {
        alias.label = a.string("label", kRequired);
        alias.scheme = a.enumeration("scheme", AliasScheme::Who);
        a.checkText("label", alias.label, aliasLabelField(alias.scheme));
        alias.sources = a.strings("sources", kOptional, kMayBeEmpty);
        alias.ambiguous = a.boolean("ambiguous");
        alias.note = a.text("note", kOptional, TextField::Paragraph);
    });
    point.regions = r.strings("regions", kRequired, kNonEmpty);
    point.laterality = r.enumeration("laterality", Laterality::Bilateral);
    readList(r, "location", kRequired, kNonEmpty, point.location, errors, readClaim);
    readList(r, "finding", kOptional, kMayBeEmpty, point.finding, errors, readClaim);
    readList(r, "technique", kOptional, kMayBeEmpty, point.technique, errors, readClaim);
    readList(r, "duration", kOptional, kMayBeEmpty, point.duration, errors, [](ObjectReader& d, Duration& duration) {
        readRange(d, 0, duration.min, duration.max);
        duration.text = d.text("text", kOptional, TextField::Line);
        duration.sources = d.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "repetitions", kOptional, kMayBeEmpty, point.repetitions, errors,
             [](ObjectReader& d, Repetitions& repetitions) {
                 readRange(d, 1, repetitions.min, repetitions.max);
                 repetitions.text = d.text("text", kOptional, TextField::Line);
                 repetitions.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "appliedBy", kOptional, kMayBeEmpty, point.appliedBy, errors, [](ObjectReader& a, AppliedBy& by) {
        by.who = a.enumeration("who", Helper::Self);
        by.text = a.text("text", kOptional, TextField::Line);
        by.sources = a.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "indications", kOptional, kMayBeEmpty, point.indications, errors, readClaim);
    readList(r, "cautions", kOptional, kMayBeEmpty, point.cautions, errors, [](ObjectReader& c, Caution& caution) {
        caution.topic = c.enumeration("topic", CautionTopic::General);
        caution.level = c.enumeration("level", CautionLevel::Caution);
        caution.text = c.text("text", kRequired, TextField::Paragraph);
        caution.sources = c.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "disagreements", kOptional, kMayBeEmpty, point.disagreements, errors,
             [](ObjectReader& d, Disagreement& disagreement) {
                 disagreement.topic = d.enumeration("topic", DisagreementTopic::Location);
                 disagreement.text = d.text("text", kRequired, TextField::Paragraph);
                 disagreement.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "notes", kOptional, kMayBeEmpty, point.notes, errors, [](ObjectReader& n, Note& note) {
        note.kind = n.enumeration("kind", NoteKind::Remark);
        note.text = n.text("text", kRequired, TextField::Paragraph);
        note.sources = n.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "positions", kRequired, kNonEmpty, point.positions, errors, [](ObjectReader& p, Position& position) {
        position.view = p.text("view", kRequired, TextField::CodeLabel);
        position.x = p.number("x", kRequired).value_or(0);
        position.y = p.number("y", kRequired).value_or(0);
        position.side = p.enumeration("side", Side::Midline);
    });
}

/// A complaint and its point links. An empty sources list is left to the validator, which
/// says that the link is uncited.
void readComplaint(ObjectReader& r, Complaint& complaint, CatalogueErrors& errors)
{
    complaint.id = r.string("id", kRequired);
    complaint.name = r.string("name", kRequired);
    complaint.synonyms = r.strings("synonyms", kOptional, kMayBeEmpty);
    readList(r, "points", kRequired, kNonEmpty, complaint.points, errors, [](ObjectReader& p, ComplaintPoint& link) {
        link.code = p.string("code", kRequired);
        link.sources = p.strings("sources", kRequired, kMayBeEmpty);
    });
}

/// From this many points on, the second half of the list is read on a thread of its own.
constexpr std::size_t kPointsReadInHalves = 64;

/// Reads the points list. A long one is read in two halves at once: its points are a third
/// of loading the whole atlas, and while the app loads its catalogue its other core is idle
/// once the fonts are loaded. Points and errors come out in document order either way.
void readPoints(ObjectReader& r, std::vector<Point>& points, CatalogueErrors& errors)
{
    std::vector<std::pair<const Json*, std::string>> elements; // each point's value and JSON pointer
    r.array("points", kRequired, kMayBeEmpty,
            [&elements](const Json& element, const std::string& pointer) { elements.emplace_back(&element, pointer); });
    const auto readRange = [&elements](std::size_t begin, std::size_t end, std::vector<Point>& out,
                                       CatalogueErrors& outErrors) {
        out.reserve(out.size() + (end - begin));
        for (std::size_t i = begin; i < end; ++i) {
            ObjectReader reader(*elements[i].first, elements[i].second, outErrors);
            Point point{};
            readPoint(reader, point, outErrors);
            reader.rejectUnknownFields();
            out.push_back(std::move(point));
        }
    };
    std::size_t half = elements.size() >= kPointsReadInHalves ? elements.size() / 2 : elements.size();
    std::vector<Point> secondHalf;
    CatalogueErrors secondErrors;
    std::future<void> second; // declared last: destroyed first, it waits for the thread
    if (half < elements.size()) {
        try {
            second = std::async(std::launch::async, readRange, half, elements.size(), std::ref(secondHalf),
                                std::ref(secondErrors));
        } catch (const std::system_error&) { // no thread to be had: read it all here
            half = elements.size();
        }
    }
    readRange(0, half, points, errors);
    if (!second.valid())
        return;
    second.get(); // rethrows what the thread threw
    std::move(secondHalf.begin(), secondHalf.end(), std::back_inserter(points));
    std::move(secondErrors.begin(), secondErrors.end(), std::back_inserter(errors));
}

void readDocument(const Json& root, ReadResult& result)
{
    CatalogueErrors& errors = result.errors;
    CatalogueData& data = result.data;
    ObjectReader r(root, "", errors);
    if (!r.isObject())
        return;
    r.string("$schema", kOptional);
    if (const auto format = r.integer("format", kRequired)) {
        data.format = static_cast<int>(*format);
        if (data.format != 1)
            r.error("/format", "this app reads format 1, found " + std::to_string(data.format));
    }
    readList(r, "sources", kRequired, kNonEmpty, data.sources, errors, readSource);
    readList(r, "regions", kRequired, kNonEmpty, data.regions, errors, readRegion);
    readList(r, "views", kRequired, kNonEmpty, data.views, errors, readView);
    readList(r, "notices", kRequired, kMayBeEmpty, data.notices, errors, readNotice);
    readPoints(r, data.points, errors);
    readList(r, "complaints", kOptional, kMayBeEmpty, data.complaints, errors,
             [&errors](ObjectReader& c, Complaint& complaint) { readComplaint(c, complaint, errors); });
    data.completeChannels = r.strings("completeChannels", kOptional, kMayBeEmpty);
    if (data.points.size() > limits::kMaxPoints)
        r.error("/points", "holds " + std::to_string(data.points.size()) + " points; the limit is " +
                               std::to_string(limits::kMaxPoints));
    r.rejectUnknownFields();
}

} // namespace

ReadResult readCatalogueJson(std::string_view text)
{
    ReadResult result;
    reading::readGuarded(kCatalogueWords, result.errors, [&] {
        if (const auto root = reading::parseJsonText(text, kCatalogueWords, result.errors))
            readDocument(*root, result);
    });
    return result;
}

} // namespace acu
