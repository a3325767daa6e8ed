#pragma once

#include "core/catalogue/Catalogue.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace acu {

/// Numbers sources in the order they are first cited, across everything one printout or
/// clipboard text holds.
class SourceNumbers final {
public:
    /// The numbers of these sources, ascending, numbering new ones as they come.
    [[nodiscard]] std::vector<int> cite(const SourceIds& ids);
    /// The cited source ids in number order.
    [[nodiscard]] const std::vector<std::string>& order() const { return m_order; }

private:
    std::map<std::string, int> m_numbers;
    std::vector<std::string> m_order;
};

/// A plain-text statement and the numbers of its sources.
struct CitedText {
    QString text;
    std::vector<int> sources;
};

struct TextSection {
    QString heading;
    std::vector<CitedText> lines;
};

/// What a point card and the clipboard say about a point, in reading order: the pregnancy
/// caution first, then where it is, how to find it, how to press it, the other cautions.
/// Every text is plain (not yet escaped).
struct PointSummary {
    QString code;
    QString names;       ///< "Zhìshì 志室"
    QString english;     ///< "Will Chamber · Will's Chamber"
    QString acupressure; ///< "Acupressure name: Sea of Vitality", or empty
    std::optional<TextSection> pregnancy;
    bool pregnancyForbidden = false;
    std::vector<TextSection> sections;
};

[[nodiscard]] PointSummary summarizePoint(const Catalogue& catalogue, const Point& point, SourceNumbers& numbers);

/// "Hold 1 to 2 min (each side)": a duration as a reader says it.
[[nodiscard]] QString holdText(const Duration& duration);
/// "Repeat 3 to 4 times, per session".
[[nodiscard]] QString repeatText(const Repetitions& repetitions);

/// The sources in number order, each "Title, Author, Site, Date, address" in plain text.
[[nodiscard]] std::vector<QString> sourceList(const Catalogue& catalogue, const SourceNumbers& numbers);

/// The medical notice (title and text) with its sources, or nullopt when the catalogue has none.
[[nodiscard]] std::optional<TextSection> medicalNotice(const Catalogue& catalogue, SourceNumbers& numbers);

/// " [1, 3]", or "" for no sources.
[[nodiscard]] QString citationText(const std::vector<int>& numbers);

/// The code, names and pregnancy caution as HTML (every text escaped).
[[nodiscard]] QString summaryHeaderHtml(const PointSummary& summary);
/// The summary as HTML (every text escaped) and as plain text.
[[nodiscard]] QString summaryHtml(const PointSummary& summary);
[[nodiscard]] QString summaryPlainText(const PointSummary& summary);
/// Sections as HTML or plain text, for the parts of a printout around a summary.
[[nodiscard]] QString sectionHtml(const TextSection& section);
[[nodiscard]] QString sectionPlainText(const TextSection& section);
[[nodiscard]] QString sourcesHtml(const std::vector<QString>& sources);
[[nodiscard]] QString sourcesPlainText(const std::vector<QString>& sources);

} // namespace acu
