#pragma once

// The catalogue's data types, one struct per object of docs/catalogue-format.md.
// Plain values: no Qt, no JSON. Field names follow the format.

#include <optional>
#include <string>
#include <vector>

namespace acu {

enum class SourceKind { Article, Standard, Editorial };
enum class Laterality { Midline, Bilateral };
enum class Side { Left, Right, Midline };
/// Whose English name: a translation of the characters, a name an article uses, or a name of
/// the acupressure tradition (the names in Gach-style books and sites, such as "Sea of Vitality").
enum class EnglishNameKind { Translation, Article, Acupressure };
enum class AliasScheme { Who, PrefixVariant, OlderBladder, French, OlderExtra, Name, Mislabel };
enum class Helper { Self, Helper };
enum class CautionTopic { Pregnancy, General };
enum class CautionLevel { Contraindicated, Caution };
enum class DisagreementTopic { Location, Finding, Technique, Duration, Repetitions, AppliedBy, Pregnancy, Label, Name };
enum class NoteKind { Correction, Remark };

using SourceIds = std::vector<std::string>;

struct Claim {
    std::string text;
    SourceIds sources;

    friend bool operator==(const Claim&, const Claim&) = default;
};

struct Source {
    std::string id;
    SourceKind kind = SourceKind::Article;
    std::string title;
    std::string author;
    std::string site;
    std::string date;
    std::string url; ///< http or https only
    std::string note;

    friend bool operator==(const Source&, const Source&) = default;
};

struct Region {
    std::string id;
    std::string name;

    friend bool operator==(const Region&, const Region&) = default;
};

struct View {
    std::string id;
    std::string name;
    double width = 0;
    double height = 0;
    /// The body's sides the drawing shows (a right hand: {Right}); empty: every side.
    std::vector<Side> sides;
    /// A drawing of the whole body (front, back, side), not a close-up of one part.
    bool wholeBody = false;

    friend bool operator==(const View&, const View&) = default;
};

struct Notice {
    std::string id;
    std::string title;
    std::string text;
    SourceIds sources;

    friend bool operator==(const Notice&, const Notice&) = default;
};

struct EnglishName {
    std::string text;
    EnglishNameKind kind = EnglishNameKind::Translation;
    SourceIds sources;

    friend bool operator==(const EnglishName&, const EnglishName&) = default;
};

struct Names {
    std::string pinyin;
    std::string hanzi;            // simplified characters
    std::string hanziTraditional; // traditional; the same as hanzi where the forms agree; empty: not recorded
    std::vector<EnglishName> english;

    friend bool operator==(const Names&, const Names&) = default;
};

struct Alias {
    std::string label;
    AliasScheme scheme = AliasScheme::Who;
    SourceIds sources;
    bool ambiguous = false;
    std::string note;

    friend bool operator==(const Alias&, const Alias&) = default;
};

struct Duration {
    int min = 0;            // seconds
    std::optional<int> max; // seconds; nullopt: no upper bound ("at least two minutes")
    std::string text;
    SourceIds sources;

    friend bool operator==(const Duration&, const Duration&) = default;
};

struct Repetitions {
    int min = 1;
    std::optional<int> max; // nullopt: no upper bound ("at least three times")
    std::string text;
    SourceIds sources;

    friend bool operator==(const Repetitions&, const Repetitions&) = default;
};

struct AppliedBy {
    Helper who = Helper::Self;
    std::string text;
    SourceIds sources;

    friend bool operator==(const AppliedBy&, const AppliedBy&) = default;
};

struct Caution {
    CautionTopic topic = CautionTopic::General;
    CautionLevel level = CautionLevel::Caution;
    std::string text;
    SourceIds sources;

    friend bool operator==(const Caution&, const Caution&) = default;
};

struct Disagreement {
    DisagreementTopic topic = DisagreementTopic::Location;
    std::string text;
    SourceIds sources;

    friend bool operator==(const Disagreement&, const Disagreement&) = default;
};

struct Note {
    NoteKind kind = NoteKind::Remark;
    std::string text;
    SourceIds sources;

    friend bool operator==(const Note&, const Note&) = default;
};

struct Position {
    std::string view;
    double x = 0;
    double y = 0;
    Side side = Side::Midline;

    friend bool operator==(const Position&, const Position&) = default;
};

struct Point {
    std::string code;
    std::string meridian;
    Names names;
    std::vector<Alias> aliases;
    std::vector<std::string> regions;
    Laterality laterality = Laterality::Bilateral;
    std::vector<Claim> location;
    std::vector<Claim> finding;
    std::vector<Claim> technique;
    std::vector<Duration> duration;
    std::vector<Repetitions> repetitions;
    std::vector<AppliedBy> appliedBy;
    std::vector<Claim> indications;
    std::vector<Caution> cautions;
    std::vector<Disagreement> disagreements;
    std::vector<Note> notes;
    std::vector<Position> positions;

    friend bool operator==(const Point&, const Point&) = default;
};

/// The strongest pregnancy caution on a point, or nullopt when no source gives one.
[[nodiscard]] std::optional<CautionLevel> pregnancyLevel(const Point& point);

/// Whether a source gives pressing instructions for the point: a technique, a duration or a
/// number of repetitions (who presses it alone is not an instruction).
[[nodiscard]] bool hasPressingInstructions(const Point& point);

} // namespace acu
