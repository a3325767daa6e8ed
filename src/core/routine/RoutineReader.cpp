#include "core/routine/RoutineReader.h"

#include "core/catalogue/TextRules.h"
#include "core/reading/JsonObjectReader.h"
#include "core/reading/JsonText.h"
#include "core/routine/RoutineLimits.h"

namespace acu {

namespace {

using reading::Json;
using reading::kMayBeEmpty;
using reading::kNonEmpty;
using reading::kOptional;
using reading::kRequired;
using reading::ObjectReader;
using reading::readList;

const reading::DocumentWords kRoutineWords{"routine file", 6};

/// {"min": 60, "max": 120}; a missing or null max leaves the range open.
std::optional<Range> readRange(ObjectReader& parent, const std::string& key, bool required, CatalogueErrors& errors)
{
    std::optional<Range> out;
    parent.object(key, required, [&](const Json& value, const std::string& pointer) {
        ObjectReader r(value, pointer, errors);
        Range range;
        range.min = static_cast<int>(r.integer("min", kRequired).value_or(0));
        if (!r.isNull("max")) {
            if (const auto max = r.integer("max", kOptional))
                range.max = static_cast<int>(*max);
        }
        r.rejectUnknownFields();
        if (r.isObject())
            out = range;
    });
    return out;
}

void readStep(ObjectReader& r, RoutineStep& step, CatalogueErrors& errors)
{
    step.code = r.text("code", kRequired, TextField::CodeLabel);
    step.side = r.enumeration("side", RoutineSide::Both);
    step.holdSeconds = readRange(r, "holdSeconds", kRequired, errors).value_or(Range{});
    step.repetitions = readRange(r, "repetitions", kOptional, errors);
    step.restSeconds = readRange(r, "restSeconds", kOptional, errors);
    step.alternateSides = r.boolean("alternateSides");
    step.technique = r.text("technique", kOptional, TextField::Line);
    step.needsHelper = r.boolean("needsHelper");
    step.note = r.text("note", kOptional, TextField::Paragraph);
    step.sources = r.strings("sources", kOptional, kNonEmpty);
}

void readDefaults(const Json& value, const std::string& pointer, std::optional<RoutineDefaults>& out,
                  CatalogueErrors& errors)
{
    ObjectReader r(value, pointer, errors);
    RoutineDefaults defaults;
    defaults.holdSeconds = readRange(r, "holdSeconds", kOptional, errors);
    defaults.repetitions = readRange(r, "repetitions", kOptional, errors);
    defaults.restSeconds = readRange(r, "restSeconds", kOptional, errors);
    defaults.text = r.text("text", kOptional, TextField::Paragraph);
    defaults.sources = r.strings("sources", kRequired, kNonEmpty);
    r.rejectUnknownFields();
    if (r.isObject() && !defaults.holdSeconds && !defaults.repetitions && !defaults.restSeconds)
        r.error(pointer, "gives no advice: name at least one of holdSeconds, repetitions, restSeconds");
    out = std::move(defaults);
}

void readRoutine(ObjectReader& r, Routine& routine, CatalogueErrors& errors)
{
    routine.id = r.text("id", kRequired, TextField::CodeLabel);
    routine.title = r.text("title", kRequired, TextField::Line);
    routine.sources = r.strings("sources", kOptional, kNonEmpty);
    routine.notes = r.text("notes", kOptional, TextField::Paragraph);
    r.object("defaults", kOptional, [&](const Json& value, const std::string& pointer) {
        readDefaults(value, pointer, routine.defaults, errors);
    });
    // May be empty: a routine of one's own is kept while it is being made, before its first step.
    readList(r, "steps", kRequired, kMayBeEmpty, routine.steps, errors,
             [&errors](ObjectReader& s, RoutineStep& step) { readStep(s, step, errors); });
    if (routine.steps.size() > limits::kMaxRoutineSteps)
        r.error(r.childPointer("steps"), "holds " + std::to_string(routine.steps.size()) + " steps; the limit is " +
                                             std::to_string(limits::kMaxRoutineSteps));
}

void readDocument(const Json& root, RoutineFileData& data)
{
    CatalogueErrors& errors = data.fileErrors;
    ObjectReader r(root, "", errors);
    if (!r.isObject())
        return;
    if (const auto format = r.integer("format", kRequired)) {
        data.format = static_cast<int>(*format);
        if (data.format != kRoutineFormat) {
            r.error("/format", "this app reads routine format " + std::to_string(kRoutineFormat) + ", found " +
                                   std::to_string(data.format) +
                                   (data.format > kRoutineFormat ? " (written by a newer version of the app?)" : ""));
            return;
        }
    }
    bool tooMany = false;
    r.array("routines", kRequired, reading::kMayBeEmpty, [&](const Json& element, const std::string& pointer) {
        if (data.routines.size() == limits::kMaxRoutines) {
            if (!tooMany)
                r.error("/routines",
                        "holds more than " + std::to_string(limits::kMaxRoutines) + " routines, the limit");
            tooMany = true;
            return;
        }
        CatalogueErrors routineErrors;
        ObjectReader reader(element, pointer, routineErrors);
        Routine routine;
        readRoutine(reader, routine, routineErrors);
        reader.rejectUnknownFields();
        data.routines.push_back(std::move(routine));
        data.routineErrors.push_back(std::move(routineErrors));
    });
    r.rejectUnknownFields();
}

} // namespace

RoutineFileData readRoutinesJson(std::string_view text)
{
    RoutineFileData data;
    reading::readGuarded(kRoutineWords, data.fileErrors, [&] {
        if (const auto root = reading::parseJsonText(text, kRoutineWords, data.fileErrors))
            readDocument(*root, data);
    });
    return data;
}

} // namespace acu
