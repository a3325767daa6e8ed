#include "core/search/EditDistance.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace acu {

namespace {

/// Longer strings are compared for equality only; names and labels are far shorter.
constexpr int kMaxLength = 64;

} // namespace

int editDistance(std::string_view a, std::string_view b, int limit)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (m > kMaxLength || n > kMaxLength)
        return a == b ? 0 : limit + 1;
    // Three rows on the stack: two back (for swaps), one back, current.
    std::array<int, kMaxLength + 1> rows[3]{};
    int* before = rows[0].data();
    int* previous = rows[1].data();
    int* current = rows[2].data();
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const auto ai = a[static_cast<std::size_t>(i - 1)];
            const auto bj = b[static_cast<std::size_t>(j - 1)];
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai == bj ? 0 : 1)});
            if (i > 1 && j > 1 && ai == b[static_cast<std::size_t>(j - 2)] &&
                a[static_cast<std::size_t>(i - 2)] == bj)
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
            rowMin = std::min(rowMin, best);
        }
        if (rowMin > limit)
            return limit + 1;
        int* reused = before;
        before = previous;
        previous = current;
        current = reused;
    }
    return std::min(previous[m], limit + 1);
}

} // namespace acu
