#pragma once

#include "core/catalogue/Catalogue.h"

#include <iosfwd>
#include <string_view>

namespace acu {

enum class LookupFormat { Text, Json };

/// `acupoint-atlas --lookup QUERY [--json]`: prints every reading of the query, best first,
/// one line each as CODE<TAB>NAME<TAB>REASON (readings outside the catalogue last), or with
/// Json a JSON array of {code, name, reason, inCatalogue, pregnancy: {level, text}}; returns 0.
/// When nothing in the catalogue matches: nothing on out, the reason (and the nearest
/// label) on err, and 1.
int runLookupCommand(const Catalogue& catalogue, std::string_view query, LookupFormat format, std::ostream& out,
                     std::ostream& err);

} // namespace acu
