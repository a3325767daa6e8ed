#include "core/catalogue/CatalogueReader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/reading/JsonObjectReader.h"
#include "core/reading/JsonText.h"

namespace acu {

namespace {

using reading::Json;
using reading::kMayBeEmpty;
using reading::kNonEmpty;
using reading::kOptional;
using reading::kRequired;
using reading::ObjectReader;
using reading::readList;

const reading::DocumentWords kCatalogueWords{"catalogue", 6};

void readClaim(ObjectReader& r, Claim& claim)
{
    claim.text = r.string("text", kRequired);
    claim.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readSource(ObjectReader& r, Source& source)
{
    source.id = r.string("id", kRequired);
    source.kind = r.enumeration("kind", SourceKind::Article);
    source.title = r.string("title", kRequired);
    source.author = r.string("author", kOptional);
    source.site = r.string("site", kOptional);
    source.date = r.string("date", kOptional);
    source.url = r.string("url", kOptional);
    source.note = r.string("note", kOptional);
}

void readRegion(ObjectReader& r, Region& region)
{
    region.id = r.string("id", kRequired);
    region.name = r.string("name", kRequired);
}

void readView(ObjectReader& r, View& view)
{
    view.id = r.string("id", kRequired);
    view.name = r.string("name", kRequired);
    const auto readSize = [&r](const char* key) {
        const auto size = r.number(key, kRequired);
        if (size && *size <= 0)
            r.error(r.pointer() + "/" + key, "must be greater than 0");
        return size.value_or(0);
    };
    view.width = readSize("width");
    view.height = readSize("height");
}

void readNotice(ObjectReader& r, Notice& notice)
{
    notice.id = r.string("id", kRequired);
    notice.title = r.string("title", kRequired);
    notice.text = r.string("text", kRequired);
    notice.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readNames(const Json& value, const std::string& pointer, Names& names, CatalogueErrors& errors)
{
    ObjectReader r(value, pointer, errors);
    names.pinyin = r.string("pinyin", kRequired);
    names.hanzi = r.string("hanzi", kRequired);
    names.hanziTraditional = r.string("hanziTraditional", kOptional);
    readList(r, "english", kOptional, kMayBeEmpty, names.english, errors, [](ObjectReader& e, EnglishName& name) {
        name.text = e.string("text", kRequired);
        name.kind = e.enumeration("kind", EnglishNameKind::Translation);
        name.sources = e.strings("sources", kRequired, kNonEmpty);
    });
    r.rejectUnknownFields();
}

/// Reads a {min, max} pair of whole numbers no smaller than lowest.
void readRange(ObjectReader& r, int lowest, int& min, int& max)
{
    const auto readBound = [&](const char* key) {
        const auto value = r.integer(key, kRequired);
        if (value && *value < lowest)
            r.error(r.pointer() + "/" + key,
                    "must be at least " + std::to_string(lowest) + ", found " + std::to_string(*value));
        return static_cast<int>(value.value_or(lowest));
    };
    min = readBound("min");
    max = readBound("max");
}

void readPoint(ObjectReader& r, Point& point, CatalogueErrors& errors)
{
    point.code = r.string("code", kRequired);
    point.meridian = r.string("meridian", kRequired);
    r.object("names", kRequired,
             [&](const Json& value, const std::string& pointer) { readNames(value, pointer, point.names, errors); });
    readList(r, "aliases", kOptional, kMayBeEmpty, point.aliases, errors, [](ObjectReader& a, Alias& alias) {
        alias.label = a.string("label", kRequired);
        alias.scheme = a.enumeration("scheme", AliasScheme::Who);
        alias.sources = a.strings("sources", kOptional, kMayBeEmpty);
        alias.ambiguous = a.boolean("ambiguous");
        alias.note = a.string("note", kOptional);
    });
    point.regions = r.strings("regions", kRequired, kNonEmpty);
    point.laterality = r.enumeration("laterality", Laterality::Bilateral);
    readList(r, "location", kRequired, kNonEmpty, point.location, errors, readClaim);
    readList(r, "finding", kOptional, kMayBeEmpty, point.finding, errors, readClaim);
    readList(r, "technique", kOptional, kMayBeEmpty, point.technique, errors, readClaim);
    readList(r, "duration", kOptional, kMayBeEmpty, point.duration, errors, [](ObjectReader& d, Duration& duration) {
        readRange(d, 0, duration.min, duration.max);
        duration.text = d.string("text", kOptional);
        duration.sources = d.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "repetitions", kOptional, kMayBeEmpty, point.repetitions, errors,
             [](ObjectReader& d, Repetitions& repetitions) {
                 readRange(d, 1, repetitions.min, repetitions.max);
                 repetitions.text = d.string("text", kOptional);
                 repetitions.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "appliedBy", kOptional, kMayBeEmpty, point.appliedBy, errors, [](ObjectReader& a, AppliedBy& by) {
        by.who = a.enumeration("who", Helper::Self);
        by.text = a.string("text", kOptional);
        by.sources = a.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "indications", kOptional, kMayBeEmpty, point.indications, errors, readClaim);
    readList(r, "cautions", kOptional, kMayBeEmpty, point.cautions, errors, [](ObjectReader& c, Caution& caution) {
        caution.topic = c.enumeration("topic", CautionTopic::General);
        caution.level = c.enumeration("level", CautionLevel::Caution);
        caution.text = c.string("text", kRequired);
        caution.sources = c.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "disagreements", kOptional, kMayBeEmpty, point.disagreements, errors,
             [](ObjectReader& d, Disagreement& disagreement) {
                 disagreement.topic = d.enumeration("topic", DisagreementTopic::Location);
                 disagreement.text = d.string("text", kRequired);
                 disagreement.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "notes", kOptional, kMayBeEmpty, point.notes, errors, [](ObjectReader& n, Note& note) {
        note.kind = n.enumeration("kind", NoteKind::Remark);
        note.text = n.string("text", kRequired);
        note.sources = n.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "positions", kRequired, kNonEmpty, point.positions, errors, [](ObjectReader& p, Position& position) {
        position.view = p.string("view", kRequired);
        position.x = p.number("x", kRequired).value_or(0);
        position.y = p.number("y", kRequired).value_or(0);
        position.side = p.enumeration("side", Side::Midline);
    });
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
    readList(r, "points", kRequired, kMayBeEmpty, data.points, errors,
             [&errors](ObjectReader& p, Point& point) { readPoint(p, point, errors); });
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
