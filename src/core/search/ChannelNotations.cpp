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

constexpr std::array<std::string_view, 67> kBladderNames{
    "Jingming",    "Cuanzhu",     "Meichong",   "Quchai",      "Wuchu",        "Chengguang", "Tongtian",
    "Luoque",      "Yuzhen",      "Tianzhu",    "Dazhu",       "Fengmen",      "Feishu",     "Jueyinshu",
    "Xinshu",      "Dushu",       "Geshu",      "Ganshu",      "Danshu",       "Pishu",      "Weishu",
    "Sanjiaoshu",  "Shenshu",     "Qihaishu",   "Dachangshu",  "Guanyuanshu",  "Xiaochangshu",
    "Pangguangshu", "Zhonglushu", "Baihuanshu", "Shangliao",   "Ciliao",       "Zhongliao",  "Xialiao",
    "Huiyang",     "Chengfu",     "Yinmen",     "Fuxi",        "Weiyang",      "Weizhong",   "Fufen",
    "Pohu",        "Gaohuang",    "Shentang",   "Yixi",        "Geguan",       "Hunmen",     "Yanggang",
    "Yishe",       "Weicang",     "Huangmen",   "Zhishi",      "Baohuang",     "Zhibian",    "Heyang",
    "Chengjin",    "Chengshan",   "Feiyang",    "Fuyang",      "Kunlun",       "Pucan",      "Shenmai",
    "Jinmen",      "Jinggu",      "Shugu",      "Zutonggu",    "Zhiyin"};

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
