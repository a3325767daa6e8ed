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
            readings.push_back({n.channel, n.notation});
    }
    for (const auto& n : kConceptionNotations) {
        if (n.folded == foldedPrefix)
            readings.push_back({n.channel, n.notation});
    }
    return readings;
}

bool mayUseOlderBladderNumbering(std::string_view foldedPrefix)
{
    return foldedPrefix == "b" || foldedPrefix == "ub";
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
