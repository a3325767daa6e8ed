#include "EditDistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace acu {

int editDistance(std::string_view a, std::string_view b, int limit)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows: two back (for swaps), one back, current.
    std::vector<int> before(static_cast<std::size_t>(m + 1));
    std::vector<int> previous(static_cast<std::size_t>(m + 1));
    std::vector<int> current(static_cast<std::size_t>(m + 1));
    for (int j = 0; j <= m; ++j)
        previous[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[uj - 1] ? 0 : 1;
            int best = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[uj - 2] &&
                a[static_cast<std::size_t>(i - 2)] == b[uj - 1])
                best = std::min(best, before[uj - 2] + 1);
            current[uj] = best;
            rowMin = std::min(rowMin, best);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[static_cast<std::size_t>(m)], limit + 1);
}

} // namespace acu
