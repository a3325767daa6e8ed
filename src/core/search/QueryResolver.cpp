#include "core/search/QueryResolver.h"

#include "core/search/ChannelNotations.h"
#include "core/search/ComplaintReason.h"
#include "core/search/EditDistance.h"
#include "core/search/PointCode.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace acu {

namespace {

constexpr std::size_t kMaxQueryBytes = 256;
constexpr int kMaxRangeLength = 40;
constexpr int kTypoLimit = 2;
constexpr std::size_t kTypoMinimumLength = 5; // of the query
constexpr std::size_t kTypoMinimumKeyLength = 4;

// Ranks: lower is better.
constexpr int kRankRange = 0;
constexpr int kRankWhoCode = 0;
constexpr int kRankAlias = 10;
constexpr int kRankOtherNotation = 20;
constexpr int kRankNationalStandard = 22;
constexpr int kRankFrench = 25;
constexpr int kRankOlderBladder = 30;
constexpr int kRankName = 40;
constexpr int kRankComplaint = 45;
constexpr int kRankCodePrefix = 60;
constexpr int kRankNamePrefix = 70;
constexpr int kRankComplaintPrefix = 75;
constexpr int kRankTypo = 80;

bool isLetter(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string upper(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (isLetter(c))
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

/// A typed code split into letters and number: "bl052" and "52bl" -> {"bl", 52}.
struct TypedCode {
    std::string prefix;
    int number = 0;
    bool numberFirst = false;

    [[nodiscard]] std::string shown() const
    {
        return numberFirst ? std::to_string(number) + upper(prefix) : upper(prefix) + std::to_string(number);
    }
};

std::optional<int> parseNumber(std::string_view digits)
{
    if (digits.empty() || digits.size() > 4)
        return std::nullopt;
    int number = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), number);
    return number;
}

std::optional<TypedCode> splitTyped(std::string_view folded)
{
    std::size_t letters = 0;
    while (letters < folded.size() && isLetter(folded[letters]))
        ++letters;
    if (letters > 0 && letters < folded.size()) {
        const auto rest = folded.substr(letters);
        if (std::all_of(rest.begin(), rest.end(), isDigit)) {
            if (const auto number = parseNumber(rest))
                return TypedCode{std::string(folded.substr(0, letters)), *number, false};
        }
        return std::nullopt;
    }
    std::size_t digits = 0;
    while (digits < folded.size() && isDigit(folded[digits]))
        ++digits;
    if (digits > 0 && digits < folded.size()) {
        const auto rest = folded.substr(digits);
        if (std::all_of(rest.begin(), rest.end(), isLetter)) {
            if (const auto number = parseNumber(folded.substr(0, digits)))
                return TypedCode{std::string(rest), *number, true};
        }
    }
    return std::nullopt;
}

/// "exhn" -> "EX-HN"; anything else -> "".
std::string extraGroupPrefix(std::string_view letters)
{
    if (!letters.starts_with("ex") || letters.size() < 3)
        return {};
    const std::string prefix = "EX-" + upper(letters.substr(2));
    return findChannel(prefix) ? prefix : std::string();
}

/// Splits folded words into runs of letters and runs of digits: "cv3 cv7" -> cv, 3, cv, 7.
std::vector<std::string> tokens(std::string_view words)
{
    std::vector<std::string> out;
    std::string current;
    int currentKind = 0; // 1 letters, 2 digits
    for (char c : words) {
        const int kind = isLetter(c) ? 1 : isDigit(c) ? 2 : 0;
        if (kind != currentKind || kind == 0) {
            if (!current.empty())
                out.push_back(current);
            current.clear();
        }
        currentKind = kind;
        if (kind != 0)
            current += c;
        else if (c != ' ')
            return {}; // punctuation: not a range
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

/// Joins an extra-point group written apart into one token: "ex", "hn", "1" -> "exhn", "1".
void joinExtraGroups(std::vector<std::string>& t)
{
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == "ex" && isLetter(t[i + 1].front())) {
            t[i] += t[i + 1];
            t.erase(t.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
}

/// Why channel + "0" cannot exist: "CV0 cannot exist: no point is numbered 0; the
/// Conception Vessel channel (CV) numbers its points 1 to 24".
std::string zeroProblem(std::string_view prefix)
{
    const std::string code = std::string(prefix) + "0";
    const Channel* channel = findChannel(prefix);
    if (!channel)
        return code + " cannot exist: no point is numbered 0";
    const std::string count = std::to_string(channel->pointCount);
    const std::string numbering =
        prefix.starts_with("EX-")
            ? "the " + std::string(channel->name) + " (" + std::string(prefix) + ") number 1 to " + count
            : "the " + std::string(channel->name) + " channel (" + std::string(prefix) + ") numbers its points 1 to " +
                  count;
    return code + " cannot exist: no point is numbered 0; " + numbering;
}

bool allDigits(const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }
bool allLetters(const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), isLetter); }

bool hasSearchableCharacter(std::string_view folded)
{
    return std::any_of(folded.begin(), folded.end(), [](char c) {
        return isLetter(c) || isDigit(c) || (static_cast<unsigned char>(c) >= 0x80);
    });
}

} // namespace

/// Gathers readings: one per catalogue point (its best), readings outside the catalogue,
/// and the problems met on the way.
struct QueryResolver::Collector {
    explicit Collector(const Catalogue& c)
        : catalogue(c)
    {
    }

    void add(const Point* point, std::string code, std::string name, std::string reason, int rank, int order = 0)
    {
        if (!point) {
            const bool known = std::any_of(elsewhere.begin(), elsewhere.end(),
                                           [&](const QueryMatch& m) { return m.code == code; });
            if (!known)
                elsewhere.push_back({nullptr, std::move(code), std::move(name), std::move(reason), rank});
            return;
        }
        const auto [it, inserted] = byPoint.emplace(point, matches.size());
        if (inserted) {
            matches.push_back({point, std::move(code), std::move(name), std::move(reason), rank, order});
        } else if (const QueryMatch& known = matches[it->second];
                   rank < known.rank || (rank == known.rank && order < known.order)) {
            matches[it->second] = {point, std::move(code), std::move(name), std::move(reason), rank, order};
        }
    }

    /// Whether add() with this rank and order would record or replace the point's reading,
    /// so that a caller can skip building a reason that would be dropped.
    [[nodiscard]] bool wouldTake(const Point* point, int rank, int order) const
    {
        const auto it = byPoint.find(point);
        if (it == byPoint.end())
            return true;
        const QueryMatch& known = matches[it->second];
        return rank < known.rank || (rank == known.rank && order < known.order);
    }

    const Catalogue& catalogue;
    std::vector<QueryMatch> matches;
    std::vector<QueryMatch> elsewhere;
    std::unordered_map<const Point*, std::size_t> byPoint;
    std::vector<std::string> problems;
};

QueryResolver::QueryResolver(const Catalogue& catalogue)
    : m_catalogue(catalogue)
{
    const auto& points = catalogue.points();
    for (const auto& point : points) {
        if (!point.names.hanziTraditional.empty())
            learnHanziPairs(point.names.hanziTraditional, point.names.hanzi, m_traditional);
    }
    for (std::size_t p = 0; p < points.size(); ++p) {
        const Point& point = points[p];
        addKey(foldText(point.code), p, KeyKind::Code, 0, point.code);
        for (std::size_t a = 0; a < point.aliases.size(); ++a)
            addKey(foldText(point.aliases[a].label, m_traditional), p, KeyKind::Alias, a, point.aliases[a].label);
        addKey(foldText(point.names.pinyin), p, KeyKind::Pinyin, 0, point.names.pinyin);
        addKey(foldText(point.names.hanzi, m_traditional), p, KeyKind::Hanzi, 0, point.names.hanzi);
        for (const auto& english : point.names.english) {
            addKey(foldText(english.text), p, KeyKind::English, 0, english.text);
            const std::string words = foldWords(english.text);
            std::size_t start = 0;
            while (start < words.size()) {
                const std::size_t end = std::min(words.find(' ', start), words.size());
                if (start > 0) // the first word is the whole name's prefix already
                    addKey(words.substr(start, end - start), p, KeyKind::NameWord, 0, english.text);
                start = end + 1;
            }
        }
    }
    m_sorted.resize(m_keys.size());
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        m_sorted[i] = i;
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [this](std::size_t a, std::size_t b) { return m_keys[a].folded < m_keys[b].folded; });

    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const Key& key = m_keys[i];
        const bool name = key.kind == KeyKind::Pinyin || key.kind == KeyKind::English ||
                          key.kind == KeyKind::NameWord ||
                          (key.kind == KeyKind::Alias && points[key.point].aliases[key.alias].scheme == AliasScheme::Name);
        if (name && key.folded.size() >= kTypoMinimumKeyLength)
            m_typoKeys.push_back(i);
    }
    std::stable_sort(m_typoKeys.begin(), m_typoKeys.end(),
                     [this](std::size_t a, std::size_t b) { return m_keys[a].folded.size() < m_keys[b].folded.size(); });
    indexComplaints();
}

QueryResolver::LetterCounts QueryResolver::countLetters(std::string_view folded)
{
    LetterCounts counts{};
    for (char c : folded) {
        auto& bin = counts[isLetter(c) ? static_cast<std::size_t>(c - 'a') : 26];
        if (bin < 255)
            ++bin;
    }
    return counts;
}

std::uint32_t QueryResolver::letterSet(const LetterCounts& counts)
{
    std::uint32_t set = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0)
            set |= 1u << i;
    }
    return set;
}

void QueryResolver::addKey(std::string folded, std::size_t point, KeyKind kind, std::size_t alias, std::string shown)
{
    if (folded.empty())
        return;
    const LetterCounts letters = countLetters(folded);
    m_keys.push_back({std::move(folded), point, kind, alias, std::move(shown), letters, letterSet(letters)});
}

Resolution QueryResolver::resolve(std::string_view query, MatchMode mode) const
{
    Collector out(m_catalogue);
    Resolution result;
    if (query.size() > kMaxQueryBytes) {
        result.problem = "the query is longer than " + std::to_string(kMaxQueryBytes) + " bytes";
        return result;
    }
    const std::string folded = foldText(query, m_traditional);
    if (!hasSearchableCharacter(folded)) {
        result.problem = folded.empty() ? "nothing to look up" : "no letters, digits or Chinese characters to look up";
        return result;
    }

    const std::string words = foldWords(query, m_traditional);
    const bool separated = query.find('-') != std::string_view::npos ||
                           query.find("\u2013") != std::string_view::npos ||
                           query.find("\u2014") != std::string_view::npos ||
                           (" " + words + " ").find(" to ") != std::string::npos;
    if (!resolveRange(words, separated, out)) {
        if (const auto typed = splitTyped(folded)) {
            const std::string extra = typed->numberFirst ? std::string() : extraGroupPrefix(typed->prefix);
            if (!extra.empty())
                resolveCode(extra, typed->number, typed->shown(), out);
            else
                resolveCode(typed->prefix, typed->number, typed->shown(), out);
        }
        resolveExact(folded, out);
        resolveComplaints(folded, mode, out);
        if (mode == MatchMode::AsYouType)
            resolvePrefixes(folded, out);
        if (out.matches.empty() && codePointCount(folded) >= kTypoMinimumLength)
            resolveTypos(folded, out);
        if (out.matches.empty() && codePointCount(folded) >= kTypoMinimumLength)
            resolveComplaintTypos(folded, out);
    }

    const auto order = [this](const QueryMatch& a, const QueryMatch& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.order != b.order)
            return a.order < b.order;
        const auto* base = m_catalogue.points().data();
        return (a.point ? a.point - base : 0) < (b.point ? b.point - base : 0);
    };
    std::stable_sort(out.matches.begin(), out.matches.end(), order);
    result.matches = std::move(out.matches);
    result.elsewhere = std::move(out.elsewhere);
    if (result.matches.empty()) {
        if (!out.problems.empty())
            result.problem = out.problems.front();
        else if (!result.elsewhere.empty())
            result.problem = result.elsewhere.front().reason;
        else
            result.problem = "nothing in this catalogue is called \"" + std::string(query) + "\"";
        result.suggestion = nearest(folded);
    }
    return result;
}

void QueryResolver::resolveCode(std::string_view prefix, int number, std::string_view typed, Collector& out) const
{
    // reasonStart reads "English charts: K27 is KI27"; the point's name follows, then the
    // note, if any ("; older charts number ...").
    const auto offer = [&](const std::string& code, const std::string& reasonStart, int rank,
                           const std::string& note = {}) {
        const std::string noted = note.empty() ? std::string() : "; " + note;
        if (const Point* point = m_catalogue.findPoint(code)) {
            out.add(point, code, point->names.pinyin, reasonStart + " " + point->names.pinyin + noted, rank);
            return;
        }
        const auto split = splitCode(code);
        std::string name = split && split->prefix == "BL" ? std::string(whoBladderName(split->number)) : std::string();
        out.add(nullptr, code, name, reasonStart + (name.empty() ? "" : " " + name) + ", not in this catalogue" + noted,
                rank);
    };

    if (prefix.starts_with("EX-")) {
        const std::string code = std::string(prefix) + std::to_string(number);
        if (number == 0)
            out.problems.push_back(zeroProblem(prefix));
        else if (const auto problem = codeProblem(code))
            out.problems.push_back(*problem);
        else
            offer(code, "WHO code: " + code + " is", kRankWhoCode);
        return;
    }
    const auto readings = prefixReadings(prefix);
    if (readings.empty()) {
        out.problems.push_back("no channel is written \"" + upper(prefix) + "\"");
        return;
    }
    for (const auto& reading : readings) {
        const std::string code = std::string(reading.channel) + std::to_string(number);
        // A whole channel name is shown as charts print it: "Kidney 1", not "KIDNEY1".
        const std::string shown =
            reading.written.empty() ? std::string(typed) : std::string(reading.written) + " " + std::to_string(number);
        if (number == 0) {
            out.problems.push_back(zeroProblem(reading.channel));
            continue;
        }
        if (const auto* national = nationalStandardCode(code)) {
            offer(std::string(national->whoCode),
                  "China's national standard " + std::string(national->standard) + ": " + shown + " is " +
                      std::string(national->whoCode),
                  kRankNationalStandard,
                  "it numbers " + std::string(national->name) + " " + code + " on the " +
                      std::string(findChannel(reading.channel)->name) +
                      ", where the WHO standards list it among the extra points");
            continue;
        }
        if (const auto problem = codeProblem(code)) {
            out.problems.push_back(*problem);
            continue;
        }
        const bool who = reading.notation == "WHO code";
        const int rank = who ? kRankWhoCode : reading.notation == "French notation" ? kRankFrench : kRankOtherNotation;
        const auto olderNumber = reading.channel == "BL" && mayUseOlderBladderNumbering(prefix)
                                     ? olderBladderToWho(number)
                                     : std::nullopt;
        const std::string notation = olderNumber ? std::string("WHO numbering") : std::string(reading.notation);
        offer(code, who ? "WHO code: " + code + " is" : notation + ": " + shown + " is " + code, rank);
        if (olderNumber) {
            const std::string older = "BL" + std::to_string(*olderNumber);
            offer(older, "older chart numbering: " + shown + " is " + older, kRankOlderBladder,
                  olderBladderNote(number));
        }
    }
}

bool QueryResolver::resolveRange(const std::string& words, bool separated, Collector& out) const
{
    auto t = tokens(words);
    joinExtraGroups(t);
    // letters digits [to] [letters] digits
    if (t.size() < 3 || !allLetters(t[0]) || !allDigits(t[1]))
        return false;
    std::size_t next = 2;
    if (t[next] == "to" && t.size() > next + 1)
        ++next;
    std::string secondPrefix = t[0];
    if (allLetters(t[next]) && t.size() > next + 1) {
        secondPrefix = t[next];
        ++next;
    }
    if (next + 1 != t.size() || !allDigits(t[next]) || secondPrefix != t[0])
        return false;
    const auto typedFirst = parseNumber(t[1]);
    const auto typedLast = parseNumber(t[next]);
    if (!typedFirst || !typedLast || (*typedFirst > *typedLast && !separated))
        return false;
    // The same points whichever way the range is written, listed from the lowest number.
    const int first = std::min(*typedFirst, *typedLast);
    const int last = std::max(*typedFirst, *typedLast);
    const std::string extra = extraGroupPrefix(t[0]);
    std::vector<std::string> channelsRead;
    if (!extra.empty()) {
        channelsRead.push_back(extra);
    } else {
        for (const auto& reading : prefixReadings(t[0]))
            channelsRead.emplace_back(reading.channel);
    }
    if (channelsRead.empty()) {
        out.problems.push_back("no channel is written \"" + upper(t[0]) + "\"");
        return true;
    }
    if (first == 0) {
        for (const auto& channel : channelsRead)
            out.problems.push_back(zeroProblem(channel));
        return true;
    }
    if (last - first + 1 > kMaxRangeLength) {
        const std::string shown = extra.empty() ? upper(t[0]) : extra;
        out.problems.push_back("the range " + shown + std::to_string(*typedFirst) + "-" + shown +
                               std::to_string(*typedLast) + " spans " + std::to_string(last - first + 1) +
                               " points; a range may span at most " + std::to_string(kMaxRangeLength));
        return true;
    }
    for (const auto& channel : channelsRead) {
        const std::string label = channel + std::to_string(first) + "-" + channel + std::to_string(last);
        if (const auto problem = codeProblem(channel + std::to_string(last))) {
            out.problems.push_back(*problem);
            continue;
        }
        for (int n = first; n <= last; ++n) {
            const std::string code = channel + std::to_string(n);
            const Point* point = m_catalogue.findPoint(code);
            if (point)
                out.add(point, code, point->names.pinyin, "in the range " + label, kRankRange + (n - first));
            else
                out.add(nullptr, code, "", "in the range " + label + ", not in this catalogue",
                        kRankRange + (n - first));
        }
    }
    return true;
}

void QueryResolver::resolveExact(const std::string& folded, Collector& out) const
{
    const auto lower = std::lower_bound(m_sorted.begin(), m_sorted.end(), folded,
                                        [this](std::size_t i, const std::string& v) { return m_keys[i].folded < v; });
    for (auto it = lower; it != m_sorted.end() && m_keys[*it].folded == folded; ++it) {
        const Key& key = m_keys[*it];
        if (key.kind == KeyKind::NameWord)
            continue;
        const Point& point = m_catalogue.points()[key.point];
        // A label in the older bladder numbering comes after the WHO reading of its number
        // ("B47": WHO BL47 first, then BL52, which older charts call B47).
        const bool older = key.kind == KeyKind::Alias && point.aliases[key.alias].scheme == AliasScheme::OlderBladder;
        const int rank = key.kind == KeyKind::Code    ? kRankWhoCode
                         : older                      ? kRankOlderBladder
                         : key.kind == KeyKind::Alias ? kRankAlias
                                                      : kRankName;
        out.add(&point, point.code, point.names.pinyin, keyReason(key), rank);
    }
}

void QueryResolver::resolvePrefixes(const std::string& folded, Collector& out) const
{
    const auto lower = std::lower_bound(m_sorted.begin(), m_sorted.end(), folded,
                                        [this](std::size_t i, const std::string& v) { return m_keys[i].folded < v; });
    for (auto it = lower; it != m_sorted.end() && m_keys[*it].folded.starts_with(folded); ++it) {
        const Key& key = m_keys[*it];
        const Point& point = m_catalogue.points()[key.point];
        const bool code = key.kind == KeyKind::Code || key.kind == KeyKind::Alias;
        std::string reason = (key.kind == KeyKind::Code    ? "code "
                              : key.kind == KeyKind::Alias ? "label "
                                                           : "name ") +
                             key.shown + " starts with what you typed";
        if (key.kind == KeyKind::NameWord)
            reason = "name " + key.shown + " has a word that starts with what you typed";
        out.add(&point, point.code, point.names.pinyin, std::move(reason), code ? kRankCodePrefix : kRankNamePrefix);
    }
}

void QueryResolver::resolveTypos(const std::string& folded, Collector& out) const
{
    const LetterCounts typed = countLetters(folded);
    const std::uint32_t typedSet = letterSet(typed);
    const std::size_t shortest = folded.size() > kTypoLimit ? folded.size() - kTypoLimit : 0;
    const std::size_t longest = folded.size() + kTypoLimit;
    auto it = std::lower_bound(m_typoKeys.begin(), m_typoKeys.end(), shortest,
                               [this](std::size_t i, std::size_t length) { return m_keys[i].folded.size() < length; });
    for (; it != m_typoKeys.end() && m_keys[*it].folded.size() <= longest; ++it) {
        const Key& key = m_keys[*it];
        // Each edit adds or removes at most two letters from the set of letters used, and
        // changes the letter counts by at most 2 in all: skip keys that differ more.
        if (std::popcount(typedSet ^ key.letterSet) > 2 * kTypoLimit)
            continue;
        int difference = 0;
        for (std::size_t i = 0; i < typed.size(); ++i)
            difference += std::abs(int(typed[i]) - int(key.letters[i]));
        if (difference > 2 * kTypoLimit)
            continue;
        const int distance = editDistance(folded, key.folded, kTypoLimit);
        if (distance > kTypoLimit)
            continue;
        const Point& point = m_catalogue.points()[key.point];
        out.add(&point, point.code, point.names.pinyin,
                "spelt like " + key.shown + " (" + std::to_string(distance) +
                    (distance == 1 ? " letter" : " letters") + " different)",
                kRankTypo + distance);
    }
}

std::string QueryResolver::nearest(const std::string& folded) const
{
    const int limit = std::max(2, static_cast<int>(folded.size()) / 2);
    int best = limit + 1;
    const Key* bestKey = nullptr;
    for (const Key& key : m_keys) {
        if (key.kind == KeyKind::NameWord || key.kind == KeyKind::Hanzi)
            continue;
        const int distance = editDistance(folded, key.folded, std::min(best - 1, limit));
        if (distance < best) {
            best = distance;
            bestKey = &key;
        }
    }
    if (!bestKey)
        return {};
    const Point& point = m_catalogue.points()[bestKey->point];
    return bestKey->shown == point.code ? point.code + " " + point.names.pinyin
                                        : bestKey->shown + " (" + point.code + ")";
}

std::string QueryResolver::keyReason(const Key& key) const
{
    const Point& point = m_catalogue.points()[key.point];
    const std::string target = point.code + " " + point.names.pinyin;
    switch (key.kind) {
    case KeyKind::Code:
        return "WHO code: " + target;
    case KeyKind::Pinyin:
        return "pinyin name of " + point.code;
    case KeyKind::Hanzi:
        return "Chinese name of " + point.code;
    case KeyKind::English:
        return "English name " + key.shown;
    case KeyKind::NameWord:
        return "name " + key.shown;
    case KeyKind::Alias:
        break;
    }
    const Alias& alias = point.aliases[key.alias];
    const std::string label = alias.label;
    std::string reason;
    switch (alias.scheme) {
    case AliasScheme::Who:
        reason = "WHO code written " + label + ": " + target;
        break;
    case AliasScheme::PrefixVariant:
        reason = "another prefix for the channel: " + label + " is " + target;
        break;
    case AliasScheme::OlderBladder: {
        reason = "older chart numbering: " + label + " is " + target;
        const std::size_t digits = label.find_last_not_of("0123456789") + 1;
        int number = 0;
        if (label.size() - digits <= 2)
            std::from_chars(label.data() + digits, label.data() + label.size(), number);
        if (const std::string note = olderBladderNote(number); !note.empty())
            reason += "; " + note;
        break;
    }
    case AliasScheme::French:
        reason = "French notation: " + label + " is " + target;
        break;
    case AliasScheme::OlderExtra:
        reason = "older numbering of extra points: " + label + " is " + target;
        break;
    case AliasScheme::Name:
        reason = "name " + label + " for " + target;
        break;
    case AliasScheme::Mislabel:
        reason = "an article prints " + label + " for " + target + ", although the code belongs to another point";
        break;
    }
    return reason;
}

void QueryResolver::indexComplaints()
{
    const auto& complaints = m_catalogue.complaints();
    for (std::size_t c = 0; c < complaints.size(); ++c) {
        const Complaint& complaint = complaints[c];
        if (auto folded = foldText(complaint.name); !folded.empty())
            m_complaintKeys.push_back({std::move(folded), c, complaint.name, true});
        for (const auto& synonym : complaint.synonyms) {
            if (auto folded = foldText(synonym); !folded.empty())
                m_complaintKeys.push_back({std::move(folded), c, synonym, false});
        }
    }
    std::stable_sort(m_complaintKeys.begin(), m_complaintKeys.end(),
                     [](const ComplaintKey& a, const ComplaintKey& b) { return a.folded < b.folded; });
}

void QueryResolver::resolveComplaints(const std::string& folded, MatchMode mode, Collector& out) const
{
    // Per complaint, the word that matched best: a whole word before a prefix, the name
    // before a synonym.
    struct Found {
        const ComplaintKey* key = nullptr;
        bool whole = false;
    };
    std::map<std::size_t, Found> found; // by complaint, so that ties resolve in catalogue order
    const auto lower = std::lower_bound(m_complaintKeys.begin(), m_complaintKeys.end(), folded,
                                        [](const ComplaintKey& key, const std::string& v) { return key.folded < v; });
    for (auto it = lower; it != m_complaintKeys.end() && it->folded.starts_with(folded); ++it) {
        const bool whole = it->folded.size() == folded.size();
        if (!whole && mode != MatchMode::AsYouType)
            break; // longer keys follow the whole one
        Found& best = found[it->complaint];
        if (!best.key || (whole && !best.whole) || (whole == best.whole && it->isName && !best.key->isName))
            best = {&*it, whole};
    }
    // One complaint's points after another's, each in its own order.
    int firstOrder = 0;
    for (const auto& [complaint, best] : found) {
        addComplaintPoints(complaint, best.key->shown, best.whole ? kRankComplaint : kRankComplaintPrefix, firstOrder,
                           out);
        firstOrder += static_cast<int>(m_catalogue.complaints()[complaint].points.size());
    }
}

void QueryResolver::resolveComplaintTypos(const std::string& folded, Collector& out) const
{
    const ComplaintKey* bestKey = nullptr;
    int best = kTypoLimit + 1;
    for (const auto& key : m_complaintKeys) {
        if (key.folded.size() + kTypoLimit < folded.size() || key.folded.size() > folded.size() + kTypoLimit)
            continue;
        const int distance = editDistance(folded, key.folded, kTypoLimit);
        if (distance < best) {
            best = distance;
            bestKey = &key;
        }
    }
    if (!bestKey)
        return;
    addComplaintPoints(bestKey->complaint, bestKey->shown, kRankTypo + best, 0, out,
                       "spelt like " + bestKey->shown + " (" + std::to_string(best) +
                           (best == 1 ? " letter" : " letters") + " different): ");
}

void QueryResolver::addComplaintPoints(std::size_t complaint, const std::string& word, int rank, int firstOrder,
                                       Collector& out, const std::string& reasonStart) const
{
    const Complaint& c = m_catalogue.complaints()[complaint];
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const Point* point = m_catalogue.findPoint(c.points[i].code);
        const int order = firstOrder + static_cast<int>(i);
        if (point && out.wouldTake(point, rank, order))
            out.add(point, point->code, point->names.pinyin, reasonStart + complaintReason(c, c.points[i], word), rank,
                    order);
    }
}

std::shared_ptr<const QueryResolver> makeSharedResolver(std::shared_ptr<const Catalogue> catalogue)
{
    if (!catalogue)
        return nullptr;
    struct Holder {
        explicit Holder(std::shared_ptr<const Catalogue> owned)
            : catalogue(std::move(owned))
            , resolver(*catalogue)
        {
        }
        std::shared_ptr<const Catalogue> catalogue; // before resolver, which refers to it
        QueryResolver resolver;
    };
    auto holder = std::make_shared<const Holder>(std::move(catalogue));
    return {holder, &holder->resolver};
}

} // namespace acu
