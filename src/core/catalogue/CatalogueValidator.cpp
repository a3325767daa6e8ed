#include "core/catalogue/CatalogueValidator.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/ChannelCoverage.h"
#include "core/catalogue/EnumNames.h"
#include "core/search/ChannelNotations.h"
#include "core/catalogue/TextRules.h"
#include "core/search/PointCode.h"
#include "core/search/QueryResolver.h"
#include "core/search/TextNormalizer.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <memory>
#include <set>
#include <span>
#include <unordered_map>

namespace acu {

namespace {

/// One label shared without being marked produces at most this many errors, then one that
/// says how many more there were.
constexpr std::size_t kMaxErrorsPerLabel = 10;
/// An error about a shared label names at most this many of the other points.
constexpr std::size_t kMaxPointsNamed = 5;
/// An error about a channel declared complete names at most this many missing codes.
constexpr std::size_t kMaxMissingNamed = 10;

std::string at(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

/// Collects errors and knows the catalogue's ids, so that each check is one line.
class Checker final {
public:
    explicit Checker(const CatalogueData& data)
        : m_data(data)
    {
        for (const auto& source : data.sources)
            m_sourceIds.insert(source.id);
        for (const auto& region : data.regions)
            m_regionIds.insert(region.id);
        for (const auto& view : data.views) {
            m_viewById.try_emplace(view.id, &view);
            if (view.wholeBody && !view.id.empty())
                m_wholeBodyViews += (m_wholeBodyViews.empty() ? "" : ", ") + view.id;
        }
    }

    CatalogueErrors run()
    {
        checkLimits();
        checkIdSpelling();
        checkUniqueIds(m_data.sources, "/sources", "source");
        for (std::size_t i = 0; i < m_data.sources.size(); ++i)
            checkUrl(m_data.sources[i].url, at("/sources", i) + "/url");
        checkUniqueIds(m_data.regions, "/regions", "region");
        checkUniqueIds(m_data.views, "/views", "view");
        checkUniqueIds(m_data.notices, "/notices", "notice");
        for (std::size_t i = 0; i < m_data.notices.size(); ++i)
            checkSources(m_data.notices[i].sources, at("/notices", i) + "/sources");
        checkUniqueCodes();
        for (std::size_t i = 0; i < m_data.points.size(); ++i)
            checkPoint(m_data.points[i], at("/points", i));
        checkSharedAliases();
        checkComplaints();
        checkCompleteChannels();
        return std::move(m_errors);
    }

private:
    void error(std::string where, std::string what) { m_errors.push_back({std::move(where), std::move(what)}); }

    /// A source address must be a plain http or https address with a host (TextRules.h).
    void checkUrl(const std::string& url, const std::string& where)
    {
        if (const auto problem = urlProblem(url))
            error(where, *problem);
    }

    template <typename T> void checkUniqueIds(const std::vector<T>& items, const std::string& base, const char* what)
    {
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& id = items[i].id;
            if (id.empty())
                continue;
            const auto [it, inserted] = first.emplace(id, i);
            if (!inserted)
                error(at(base, i) + "/id", std::string("duplicate ") + what + " id \"" + id + "\": already used at " +
                                               at(base, it->second) + "/id");
        }
    }

    void checkUniqueCodes()
    {
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < m_data.points.size(); ++i) {
            const auto& code = m_data.points[i].code;
            if (code.empty())
                continue;
            const auto [it, inserted] = first.emplace(code, i);
            if (!inserted)
                error(at("/points", i) + "/code",
                      "duplicate code " + code + ": the same point is already at " + at("/points", it->second));
        }
    }

    void checkSources(const SourceIds& ids, const std::string& base)
    {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (!m_sourceIds.contains(ids[i]))
                error(at(base, i), "cites source \"" + ids[i] + "\", which is not in /sources");
        }
    }

    template <typename T> void checkCited(const std::vector<T>& items, const std::string& base)
    {
        for (std::size_t i = 0; i < items.size(); ++i)
            checkSources(items[i].sources, at(base, i) + "/sources");
    }

    /// A range's max, when it has one (no max: no upper bound), is not below its min.
    template <typename T> void checkRanges(const std::vector<T>& items, const std::string& base, const char* unit)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].max && items[i].min > *items[i].max)
                error(at(base, i), "min (" + std::to_string(items[i].min) + ") is greater than max (" +
                                       std::to_string(*items[i].max) + ") " + unit);
        }
    }

    void checkPoint(const Point& point, const std::string& base)
    {
        checkPointLimits(point, base);
        checkCode(point, base);
        checkChannelLaterality(point, base);
        checkCited(point.names.english, base + "/names/english");
        for (std::size_t i = 0; i < point.aliases.size(); ++i)
            checkSources(point.aliases[i].sources, at(base + "/aliases", i) + "/sources");
        for (std::size_t i = 0; i < point.regions.size(); ++i) {
            if (!m_regionIds.contains(point.regions[i]))
                error(at(base + "/regions", i), "region \"" + point.regions[i] + "\" is not in /regions");
        }
        checkCited(point.location, base + "/location");
        checkCited(point.finding, base + "/finding");
        checkCited(point.technique, base + "/technique");
        checkCited(point.duration, base + "/duration");
        checkCited(point.repetitions, base + "/repetitions");
        checkCited(point.appliedBy, base + "/appliedBy");
        checkCited(point.indications, base + "/indications");
        checkCited(point.cautions, base + "/cautions");
        checkCited(point.disagreements, base + "/disagreements");
        checkCited(point.notes, base + "/notes");
        checkRanges(point.duration, base + "/duration", "seconds");
        checkRanges(point.repetitions, base + "/repetitions", "times");
        checkPositions(point, base);
        checkWholeBodyPosition(point, base);
        checkViewSides(point, base);
        checkSidesApart(point, base);
    }

    void checkCode(const Point& point, const std::string& base)
    {
        if (point.code.empty())
            return;
        if (const auto problem = codeProblem(point.code)) {
            error(base + "/code", *problem);
            return;
        }
        const auto split = splitCode(point.code);
        if (!point.meridian.empty() && split && split->meridian() != point.meridian)
            error(base + "/meridian",
                  "is \"" + point.meridian + "\" but the code " + point.code + " belongs to " + split->meridian());
    }

    void checkPositions(const Point& point, const std::string& base)
    {
        bool left = false;
        bool right = false;
        for (std::size_t i = 0; i < point.positions.size(); ++i) {
            const auto& position = point.positions[i];
            const std::string where = at(base + "/positions", i);
            left = left || position.side == Side::Left;
            right = right || position.side == Side::Right;
            const bool midlineSide = position.side == Side::Midline;
            if (point.laterality == Laterality::Midline && !midlineSide)
                error(where + "/side", "a midline point has one marker, on the midline; found side \"" +
                                           std::string(enumName(position.side)) + "\"");
            if (point.laterality == Laterality::Bilateral && midlineSide)
                error(where + "/side", "a bilateral point has a marker on each side: use \"left\" or \"right\"");
            const View* view = findView(position.view);
            if (!view) {
                error(where + "/view", "view \"" + position.view + "\" is not in /views");
                continue;
            }
            if (position.x < 0 || position.x > view->width || position.y < 0 || position.y > view->height)
                error(where, "(" + number(position.x) + ", " + number(position.y) + ") lies outside view \"" +
                                 view->id + "\", which is " + number(view->width) + " by " + number(view->height));
        }
        if (point.laterality == Laterality::Bilateral && !point.positions.empty() && !(left && right) &&
            drawnOnATwoSidedView(point))
            error(base + "/positions", std::string("a bilateral point needs a marker on both sides; the ") +
                                           (left ? "right" : "left") + " side has none");
    }

    /// A channel point has a marker on at least one whole-body view, so that the body map can
    /// show every point at once; close-ups come in addition. A catalogue that marks no view
    /// "wholeBody" has nothing to check this against. Extra points may be on close-ups only.
    void checkWholeBodyPosition(const Point& point, const std::string& base)
    {
        if (m_wholeBodyViews.empty() || point.positions.empty() || codeProblem(point.code) ||
            point.code.starts_with("EX-"))
            return;
        const bool onWholeBody = std::any_of(point.positions.begin(), point.positions.end(), [this](const Position& p) {
            const View* view = findView(p.view);
            return view && view->wholeBody;
        });
        if (!onWholeBody)
            error(base + "/positions", "a channel point needs a marker on a whole-body view (" + m_wholeBodyViews +
                                           "); " + point.code + " has markers on close-ups only");
    }

    /// Channels declared complete name a WHO channel once each, and the catalogue holds every
    /// point of each: one error per channel, naming the first missing codes and the count.
    void checkCompleteChannels()
    {
        if (m_data.completeChannels.empty())
            return;
        const ChannelCoverage coverage = channelCoverage(m_data.points);
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < m_data.completeChannels.size(); ++i) {
            const std::string& prefix = m_data.completeChannels[i];
            const std::string where = at("/completeChannels", i);
            const ChannelHolding* holding = coverage.find(prefix);
            if (!holding) {
                error(where, "\"" + prefix +
                                 "\" is not a channel: use a WHO channel prefix, one of LU LI ST SP HT SI BL KI PC "
                                 "TE GB LR GV CV");
                continue;
            }
            const auto [it, inserted] = first.emplace(prefix, i);
            if (!inserted) {
                error(where, prefix + " is already declared complete at " + at("/completeChannels", it->second));
                continue;
            }
            const auto missing = holding->missing();
            if (missing.empty())
                continue;
            std::string listed;
            for (std::size_t m = 0; m < missing.size() && m < kMaxMissingNamed; ++m)
                listed += (m == 0 ? "" : ", ") + missing[m];
            if (missing.size() > kMaxMissingNamed)
                listed += " and " + std::to_string(missing.size() - kMaxMissingNamed) + " more";
            const Channel& channel = *holding->channel;
            error(where, "the " + std::string(channel.name) + " channel (" + prefix +
                             ") is declared complete, but /points holds " + std::to_string(holding->count) +
                             " of its " + std::to_string(channel.pointCount) + " points; missing: " + listed);
        }
    }

    /// Whether the point has a marker on a view that shows both sides of the body (a view
    /// without `sides` shows every side). A point drawn only on drawings of one side, such as
    /// the sole of the right foot, may have markers on that side only.
    bool drawnOnATwoSidedView(const Point& point) const
    {
        return std::any_of(point.positions.begin(), point.positions.end(), [this](const Position& position) {
            const View* view = findView(position.view);
            if (!view)
                return false;
            const auto shows = [view](Side side) {
                return view->sides.empty() || std::find(view->sides.begin(), view->sides.end(), side) != view->sides.end();
            };
            return shows(Side::Left) && shows(Side::Right);
        });
    }

    const View* findView(const std::string& id) const
    {
        const auto it = m_viewById.find(id);
        return it == m_viewById.end() ? nullptr : it->second;
    }

    // Limits (CatalogueLimits.h) ------------------------------------------------------------

    /// A list longer than its limit is reported once, at the list.
    void checkCount(std::size_t count, std::size_t limit, const std::string& where, const char* noun,
                    const char* verb = "holds")
    {
        if (count > limit)
            error(where, std::string(verb) + " " + std::to_string(count) + " " + noun + "; the limit is " +
                             std::to_string(limit));
    }

    void checkCitationCount(const SourceIds& ids, const std::string& where)
    {
        checkCount(ids.size(), limits::kMaxSourcesPerStatement, where, "sources", "cites");
    }

    template <typename T> void checkCitationCounts(const std::vector<T>& items, const std::string& base)
    {
        for (std::size_t i = 0; i < items.size(); ++i)
            checkCitationCount(items[i].sources, at(base, i) + "/sources");
    }

    /// The top-level lists (the reader checks the number of points).
    void checkLimits()
    {
        checkCount(m_data.sources.size(), limits::kMaxSources, "/sources", "sources");
        checkCount(m_data.regions.size(), limits::kMaxRegions, "/regions", "regions");
        checkCount(m_data.views.size(), limits::kMaxViews, "/views", "views");
        checkCount(m_data.notices.size(), limits::kMaxNotices, "/notices", "notices");
        checkCitationCounts(m_data.notices, "/notices");
    }

    void checkPointLimits(const Point& point, const std::string& base)
    {
        using namespace limits;
        checkCount(point.names.english.size(), kMaxEnglishNames, base + "/names/english", "English names");
        checkCount(point.aliases.size(), kMaxAliases, base + "/aliases", "aliases");
        checkCount(point.regions.size(), kMaxPointRegions, base + "/regions", "regions");
        checkCount(point.location.size(), kMaxClaims, base + "/location", "claims");
        checkCount(point.finding.size(), kMaxClaims, base + "/finding", "claims");
        checkCount(point.technique.size(), kMaxClaims, base + "/technique", "claims");
        checkCount(point.duration.size(), kMaxDurations, base + "/duration", "durations");
        checkCount(point.repetitions.size(), kMaxRepetitions, base + "/repetitions", "repetition counts");
        checkCount(point.appliedBy.size(), kMaxAppliedBy, base + "/appliedBy", "entries");
        checkCount(point.indications.size(), kMaxClaims, base + "/indications", "claims");
        checkCount(point.cautions.size(), kMaxCautions, base + "/cautions", "cautions");
        checkCount(point.disagreements.size(), kMaxDisagreements, base + "/disagreements", "disagreements");
        checkCount(point.notes.size(), kMaxNotes, base + "/notes", "notes");
        checkCount(point.positions.size(), kMaxPositions, base + "/positions", "positions");
        checkCitationCounts(point.names.english, base + "/names/english");
        checkCitationCounts(point.aliases, base + "/aliases");
        checkCitationCounts(point.location, base + "/location");
        checkCitationCounts(point.finding, base + "/finding");
        checkCitationCounts(point.technique, base + "/technique");
        checkCitationCounts(point.duration, base + "/duration");
        checkCitationCounts(point.repetitions, base + "/repetitions");
        checkCitationCounts(point.appliedBy, base + "/appliedBy");
        checkCitationCounts(point.indications, base + "/indications");
        checkCitationCounts(point.cautions, base + "/cautions");
        checkCitationCounts(point.disagreements, base + "/disagreements");
        checkCitationCounts(point.notes, base + "/notes");
    }

    // Meaning checks ------------------------------------------------------------------------

    static bool isIdSpelling(const std::string& id)
    {
        return std::all_of(id.begin(), id.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    }

    template <typename T> void checkIdSpelling(const std::vector<T>& items, const std::string& base)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& id = items[i].id;
            if (!id.empty() && !isIdSpelling(id))
                error(at(base, i) + "/id",
                      "\"" + id + "\" is not a valid id: use only lower-case letters a-z, digits and hyphens");
        }
    }

    /// Source, region, view and notice ids are spelt [a-z0-9-]+.
    void checkIdSpelling()
    {
        checkIdSpelling(m_data.sources, "/sources");
        checkIdSpelling(m_data.regions, "/regions");
        checkIdSpelling(m_data.views, "/views");
        checkIdSpelling(m_data.notices, "/notices");
    }

    /// The 12 paired channels are bilateral, GV and CV lie on the midline; extra points may be either.
    void checkChannelLaterality(const Point& point, const std::string& base)
    {
        const Channel* channel = findChannel(point.meridian);
        if (!channel || point.meridian == "EX")
            return;
        const bool single = point.meridian == "GV" || point.meridian == "CV";
        const Laterality expected = single ? Laterality::Midline : Laterality::Bilateral;
        if (point.laterality == expected)
            return;
        const std::string found = "; found \"" + std::string(enumName(point.laterality)) + "\"";
        if (single)
            error(base + "/laterality", point.meridian + " points lie on the midline (the " +
                                            std::string(channel->name) + " is a single channel)" + found);
        else
            error(base + "/laterality", point.meridian + " points lie on both sides of the body (the " +
                                            std::string(channel->name) + " channel is paired)" + found);
    }

    /// "the right side", "the right side and the midline", "the left and right sides".
    static std::string sidesText(const std::vector<Side>& sides)
    {
        std::string paired;
        std::size_t count = 0;
        for (const Side side : {Side::Left, Side::Right}) {
            if (std::find(sides.begin(), sides.end(), side) != sides.end()) {
                paired += (count++ == 0 ? "" : " and ") + std::string(enumName(side));
            }
        }
        const bool midline = std::find(sides.begin(), sides.end(), Side::Midline) != sides.end();
        std::string out = count == 0 ? "" : "the " + paired + (count == 1 ? " side" : " sides");
        if (midline)
            out += count == 0 ? "the midline" : " and the midline";
        return out;
    }

    /// A marker's side must be one its view shows: a drawing of the right hand has no left markers.
    void checkViewSides(const Point& point, const std::string& base)
    {
        for (std::size_t i = 0; i < point.positions.size(); ++i) {
            const auto& position = point.positions[i];
            const View* view = findView(position.view);
            if (!view || view->sides.empty() ||
                std::find(view->sides.begin(), view->sides.end(), position.side) != view->sides.end())
                continue;
            error(at(base + "/positions", i) + "/side", "view \"" + view->id + "\" shows only " +
                                                            sidesText(view->sides) + "; found side \"" +
                                                            std::string(enumName(position.side)) + "\"");
        }
    }

    /// A point's left and right markers on one view are not on the same spot. Compares pairs,
    /// so a point with more positions than the limit (already reported) is not compared.
    void checkSidesApart(const Point& point, const std::string& base)
    {
        const auto& positions = point.positions;
        if (positions.size() > limits::kMaxPositions)
            return;
        for (std::size_t i = 0; i < positions.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                const auto& a = positions[j];
                const auto& b = positions[i];
                const bool leftAndRight =
                    (a.side == Side::Left && b.side == Side::Right) || (a.side == Side::Right && b.side == Side::Left);
                if (!leftAndRight || a.view != b.view || std::hypot(a.x - b.x, a.y - b.y) >= limits::kMinSideSeparation)
                    continue;
                error(at(base + "/positions", i),
                      "the " + std::string(enumName(b.side)) + " marker is on the same spot of view \"" + b.view +
                          "\" as the " + std::string(enumName(a.side)) + " marker at " + at(base + "/positions", j) +
                          ", (" + number(b.x) + ", " + number(b.y) + ")");
            }
        }
    }

    static std::string number(double value)
    {
        std::string text = std::to_string(value);
        text.erase(text.find_last_not_of('0') + 1);
        if (!text.empty() && text.back() == '.')
            text.pop_back();
        return text;
    }

    // Labels shared between points ---------------------------------------------------------

    struct LabelUse {
        std::size_t point;
        std::optional<std::size_t> alias; // nullopt: the point's own code
    };

    /// Reports at most kMaxErrorsPerLabel errors of one kind for one label, then one more
    /// error, at the first unreported place, saying how many places were left out.
    class CappedReport final {
    public:
        explicit CappedReport(Checker& checker)
            : m_checker(checker)
        {
        }

        [[nodiscard]] bool full() const { return m_reported == kMaxErrorsPerLabel; }
        void add(std::string where, std::string what)
        {
            ++m_reported;
            m_checker.error(std::move(where), std::move(what));
        }
        void skip(const std::string& where, const std::string& label)
        {
            if (m_skipped++ == 0) {
                m_firstSkipped = where;
                m_skippedLabel = label;
            }
        }
        /// "\"B23\": <what> at 5 more places, from here on<after> (only the first 10 are listed)".
        void finish(const std::string& what, const std::string& after)
        {
            if (m_skipped > 0)
                m_checker.error(m_firstSkipped,
                                "\"" + m_skippedLabel + "\": " + what + " at " + std::to_string(m_skipped) +
                                    (m_skipped == 1 ? " more place" : " more places") + ", from here on" + after +
                                    " (only the first " + std::to_string(kMaxErrorsPerLabel) + " are listed)");
        }

    private:
        Checker& m_checker;
        std::size_t m_reported = 0;
        std::size_t m_skipped = 0;
        std::string m_firstSkipped;
        std::string m_skippedLabel;
    };

    /// Groups every code and alias label by its folded form (foldText), in one pass, and
    /// checks each group once: the cost grows linearly with the number of labels.
    void checkSharedAliases()
    {
        // Every use with its group's number; groups are numbered in order of first use.
        std::unordered_map<std::string, std::size_t> groupOf;
        std::vector<LabelUse> uses;
        std::vector<std::size_t> groupOfUse;
        std::size_t labels = 0;
        for (const auto& point : m_data.points)
            labels += 1 + point.aliases.size();
        groupOf.reserve(labels);
        uses.reserve(labels);
        groupOfUse.reserve(labels);
        const auto add = [&](const std::string& label, LabelUse use) {
            auto key = foldText(label);
            if (key.empty())
                return;
            const auto it = groupOf.try_emplace(std::move(key), groupOf.size()).first;
            uses.push_back(use);
            groupOfUse.push_back(it->second);
        };
        for (std::size_t p = 0; p < m_data.points.size(); ++p) {
            const auto& point = m_data.points[p];
            if (!point.code.empty())
                add(point.code, {p, std::nullopt});
            for (std::size_t a = 0; a < point.aliases.size(); ++a)
                add(point.aliases[a].label, {p, a});
        }
        // A counting sort by group keeps each group's uses in document order.
        std::vector<std::size_t> groupStart(groupOf.size() + 1, 0);
        for (const auto group : groupOfUse)
            ++groupStart[group + 1];
        for (std::size_t g = 1; g < groupStart.size(); ++g)
            groupStart[g] += groupStart[g - 1];
        std::vector<LabelUse> byGroup(uses.size());
        std::vector<std::size_t> next(groupStart.begin(), groupStart.end() - 1);
        for (std::size_t i = 0; i < uses.size(); ++i)
            byGroup[next[groupOfUse[i]]++] = uses[i];
        for (std::size_t g = 0; g + 1 < groupStart.size(); ++g)
            checkLabelGroup(std::span(byGroup).subspan(groupStart[g], groupStart[g + 1] - groupStart[g]));
    }

    /// One label's uses, in document order: shared by points with different codes, every
    /// alias use must be marked ambiguous; used by one point only, none may be, unless the
    /// label reads as another code (readsAsAnotherCode).
    void checkLabelGroup(std::span<const LabelUse> uses)
    {
        const auto codeOf = [this](std::size_t p) -> const std::string& { return m_data.points[p].code; };
        const auto isMarked = [this](const LabelUse& use) {
            return use.alias && m_data.points[use.point].aliases[*use.alias].ambiguous;
        };
        // Points with one code twice are reported as duplicate codes, not here.
        const std::string& firstCode = codeOf(uses.front().point);
        const bool shared =
            std::any_of(uses.begin(), uses.end(), [&](const LabelUse& use) { return codeOf(use.point) != firstCode; });
        if (!shared && std::none_of(uses.begin(), uses.end(), isMarked))
            return;
        // The distinct points that use a shared label, by code, then by place in the file.
        // Uses come in document order, so one point's uses are next to each other.
        std::vector<std::size_t> points;
        if (shared) {
            for (const auto& use : uses) {
                if (points.empty() || points.back() != use.point)
                    points.push_back(use.point);
            }
            std::sort(points.begin(), points.end(), [&](std::size_t a, std::size_t b) {
                return codeOf(a) != codeOf(b) ? codeOf(a) < codeOf(b) : a < b;
            });
        }

        CappedReport report(*this);
        for (const auto& use : uses) {
            if (!use.alias)
                continue;
            const auto& alias = m_data.points[use.point].aliases[*use.alias];
            if (alias.ambiguous == shared || (!shared && readsAsAnotherCode(alias, codeOf(use.point))))
                continue;
            const std::string where = at(at("/points", use.point) + "/aliases", *use.alias);
            if (report.full())
                report.skip(where + (shared ? "/label" : "/ambiguous"), alias.label);
            else if (shared)
                report.add(where + "/label", "\"" + alias.label + "\" also names " + otherPoints(points, use.point) +
                                                 "; mark it \"ambiguous\": true on every point that uses it");
            else
                report.add(where + "/ambiguous", "\"" + alias.label +
                                                     "\" is marked ambiguous, but it names no other "
                                                     "point: no other point uses it, and no chart notation reads it as "
                                                     "another code");
        }
        if (shared)
            report.finish("not marked \"ambiguous\": true", "");
        else
            report.finish("marked ambiguous", ", although it names no other point");
    }

    /// Whether an alias, read as the search reads codes in any chart's notation (prefix
    /// variants, French notation, the older bladder numbering), can name a WHO point other
    /// than `code`: "B47" on BL52 is also WHO BL47, "P6" on PC6 is also LU6 in French
    /// notation. An older-bladder label ("Bladder 54" on BL40) read with the WHO numbers
    /// names BL54 wherever the two numberings differ.
    bool readsAsAnotherCode(const Alias& alias, const std::string& code)
    {
        if (alias.scheme == AliasScheme::OlderBladder) {
            const auto digits = alias.label.find_last_not_of("0123456789") + 1;
            const auto number = alias.label.size() - digits <= 2 && digits < alias.label.size()
                                    ? std::stoi(alias.label.substr(digits))
                                    : 0;
            if (olderBladderToWho(number) && "BL" + std::to_string(number) != code)
                return true;
        }
        if (!m_codeReader)
            m_codeReader = std::make_unique<QueryResolver>(m_noPoints);
        const auto readings = m_codeReader->resolve(alias.label).elsewhere;
        return std::any_of(readings.begin(), readings.end(),
                           [&code](const QueryMatch& reading) { return reading.code != code; });
    }

    /// "BL23 (/points/1), GV4 (/points/0)": the points in `points` (sorted by code) whose
    /// code is not self's, the first kMaxPointsNamed of them, then how many more.
    std::string otherPoints(const std::vector<std::size_t>& points, std::size_t self) const
    {
        const auto& selfCode = m_data.points[self].code;
        std::string out;
        std::size_t named = 0;
        std::size_t more = 0;
        for (const auto p : points) {
            const auto& code = m_data.points[p].code;
            if (code == selfCode)
                continue;
            if (named == kMaxPointsNamed) {
                ++more;
                continue;
            }
            out += (named++ == 0 ? "" : ", ") + code + " (" + at("/points", p) + ")";
        }
        if (more > 0)
            out += " and " + std::to_string(more) + (more == 1 ? " more point" : " more points");
        return out;
    }

    /// Complaints: unique ids of the form [a-z0-9-]+, links to points that exist, each
    /// cited by known sources and listed once, and no word (name or synonym, compared as
    /// foldText compares aliases) used twice in the catalogue's complaints.
    void checkComplaints()
    {
        checkUniqueIds(m_data.complaints, "/complaints", "complaint");
        std::map<std::string, std::string> wordAt; // folded word -> where it was first used
        std::set<std::string_view> codes;
        for (const auto& point : m_data.points)
            codes.insert(point.code);
        for (std::size_t c = 0; c < m_data.complaints.size(); ++c) {
            const Complaint& complaint = m_data.complaints[c];
            const std::string base = at("/complaints", c);
            if (!complaint.id.empty() && !isComplaintId(complaint.id))
                error(base + "/id", "\"" + complaint.id + "\" may hold only a-z, 0-9 and hyphens");
            checkComplaintWord(complaint.name, base + "/name", wordAt);
            for (std::size_t s = 0; s < complaint.synonyms.size(); ++s)
                checkComplaintWord(complaint.synonyms[s], at(base + "/synonyms", s), wordAt);
            checkComplaintPoints(complaint, base, codes);
        }
    }

    static bool isComplaintId(const std::string& id)
    {
        return std::all_of(id.begin(), id.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    }

    void checkComplaintWord(const std::string& word, const std::string& where,
                            std::map<std::string, std::string>& wordAt)
    {
        const std::string folded = foldText(word);
        if (folded.empty())
            return;
        const auto [it, inserted] = wordAt.emplace(folded, where);
        if (!inserted)
            error(where, "\"" + word + "\" is already a word for a complaint, at " + it->second +
                             " (words are compared without case, spaces, hyphens and dots)");
    }

    void checkComplaintPoints(const Complaint& complaint, const std::string& base,
                              const std::set<std::string_view>& codes)
    {
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < complaint.points.size(); ++i) {
            const ComplaintPoint& link = complaint.points[i];
            const std::string where = at(base + "/points", i);
            if (!link.code.empty()) {
                if (!codes.contains(link.code))
                    error(where + "/code", "point " + link.code + " is not in /points");
                const auto [it, inserted] = first.emplace(link.code, i);
                if (!inserted)
                    error(where + "/code",
                          link.code + " is already linked to this complaint at " + at(base + "/points", it->second));
            }
            if (link.sources.empty())
                error(where + "/sources",
                      "the link to " + link.code + " cites no source: every point of a complaint needs one");
            checkSources(link.sources, where + "/sources");
        }
    }

    const CatalogueData& m_data;
    std::set<std::string> m_sourceIds;
    std::set<std::string> m_regionIds;
    std::unordered_map<std::string, const View*> m_viewById;
    /// The ids of the views marked wholeBody, for messages: "front, back, side".
    std::string m_wholeBodyViews;
    /// Reads labels as codes (readsAsAnotherCode): a resolver over no points, made when needed.
    Catalogue m_noPoints;
    std::unique_ptr<QueryResolver> m_codeReader;
    CatalogueErrors m_errors;
};

} // namespace

CatalogueErrors validateCatalogue(const CatalogueData& data) { return Checker(data).run(); }

} // namespace acu
