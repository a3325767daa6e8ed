#pragma once

// How charts write channel prefixes, and the older bladder numbering (see DOMAIN notes in
// docs/catalogue-format.md and the user guide).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acu {

/// One way to read a typed prefix: the WHO channel it names, in which notation.
struct PrefixReading {
    std::string_view channel;  ///< WHO prefix: "PC"
    std::string_view notation; ///< "WHO code", "English charts", "French notation", "Chinese name", "channel name"
    /// The channel's name as charts print it, for a prefix that is a whole name ("Kidney",
    /// "San Jiao"); empty for a letter prefix ("K").
    std::string_view written;
};

/// Every channel a folded (lower-case, without spaces) prefix can name: "bl" -> BL (WHO);
/// "p" -> PC (English charts) and LU (French notation); "liv" -> LR; "du" -> GV; the whole
/// names charts print, in English and pinyin: "kidney" -> KI, "tripleburner" and "sanjiao"
/// -> TE, "governingvessel" -> GV, "renmai" -> CV. Empty for unknown prefixes.
[[nodiscard]] std::vector<PrefixReading> prefixReadings(std::string_view foldedPrefix);

/// Whether a folded bladder prefix may be meant in the older numbering: "b" and "ub" of the
/// older charts, and "bl" and "bladder", which acupressure sites print with the older numbers
/// ("Bladder 47" and "BL47" for Zhishi).
[[nodiscard]] bool mayUseOlderBladderNumbering(std::string_view foldedPrefix);

/// The WHO number of an older-chart bladder number: B36-B49 -> BL41-BL54, B50-B54 ->
/// BL36-BL40; nullopt where both numberings agree.
[[nodiscard]] std::optional<int> olderBladderToWho(int olderNumber);

/// Why an older-chart bladder number means another WHO point, in words ("older charts number
/// the outer back line before the back of the thigh: their 36 to 49 are WHO BL41 to BL54"),
/// or "" where both numberings agree.
[[nodiscard]] std::string olderBladderNote(int olderNumber);

/// A code that China's national standard GB/T 12346-2006 gives a point the WHO standard codes
/// otherwise: GV29, its number for Yintang, which WHO codes as the extra point EX-HN3.
struct NationalStandardCode {
    std::string_view code;     ///< "GV29"
    std::string_view whoCode;  ///< "EX-HN3"
    std::string_view name;     ///< "Yìntáng"
    std::string_view standard; ///< "GB/T 12346-2006"
};

/// The national-standard reading of a WHO-form code ("GV29"), or nullptr where the code means
/// the same in both standards or in neither.
[[nodiscard]] const NationalStandardCode* nationalStandardCode(std::string_view code);

/// The pinyin name of WHO bladder point BL1..BL67 with tone marks ("Húnmén" for 47), or ""
/// out of range.
[[nodiscard]] std::string_view whoBladderName(int number);

} // namespace acu
