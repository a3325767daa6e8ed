#pragma once

// Every field of every catalogue struct, in the order the compiled catalogue stores them
// (docs/catalogue-format.md, "The compiled catalogue"). The writer and the reader both walk
// these lists, so the two cannot disagree on the order. Each field is named as in the JSON
// format, so that a reading error can say where it is as a JSON pointer would.
//
// visitFields(visit, object) calls visit(name, field) for each field; object may be const
// (for the writer) or not (for the reader).

#include "core/catalogue/Catalogue.h"

#include <concepts>
#include <type_traits>

namespace acu::compiled {

/// S is T or const T.
template <typename S, typename T>
concept FieldsOf = std::same_as<std::remove_const_t<S>, T>;

template <typename V, FieldsOf<Claim> S> void visitFields(V& visit, S& claim)
{
    visit("text", claim.text);
    visit("sources", claim.sources);
}

template <typename V, FieldsOf<Source> S> void visitFields(V& visit, S& source)
{
    visit("id", source.id);
    visit("kind", source.kind);
    visit("title", source.title);
    visit("author", source.author);
    visit("site", source.site);
    visit("date", source.date);
    visit("url", source.url);
    visit("note", source.note);
}

template <typename V, FieldsOf<Region> S> void visitFields(V& visit, S& region)
{
    visit("id", region.id);
    visit("name", region.name);
}

template <typename V, FieldsOf<View> S> void visitFields(V& visit, S& view)
{
    visit("id", view.id);
    visit("name", view.name);
    visit("width", view.width);
    visit("height", view.height);
    visit("sides", view.sides);
    visit("wholeBody", view.wholeBody);
}

template <typename V, FieldsOf<Notice> S> void visitFields(V& visit, S& notice)
{
    visit("id", notice.id);
    visit("title", notice.title);
    visit("text", notice.text);
    visit("sources", notice.sources);
}

template <typename V, FieldsOf<EnglishName> S> void visitFields(V& visit, S& name)
{
    visit("text", name.text);
    visit("kind", name.kind);
    visit("sources", name.sources);
}

template <typename V, FieldsOf<Names> S> void visitFields(V& visit, S& names)
{
    visit("pinyin", names.pinyin);
    visit("hanzi", names.hanzi);
    visit("hanziTraditional", names.hanziTraditional);
    visit("english", names.english);
}

template <typename V, FieldsOf<Alias> S> void visitFields(V& visit, S& alias)
{
    visit("label", alias.label);
    visit("scheme", alias.scheme);
    visit("sources", alias.sources);
    visit("ambiguous", alias.ambiguous);
    visit("note", alias.note);
}

template <typename V, FieldsOf<Duration> S> void visitFields(V& visit, S& duration)
{
    visit("min", duration.min);
    visit("max", duration.max);
    visit("text", duration.text);
    visit("sources", duration.sources);
}

template <typename V, FieldsOf<Repetitions> S> void visitFields(V& visit, S& repetitions)
{
    visit("min", repetitions.min);
    visit("max", repetitions.max);
    visit("text", repetitions.text);
    visit("sources", repetitions.sources);
}

template <typename V, FieldsOf<AppliedBy> S> void visitFields(V& visit, S& by)
{
    visit("who", by.who);
    visit("text", by.text);
    visit("sources", by.sources);
}

template <typename V, FieldsOf<Caution> S> void visitFields(V& visit, S& caution)
{
    visit("topic", caution.topic);
    visit("level", caution.level);
    visit("text", caution.text);
    visit("sources", caution.sources);
}

template <typename V, FieldsOf<Disagreement> S> void visitFields(V& visit, S& disagreement)
{
    visit("topic", disagreement.topic);
    visit("text", disagreement.text);
    visit("sources", disagreement.sources);
}

template <typename V, FieldsOf<Note> S> void visitFields(V& visit, S& note)
{
    visit("kind", note.kind);
    visit("text", note.text);
    visit("sources", note.sources);
}

template <typename V, FieldsOf<Position> S> void visitFields(V& visit, S& position)
{
    visit("view", position.view);
    visit("x", position.x);
    visit("y", position.y);
    visit("side", position.side);
}

template <typename V, FieldsOf<Point> S> void visitFields(V& visit, S& point)
{
    visit("code", point.code);
    visit("meridian", point.meridian);
    visit("names", point.names);
    visit("aliases", point.aliases);
    visit("regions", point.regions);
    visit("laterality", point.laterality);
    visit("location", point.location);
    visit("finding", point.finding);
    visit("technique", point.technique);
    visit("duration", point.duration);
    visit("repetitions", point.repetitions);
    visit("appliedBy", point.appliedBy);
    visit("indications", point.indications);
    visit("cautions", point.cautions);
    visit("disagreements", point.disagreements);
    visit("notes", point.notes);
    visit("positions", point.positions);
}

template <typename V, FieldsOf<ComplaintPoint> S> void visitFields(V& visit, S& link)
{
    visit("code", link.code);
    visit("sources", link.sources);
}

template <typename V, FieldsOf<Complaint> S> void visitFields(V& visit, S& complaint)
{
    visit("id", complaint.id);
    visit("name", complaint.name);
    visit("synonyms", complaint.synonyms);
    visit("points", complaint.points);
}

template <typename V, FieldsOf<CatalogueData> S> void visitFields(V& visit, S& data)
{
    visit("format", data.format);
    visit("sources", data.sources);
    visit("regions", data.regions);
    visit("views", data.views);
    visit("notices", data.notices);
    visit("points", data.points);
    visit("complaints", data.complaints);
    visit("completeChannels", data.completeChannels);
}

} // namespace acu::compiled
