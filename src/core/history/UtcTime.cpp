#include "core/history/UtcTime.h"

#include <chrono>
#include <cstdio>

namespace acu {

namespace {

using namespace std::chrono;

/// The number written by the digits text[from, from + count), or nullopt if one is not a digit.
std::optional<int> digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

std::string formatUtcTime(std::int64_t ms)
{
    const sys_time<milliseconds> time{milliseconds(ms)};
    const auto day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()), static_cast<int>(clock.subseconds().count()));
    return text;
}

std::optional<std::int64_t> parseUtcTime(std::string_view text)
{
    const bool withMs = text.size() == 24;
    if (text.size() != 20 && !withMs)
        return std::nullopt;
    if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text.back() != 'Z' || (withMs && text[19] != '.'))
        return std::nullopt;
    const auto y = digits(text, 0, 4);
    const auto mo = digits(text, 5, 2);
    const auto d = digits(text, 8, 2);
    const auto h = digits(text, 11, 2);
    const auto mi = digits(text, 14, 2);
    const auto s = digits(text, 17, 2);
    const auto fraction = withMs ? digits(text, 20, 3) : std::optional<int>(0);
    if (!y || !mo || !d || !h || !mi || !s || !fraction || *y < 1 || *h > 23 || *mi > 59 || *s > 59)
        return std::nullopt;
    const year_month_day date{year(*y), month(static_cast<unsigned>(*mo)), day(static_cast<unsigned>(*d))};
    if (!date.ok())
        return std::nullopt;
    const auto time = sys_days(date) + hours(*h) + minutes(*mi) + seconds(*s) + milliseconds(*fraction);
    return time.time_since_epoch().count();
}

} // namespace acu
