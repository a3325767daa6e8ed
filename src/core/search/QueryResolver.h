#pragma once

// Resolves what a person types (a code in any chart's notation, an alias, a name, a range)
// to every catalogue point it can mean, ranked, each with the reason in words.

#include "core/catalogue/Catalogue.h"
#include "core/search/TextNormalizer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acu {

/// One reading of a query.
struct QueryMatch {
    const Point* point = nullptr; ///< nullptr: a point this catalogue does not hold
    std::string code;             ///< WHO code: "BL52"
    std::string name;             ///< pinyin, or the standard name for points not held
    std::string reason;           ///< "older chart numbering: B47 is BL52 Zhìshì"
    int rank = 0;                 ///< lower is better
    int order = 0;                ///< within one rank, lower first: a complaint's points in its order
};

struct Resolution {
    std::vector<QueryMatch> matches;   ///< catalogue points, best first, one entry per point
    std::vector<QueryMatch> elsewhere; ///< readings that name points not in this catalogue
    std::string problem;               ///< why nothing matched, when matches is empty
    std::string suggestion;            ///< the nearest label, when nothing matched: "Zhìshì (BL52)"
};

/// How much a query must match.
enum class MatchMode {
    Whole,    ///< the whole query is a code, label, name or range (--lookup, --select)
    AsYouType ///< also codes, labels and name words that start with the query (the search field)
};

/// An index over one catalogue, built once; resolve() then costs microseconds. The
/// catalogue must outlive the resolver.
class QueryResolver final {
public:
    explicit QueryResolver(const Catalogue& catalogue);

    /// Every reading of the query, ranked: exact codes and labels (an alias's scheme is its
    /// reading), then codes in other notations, under channel names as charts print them
    /// ("Kidney 1") and in China's national standard (GV29 is EX-HN3), then the older bladder
    /// numbering (after the WHO reading of the same number, with a note that says why), then names,
    /// then (AsYouType) prefixes, then names within one or two typos (five letters or more).
    /// A range ("CV3-CV7", "BL27-34", "EX-HN1-15") expands to its points, lowest number
    /// first whichever way it is written ("CV24-CV1" is CV1 to CV24); "CV3-CV3" is CV3. A
    /// complaint's name or synonym ("sciatica", "lumbago"; AsYouType also "sciat") lists the
    /// complaint's points in its order, best supported first, after the names.
    [[nodiscard]] Resolution resolve(std::string_view query, MatchMode mode = MatchMode::Whole) const;

    [[nodiscard]] const Catalogue& catalogue() const { return m_catalogue; }

private:
    enum class KeyKind { Code, Alias, Pinyin, English, Hanzi, NameWord };
    /// How often each letter a-z occurs, and (last) every other byte.
    using LetterCounts = std::array<std::uint8_t, 27>;
    [[nodiscard]] static LetterCounts countLetters(std::string_view folded);
    [[nodiscard]] static std::uint32_t letterSet(const LetterCounts& counts);
    struct Key {
        std::string folded;
        std::size_t point;
        KeyKind kind;
        std::size_t alias; ///< index into the point's aliases for KeyKind::Alias
        std::string shown; ///< the text as written: "Will's Chamber"
        LetterCounts letters; ///< for ruling out typo candidates cheaply
        std::uint32_t letterSet; ///< bit n: letter 'a' + n occurs (bit 26: any other byte)
    };
    struct Collector;

    void addKey(std::string folded, std::size_t point, KeyKind kind, std::size_t alias, std::string shown);
    void resolveCode(std::string_view prefix, int number, std::string_view typed, Collector& out) const;
    /// separated: the query writes a hyphen, a dash or "to" between the numbers, so that a
    /// reversed pair ("CV7-3") reads as a range while "BL5 2" stays the code BL52.
    bool resolveRange(const std::string& words, bool separated, Collector& out) const;
    void resolveExact(const std::string& folded, Collector& out) const;
    void resolvePrefixes(const std::string& folded, Collector& out) const;
    void resolveTypos(const std::string& folded, Collector& out) const;
    [[nodiscard]] std::string nearest(const std::string& folded) const;
    [[nodiscard]] std::string keyReason(const Key& key) const;

    /// A complaint's name or synonym, folded, for exact and prefix look-ups.
    struct ComplaintKey {
        std::string folded;
        std::size_t complaint; ///< index into the catalogue's complaints
        std::string shown;     ///< the word as written: "stiff neck"
        bool isName = false;
    };
    void indexComplaints();
    void resolveComplaints(const std::string& folded, MatchMode mode, Collector& out) const;
    void resolveComplaintTypos(const std::string& folded, Collector& out) const;
    /// Adds the complaint's points in its order, from firstOrder on; word is what matched.
    void addComplaintPoints(std::size_t complaint, const std::string& word, int rank, int firstOrder, Collector& out,
                            const std::string& reasonStart = {}) const;

    const Catalogue& m_catalogue;
    HanziMap m_traditional;
    std::vector<Key> m_keys;
    /// Indexes into m_keys sorted by folded text, for exact and prefix look-ups.
    std::vector<std::size_t> m_sorted;
    /// The keys a typo may match (names), sorted by length.
    std::vector<std::size_t> m_typoKeys;
    /// Every complaint's name and synonyms, sorted by folded text.
    std::vector<ComplaintKey> m_complaintKeys;
};

/// A resolver that keeps its catalogue alive for as long as any copy of the pointer lives,
/// so that it can be handed between threads and objects on its own. Null for a null
/// catalogue.
[[nodiscard]] std::shared_ptr<const QueryResolver> makeSharedResolver(std::shared_ptr<const Catalogue> catalogue);

} // namespace acu
