#include "core/history/RunLog.h"

#include "core/catalogue/TextRules.h"
#include "core/history/RunLogLimits.h"
#include "core/history/UtcTime.h"
#include "core/reading/JsonObjectReader.h"
#include "core/reading/JsonText.h"

namespace acu {

namespace {

using reading::Json;
using reading::kOptional;
using reading::kRequired;
using reading::ObjectReader;

const reading::DocumentWords kRunLogWords{"run history", 3};

std::int64_t readTime(ObjectReader& r, const std::string& key)
{
    const std::string text = r.string(key, kRequired);
    if (text.empty())
        return 0; // missing or not a string: reported by the reader
    const auto time = parseUtcTime(text);
    if (!time) {
        r.error(r.childPointer(key),
                "must be a UTC time such as 2026-11-02T07:30:00.000Z, found \"" + visibleText(text) + "\"");
        return 0;
    }
    return *time;
}

std::optional<int> readInt(ObjectReader& r, const std::string& key, bool required)
{
    const auto value = r.integer(key, required);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

/// One run, or nullopt when anything in it is wrong (its errors are added to errors).
std::optional<RunEntry> readRun(const Json& value, const std::string& pointer, CatalogueErrors& errors)
{
    CatalogueErrors found;
    ObjectReader r(value, pointer, found);
    RunEntry entry;
    if (r.isObject()) {
        entry.startedMs = readTime(r, "started");
        entry.endedMs = readTime(r, "ended");
        entry.routineId = r.string("routineId", kRequired);
        entry.routineTitle = r.string("routineTitle", kRequired);
        entry.stepsCompleted = readInt(r, "stepsCompleted", kRequired).value_or(0);
        entry.stepsTotal = readInt(r, "stepsTotal", kRequired).value_or(0);
        entry.painBefore = readInt(r, "painBefore", kOptional);
        entry.painAfter = readInt(r, "painAfter", kOptional);
    }
    r.rejectUnknownFields();
    if (found.empty())
        found = checkRunEntry(entry, pointer);
    if (!found.empty()) {
        errors.insert(errors.end(), found.begin(), found.end());
        return std::nullopt;
    }
    return entry;
}

void readDocument(const Json& root, RunLogLoad& load)
{
    ObjectReader r(root, "", load.errors);
    if (!r.isObject())
        return; // reported by the reader
    if (const auto format = r.integer("format", kRequired); format && *format != kRunLogFormat) {
        r.error("/format", "this app reads run history format " + std::to_string(kRunLogFormat) + ", found " +
                               std::to_string(*format) +
                               (*format > kRunLogFormat ? " (written by a newer version of the app?)" : ""));
        return;
    }
    std::size_t count = 0;
    r.array("runs", kRequired, reading::kMayBeEmpty, [&](const Json& element, const std::string& pointer) {
        ++count;
        if (auto entry = readRun(element, pointer, load.errors))
            load.runs.push_back(std::move(*entry));
    });
    if (count > limits::kMaxRuns) {
        const std::size_t dropped = load.runs.size() > limits::kMaxRuns ? load.runs.size() - limits::kMaxRuns : 0;
        load.runs.erase(load.runs.begin(), load.runs.begin() + static_cast<std::ptrdiff_t>(dropped));
        r.error("/runs", "holds " + std::to_string(count) + " runs; the limit is " + std::to_string(limits::kMaxRuns) +
                             ", so only the newest are kept");
    }
    r.rejectUnknownFields();
}

} // namespace

RunLogLoad readRunLogJson(std::string_view text)
{
    RunLogLoad load;
    reading::readGuarded(kRunLogWords, load.errors, [&] {
        if (const auto root = reading::parseJsonText(text, kRunLogWords, load.errors))
            readDocument(*root, load);
    });
    return load;
}

} // namespace acu
