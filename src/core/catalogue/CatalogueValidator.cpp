#include "core/catalogue/CatalogueValidator.h"

#include "core/catalogue/EnumNames.h"
#include "core/search/PointCode.h"
#include "core/search/TextNormalizer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace acu {

namespace {

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
    }

    CatalogueErrors run()
    {
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
        return std::move(m_errors);
    }

private:
    void error(std::string where, std::string what) { m_errors.push_back({std::move(where), std::move(what)}); }

    /// A source address must be a plain http or https address: no other scheme, no spaces.
    void checkUrl(const std::string& url, const std::string& where)
    {
        if (url.empty())
            return;
        const bool web = url.starts_with("https://") || url.starts_with("http://");
        const bool plain = std::none_of(url.begin(), url.end(), [](char c) {
            return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>';
        });
        if (!web)
            error(where, "must be an http:// or https:// address");
        else if (!plain)
            error(where, "must not contain spaces, quotes, angle brackets or control characters");
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

    template <typename T> void checkRanges(const std::vector<T>& items, const std::string& base, const char* unit)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].min > items[i].max)
                error(at(base, i), "min (" + std::to_string(items[i].min) + ") is greater than max (" +
                                       std::to_string(items[i].max) + ") " + unit);
        }
    }

    void checkPoint(const Point& point, const std::string& base)
    {
        checkCode(point, base);
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
        if (point.laterality == Laterality::Bilateral && !point.positions.empty() && !(left && right))
            error(base + "/positions", std::string("a bilateral point needs a marker on both sides; the ") +
                                           (left ? "right" : "left") + " side has none");
    }

    const View* findView(const std::string& id) const
    {
        for (const auto& view : m_data.views) {
            if (view.id == id)
                return &view;
        }
        return nullptr;
    }

    static std::string number(double value)
    {
        std::string text = std::to_string(value);
        text.erase(text.find_last_not_of('0') + 1);
        if (!text.empty() && text.back() == '.')
            text.pop_back();
        return text;
    }

    struct LabelUse {
        std::size_t point;
        std::optional<std::size_t> alias; // nullopt: the point's own code
    };

    void checkSharedAliases()
    {
        std::map<std::string, std::vector<LabelUse>> uses;
        for (std::size_t p = 0; p < m_data.points.size(); ++p) {
            const auto& point = m_data.points[p];
            if (!point.code.empty())
                uses[foldText(point.code)].push_back({p, std::nullopt});
            for (std::size_t a = 0; a < point.aliases.size(); ++a)
                uses[foldText(point.aliases[a].label)].push_back({p, a});
        }
        for (const auto& [key, list] : uses) {
            std::set<std::string> codes; // points with one code twice are reported as duplicates
            for (const auto& use : list)
                codes.insert(m_data.points[use.point].code);
            if (key.empty() || codes.size() < 2)
                continue;
            for (const auto& use : list) {
                if (!use.alias)
                    continue;
                const auto& alias = m_data.points[use.point].aliases[*use.alias];
                if (alias.ambiguous)
                    continue;
                error(at(at("/points", use.point) + "/aliases", *use.alias) + "/label",
                      "\"" + alias.label + "\" also names " + otherPoints(list, use.point) +
                          "; mark it \"ambiguous\": true on every point that uses it");
            }
        }
    }

    std::string otherPoints(const std::vector<LabelUse>& list, std::size_t self) const
    {
        std::set<std::string> codes;
        for (const auto& use : list) {
            if (m_data.points[use.point].code != m_data.points[self].code)
                codes.insert(m_data.points[use.point].code + " (" + at("/points", use.point) + ")");
        }
        std::string out;
        for (const auto& code : codes)
            out += (out.empty() ? "" : ", ") + code;
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
    CatalogueErrors m_errors;
};

} // namespace

CatalogueErrors validateCatalogue(const CatalogueData& data) { return Checker(data).run(); }

} // namespace acu
