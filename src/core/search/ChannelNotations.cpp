#include "core/search/ChannelNotations.h"

#include <array>

namespace acu {

namespace {

struct Notation {
    std::string_view folded;
    std::string_view channel;
    std::string_view notation;
};

constexpr std::string_view kWho = "WHO code";
constexpr std::string_view kEnglish = "English charts";
constexpr std::string_view kFrench = "French notation";
constexpr std::string_view kChinese = "Chinese name";
constexpr std::string_view kChannelName = "channel name";

struct ChannelName {
    std::string_view folded;
    std::string_view channel;
    std::string_view notation;
    std::string_view written;
};

// The channels' whole names as charts print them before the number ("Kidney 1", "Triple
// Burner 5", "Ren Mai 6"), folded as the search folds what is typed (no case, no spaces).
constexpr std::array<ChannelName, 26> kChannelNames{{
    {"lung", "LU", kChannelName, "Lung"},
    {"largeintestine", "LI", kChannelName, "Large Intestine"},
    {"stomach", "ST", kChannelName, "Stomach"},
    {"spleen", "SP", kChannelName, "Spleen"},
    {"heart", "HT", kChannelName, "Heart"},
    {"smallintestine", "SI", kChannelName, "Small Intestine"},
    {"bladder", "BL", kChannelName, "Bladder"},
    {"urinarybladder", "BL", kChannelName, "Urinary Bladder"},
    {"kidney", "KI", kChannelName, "Kidney"},
    {"pericardium", "PC", kChannelName, "Pericardium"},
    {"heartgovernor", "PC", kChannelName, "Heart Governor"},
    {"heartprotector", "PC", kChannelName, "Heart Protector"},
    {"circulationsex", "PC", kChannelName, "Circulation-Sex"},
    {"tripleenergizer", "TE", kChannelName, "Triple Energizer"},
    {"tripleenergiser", "TE", kChannelName, "Triple Energiser"},
    {"tripleburner", "TE", kChannelName, "Triple Burner"},
    {"triplewarmer", "TE", kChannelName, "Triple Warmer"},
    {"tripleheater", "TE", kChannelName, "Triple Heater"},
    {"sanjiao", "TE", kChinese, "San Jiao"},
    {"gallbladder", "GB", kChannelName, "Gallbladder"},
    {"liver", "LR", kChannelName, "Liver"},
    {"governingvessel", "GV", kChannelName, "Governing Vessel"},
    {"governorvessel", "GV", kChannelName, "Governor Vessel"},
    {"dumai", "GV", kChinese, "Du Mai"},
    {"conceptionvessel", "CV", kChannelName, "Conception Vessel"},
    {"renmai", "CV", kChinese, "Ren Mai"},
}};

// GB/T 12346-2006 puts Yintang on the Governor Vessel as its 29th point (docs/sources.md).
constexpr std::array<NationalStandardCode, 1> kNationalStandardCodes{{
    {"GV29", "EX-HN3", "Yìntáng", "GB/T 12346-2006"},
}};

constexpr std::array<Notation, 48> kNotations{{
    {"lu", "LU", kWho},      {"l", "LU", kEnglish},   {"p", "PC", kEnglish},   {"p", "LU", kFrench},
    {"li", "LI", kWho},      {"ic", "LI", kEnglish},  {"co", "LI", kEnglish},  {"gi", "LI", kFrench},
    {"st", "ST", kWho},      {"s", "ST", kEnglish},   {"e", "ST", kFrench},    {"sp", "SP", kWho},
    {"rp", "SP", kFrench},   {"ht", "HT", kWho},      {"h", "HT", kEnglish},   {"he", "HT", kEnglish},
    {"c", "HT", kFrench},    {"si", "SI", kWho},      {"ig", "SI", kFrench},   {"bl", "BL", kWho},
    {"b", "BL", kEnglish},   {"ub", "BL", kEnglish},  {"v", "BL", kFrench},    {"ki", "KI", kWho},
    {"k", "KI", kEnglish},   {"kd", "KI", kEnglish},  {"kid", "KI", kEnglish}, {"r", "KI", kFrench},
    {"pc", "PC", kWho},      {"hc", "PC", kEnglish},  {"mc", "PC", kFrench},   {"te", "TE", kWho},
    {"tw", "TE", kEnglish},  {"sj", "TE", kChinese},  {"th", "TE", kEnglish},  {"tb", "TE", kEnglish},
    {"tr", "TE", kEnglish},  {"gb", "GB", kWho},      {"g", "GB", kEnglish},   {"vb", "GB", kFrench},
    {"lr", "LR", kWho},      {"lv", "LR", kEnglish},  {"liv", "LR", kEnglish}, {"f", "LR", kFrench},
    {"gv", "GV", kWho},      {"du", "GV", kChinese},  {"dm", "GV", kChinese},  {"vg", "GV", kFrench},
}};

constexpr std::array<Notation, 4> kConceptionNotations{{
    {"cv", "CV", kWho}, {"ren", "CV", kChinese}, {"rn", "CV", kChinese}, {"vc", "CV", kFrench},
}};

// The WHO bladder points' names in pinyin with tone marks, as the catalogue spells its own
// points. Checked against two public references: a point list taken from GB/T 12346 and the
// DIYacu (AcuWiki) bladder channel page; where those differ in a tone (BL4, BL5) the
// standard's reading is kept (Qūchā, Wǔchù).
constexpr std::array<std::string_view, 67> kBladderNames{
    "Jīngmíng",     "Cuánzhú",      "Méichōng",   "Qūchā",       "Wǔchù",       "Chéngguāng", "Tōngtiān",
    "Luòquè",       "Yùzhěn",       "Tiānzhù",    "Dàzhù",       "Fēngmén",     "Fèishū",     "Juéyīnshū",
    "Xīnshū",       "Dūshū",        "Géshū",      "Gānshū",      "Dǎnshū",      "Píshū",      "Wèishū",
    "Sānjiāoshū",   "Shènshū",      "Qìhǎishū",   "Dàchángshū",  "Guānyuánshū", "Xiǎochángshū",
    "Pángguāngshū", "Zhōnglǚshū",   "Báihuánshū", "Shàngliáo",   "Cìliáo",      "Zhōngliáo",  "Xiàliáo",
    "Huìyáng",      "Chéngfú",      "Yīnmén",     "Fúxì",        "Wěiyáng",     "Wěizhōng",   "Fùfēn",
    "Pòhù",         "Gāohuāng",     "Shéntáng",   "Yìxǐ",        "Géguān",      "Húnmén",     "Yánggāng",
    "Yìshè",        "Wèicāng",      "Huāngmén",   "Zhìshì",      "Bāohuāng",    "Zhìbiān",    "Héyáng",
    "Chéngjīn",     "Chéngshān",    "Fēiyáng",    "Fūyáng",      "Kūnlún",      "Púcān",      "Shēnmài",
    "Jīnmén",       "Jīnggǔ",       "Shùgǔ",      "Zútōnggǔ",    "Zhìyīn"};

} // namespace

std::vector<PrefixReading> prefixReadings(std::string_view foldedPrefix)
{
    std::vector<PrefixReading> readings;
    for (const auto& n : kNotations) {
        if (n.folded == foldedPrefix)
            readings.push_back({n.channel, n.notation, {}});
    }
    for (const auto& n : kConceptionNotations) {
        if (n.folded == foldedPrefix)
            readings.push_back({n.channel, n.notation, {}});
    }
    for (const auto& n : kChannelNames) {
        if (n.folded == foldedPrefix)
            readings.push_back({n.channel, n.notation, n.written});
    }
    return readings;
}

bool mayUseOlderBladderNumbering(std::string_view foldedPrefix)
{
    return foldedPrefix == "b" || foldedPrefix == "ub" || foldedPrefix == "bl" || foldedPrefix == "bladder" ||
           foldedPrefix == "urinarybladder";
}

std::string olderBladderNote(int olderNumber)
{
    if (olderNumber >= 36 && olderNumber <= 49)
        return "older charts number the outer back line before the back of the thigh: their 36 to 49 are WHO "
               "BL41 to BL54";
    if (olderNumber >= 50 && olderNumber <= 54)
        return "older charts number the back of the thigh and knee after the outer back line: their 50 to 54 are "
               "WHO BL36 to BL40";
    return {};
}

const NationalStandardCode* nationalStandardCode(std::string_view code)
{
    for (const auto& entry : kNationalStandardCodes) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

std::optional<int> olderBladderToWho(int olderNumber)
{
    if (olderNumber >= 36 && olderNumber <= 49)
        return olderNumber + 5;
    if (olderNumber >= 50 && olderNumber <= 54)
        return olderNumber - 14;
    return std::nullopt;
}

std::string_view whoBladderName(int number)
{
    if (number < 1 || number > static_cast<int>(kBladderNames.size()))
        return {};
    return kBladderNames[static_cast<std::size_t>(number - 1)];
}

} // namespace acu
