#pragma once

#include "core/catalogue/Catalogue.h"

#include <QString>

namespace acu {

/// What the reader has opened in the detail pane; all closed when a point is first shown.
struct DetailsOptions {
    bool pregnancyMode = false;   ///< a point with no pregnancy caution says so
    bool showWhy = false;         ///< the general pregnancy notice under the warning
    bool showFullCaution = false; ///< the pregnancy cautions in full, not their first sentence
    bool showAllLabels = false;   ///< every alias, not the first kLabelsShown
};

/// Aliases listed before "and N more".
inline constexpr int kLabelsShown = 12;

/// Links inside the pane's document that change what it shows (the pane handles them).
inline constexpr auto kWhyLink = "acu:why";
inline constexpr auto kMoreLink = "acu:more";
inline constexpr auto kAllLabelsLink = "acu:labels";

/// The first sentence of a text, and whether anything was left out; a first sentence
/// longer than maxChars is cut at a word before it and ends with "…".
/// "Forbidden. Ask first." -> {"Forbidden.", true}.
struct LeadText {
    QString lead;
    bool shortened = false;
};
[[nodiscard]] LeadText leadText(const QString& text, qsizetype maxChars = 160);

/// The detail pane's document for one point, as HTML in which every piece of catalogue
/// text is escaped and bidi-isolated. The point's code and name come first, then its
/// pregnancy caution in one or two lines (in pregnancy mode a point without one says so),
/// then names, facts, practice, cautions, disagreements and the numbered sources.
[[nodiscard]] QString pointDetailsHtml(const Catalogue& catalogue, const Point& point,
                                       const DetailsOptions& options = {});

} // namespace acu
