#pragma once

// What people come with ("Sciatica"), the words they type for it, and the points the
// sources use for it. Plain values, like PointTypes.h; see docs/catalogue-format.md.

#include "core/catalogue/PointTypes.h"

#include <string>
#include <vector>

namespace acu {

/// One point a complaint uses, with the sources that tie the two.
struct ComplaintPoint {
    std::string code;  ///< WHO code of a catalogue point: "GB30"
    SourceIds sources; ///< every source that makes the link, at least one

    friend bool operator==(const ComplaintPoint&, const ComplaintPoint&) = default;
};

struct Complaint {
    std::string id;                    ///< [a-z0-9-]+: "sciatica"
    std::string name;                  ///< "Sciatica"
    std::vector<std::string> synonyms; ///< other words people type: "sciatic pain"
    /// Best supported first (most sources), then in the order the sources give.
    std::vector<ComplaintPoint> points;

    friend bool operator==(const Complaint&, const Complaint&) = default;
};

} // namespace acu
