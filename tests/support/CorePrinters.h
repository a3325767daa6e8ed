#pragma once

// Lets GoogleTest print the core's values in failure messages.

#include "core/catalogue/CatalogueError.h"

#include <ostream>

namespace acu {

// Failures show the errors as text rather than bytes.
inline void PrintTo(const CatalogueError& error, std::ostream* os) { *os << '"' << error.toString() << '"'; }

} // namespace acu
