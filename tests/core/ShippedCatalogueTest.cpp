// The catalogue shipped in data/: it validates, holds every point the five articles name,
// and every statement cites a source.

#include "core/catalogue/CatalogueLoader.h"
#include "core/catalogue/CatalogueValidator.h"
#include "core/catalogue/EnumNames.h"
#include "core/search/PointCode.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <utility>

namespace {

const acu::Catalogue& shipped()
{
    static const acu::Catalogue catalogue = [] {
        auto result = acu::loadCatalogueFile(acu::test::shippedCatalogue());
        if (!result.ok()) {
            for (const auto& error : result.errors())
                ADD_FAILURE() << error.toString();
            return acu::Catalogue();
        }
        return result.takeCatalogue();
    }();
    return catalogue;
}

const acu::Alias* findAlias(const acu::Point& point, const std::string& label)
{
    for (const auto& alias : point.aliases) {
        if (alias.label == label)
            return &alias;
    }
    return nullptr;
}

template <typename T> void collectSources(const std::vector<T>& items, std::set<std::string>& out)
{
    for (const auto& item : items)
        out.insert(item.sources.begin(), item.sources.end());
}

std::vector<const acu::Caution*> pregnancyCautions(const acu::Point& point)
{
    std::vector<const acu::Caution*> out;
    for (const auto& caution : point.cautions) {
        if (caution.topic == acu::CautionTopic::Pregnancy)
            out.push_back(&caution);
    }
    return out;
}

bool cites(const acu::SourceIds& sources, const std::string& id)
{
    return std::find(sources.begin(), sources.end(), id) != sources.end();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// Points for which no reference checked gives an English translation: they have none rather
/// than a guessed one (docs/sources.md).
const std::set<std::string> kNoEnglishNameChecked{"CV18", "GV6", "GV15", "GV22"};

} // namespace

// The shipped catalogue validates.
TEST(ShippedCatalogue, validates)
{
    const auto result = acu::loadCatalogueFile(acu::test::shippedCatalogue());
    for (const auto& error : result.errors())
        ADD_FAILURE() << error.toString();
    EXPECT_TRUE(result.ok());
}

// Every point the articles teach or mention, under its WHO code.
TEST(ShippedCatalogue, holdsEveryPointTheArticlesName)
{
    const std::vector<std::string> named{
        // taught for back pain
        "GB30", "GV1", "GV2", "BL52", "CV6", "BL23", "GV4", "BL60", "LR3", "BL40", "GB21", "BL10", "TE3", "LI4", "KI27",
        "GV14", "SI15", "BL53", "BL39", "KI1", "GB29",
        // named in passing: FAQ answers and the points to avoid in pregnancy
        "GV20", "EX-HN3", "LU7", "PC6", "SP6", "HT7", "ST36", "GB41", "SP10", "SP15", "SI19", "BL67",
        // the ranges CV3-CV7 and BL27-BL34, point by point
        "CV3", "CV4", "CV5", "CV7", "BL27", "BL28", "BL29", "BL30", "BL31", "BL32", "BL33", "BL34"};
    for (const auto& code : named)
        EXPECT_NE(shipped().findPoint(code), nullptr) << code;
}

// The whole Conception and Governor Vessels, CV1-CV24 and GV1-GV28, besides the points the
// articles name: nothing else.
TEST(ShippedCatalogue, holdsTheWholeConceptionAndGovernorVessels)
{
    for (const auto& [channel, length] : {std::pair<std::string, int>{"CV", 24}, {"GV", 28}}) {
        std::size_t count = 0;
        for (int number = 1; number <= length; ++number) {
            const std::string code = channel + std::to_string(number);
            EXPECT_NE(shipped().findPoint(code), nullptr) << code;
        }
        for (const auto& point : shipped().points())
            count += point.meridian == channel ? 1 : 0;
        EXPECT_EQ(count, static_cast<std::size_t>(length)) << channel;
    }
    // all 361 points of the 14 channels and 6 extra points: Yintang, Taiyang, Jiaji, Yaoyan,
    // Shiqizhui and Yaotongdian
    EXPECT_EQ(shipped().points().size(), 367u);
}

// The catalogue declares complete exactly the channels it holds in full, so that the validator
// keeps them whole (a point lost from one is an error) and no declaration lags behind the data.
TEST(ShippedCatalogue, declaresEveryChannelItHoldsInFull)
{
    std::vector<std::string> full;
    for (const acu::Channel& channel : acu::channels()) {
        int count = 0;
        for (int number = 1; number <= channel.pointCount; ++number)
            count += shipped().findPoint(std::string(channel.prefix) + std::to_string(number)) ? 1 : 0;
        if (count == channel.pointCount)
            full.emplace_back(channel.prefix);
    }
    std::vector<std::string> declared = shipped().completeChannels();
    std::sort(declared.begin(), declared.end());
    std::sort(full.begin(), full.end());
    EXPECT_EQ(declared, full);
    EXPECT_EQ(full, (std::vector<std::string>{"BL", "CV", "GB", "GV", "HT", "KI", "LI", "LR", "LU", "PC", "SI", "SP",
                                              "ST", "TE"}));
}

// Each point has its names, a sourced location and a marker on a whole-body view.
TEST(ShippedCatalogue, everyPointHasNamesLocationAndWholeBodyMarker)
{
    for (const auto& point : shipped().points()) {
        EXPECT_FALSE(point.names.pinyin.empty()) << point.code;
        EXPECT_FALSE(point.names.hanzi.empty()) << point.code;
        EXPECT_FALSE(point.names.hanziTraditional.empty()) << point.code;
        if (!kNoEnglishNameChecked.contains(point.code)) {
            EXPECT_FALSE(point.names.english.empty()) << point.code;
        }
        ASSERT_FALSE(point.location.empty()) << point.code;
        bool standard = false;
        for (const auto& claim : point.location) {
            EXPECT_FALSE(claim.sources.empty()) << point.code;
            standard = standard || cites(claim.sources, "who-2008");
        }
        if (point.meridian != "EX") {
            EXPECT_TRUE(standard) << point.code << ": location does not cite the standard";
        }
        bool wholeBody = false;
        for (const auto& position : point.positions)
            wholeBody = wholeBody || position.view == "front" || position.view == "back" || position.view == "side";
        EXPECT_TRUE(wholeBody) << point.code;
    }
}

// Every source is cited by a notice or a point: nothing in the seeds was dropped, no source is idle.
TEST(ShippedCatalogue, everySourceIsCited)
{
    std::set<std::string> cited;
    for (const auto& notice : shipped().notices())
        cited.insert(notice.sources.begin(), notice.sources.end());
    for (const auto& point : shipped().points()) {
        collectSources(point.names.english, cited);
        collectSources(point.location, cited);
        collectSources(point.finding, cited);
        collectSources(point.technique, cited);
        collectSources(point.duration, cited);
        collectSources(point.repetitions, cited);
        collectSources(point.appliedBy, cited);
        collectSources(point.cautions, cited);
        collectSources(point.indications, cited);
        collectSources(point.disagreements, cited);
        collectSources(point.notes, cited);
    }
    for (const auto& source : shipped().sources())
        EXPECT_TRUE(cited.contains(source.id)) << source.id;
}

// The points on the traditional lists are contraindicated in pregnancy, with a source. GV2, at the
// sacral hiatus, is one of the "points in the sacral region" the list names by example (BL27-BL34).
TEST(ShippedCatalogue, traditionalPregnancyListIsContraindicated)
{
    for (const char* code : {"LI4", "SP6",  "BL60", "BL67", "GB21", "LU7",  "CV3",  "CV4",  "CV5",  "CV6",
                             "CV7", "BL27", "BL28", "BL29", "BL30", "BL31", "BL32", "BL33", "BL34", "GV2"}) {
        const auto* point = shipped().findPoint(code);
        ASSERT_NE(point, nullptr) << code;
        EXPECT_EQ(acu::pregnancyLevel(*point), acu::CautionLevel::Contraindicated) << code;
        EXPECT_EQ(point->cautions.front().topic, acu::CautionTopic::Pregnancy) << code << ": pregnancy first";
    }
}

// "Said to be able to bring on labour" is the reason the review of the forbidden points gives, not
// the guide's FAQ, which only lists them: every caution that gives that reason cites the review.
TEST(ShippedCatalogue, labourReasonCitesTheReviewOfForbiddenPoints)
{
    int count = 0;
    for (const auto& point : shipped().points()) {
        for (const auto* caution : pregnancyCautions(point)) {
            if (!contains(caution->text, "bring on labour"))
                continue;
            ++count;
            if (point.code == "BL60" || point.code == "GB21")
                continue; // the guide's own sections on these two give the reason
            EXPECT_TRUE(cites(caution->sources, "carr-2015")) << point.code;
        }
    }
    EXPECT_EQ(count, 27); // CV2, GB27, GB28 and ST26-ST29 join CV3-CV7 as points of the lower belly
}

// The acupressure guide's page on B48 says to avoid it in pregnancy: BL53 is graded by that source.
TEST(ShippedCatalogue, bl53IsContraindicatedOnTheGuidesWord)
{
    const auto& bl53 = *shipped().findPoint("BL53");
    const auto cautions = pregnancyCautions(bl53);
    ASSERT_EQ(cautions.size(), 1u);
    EXPECT_EQ(cautions.front()->level, acu::CautionLevel::Contraindicated);
    EXPECT_TRUE(cites(cautions.front()->sources, "acupressureguide-b48"));
}

// The catalogue carries the notices a user must see.
TEST(ShippedCatalogue, hasMedicalAndPregnancyNotices)
{
    EXPECT_NE(shipped().findNotice("medical"), nullptr);
    EXPECT_NE(shipped().findNotice("pregnancy"), nullptr);
}

// Labels exactly as the articles print them are aliases of the point they describe.
TEST(ShippedCatalogue, articleLabelsAreAliasesWithTheirScheme)
{
    struct Expected {
        const char* code;
        const char* label;
        acu::AliasScheme scheme;
    };
    const std::vector<Expected> expected{
        {"BL52", "B47", acu::AliasScheme::OlderBladder},   {"BL52", "UB 47", acu::AliasScheme::OlderBladder},
        {"BL40", "B54", acu::AliasScheme::OlderBladder},   {"BL39", "B53", acu::AliasScheme::OlderBladder},
        {"BL53", "B48", acu::AliasScheme::OlderBladder},   {"LI4", "4GI", acu::AliasScheme::French},
        {"LR3", "Liv3", acu::AliasScheme::PrefixVariant},  {"KI1", "KD1", acu::AliasScheme::PrefixVariant},
        {"KI27", "K 27", acu::AliasScheme::PrefixVariant}, {"BL10", "GB 10", acu::AliasScheme::Mislabel},
    };
    for (const auto& e : expected) {
        const auto* point = shipped().findPoint(e.code);
        ASSERT_NE(point, nullptr) << e.code;
        const auto* alias = findAlias(*point, e.label);
        ASSERT_NE(alias, nullptr) << e.code << " " << e.label;
        EXPECT_EQ(alias->scheme, e.scheme) << e.code << " " << e.label;
    }
}

// The older B53 (BL39) collides with BL53 written B53: both readings are marked ambiguous.
TEST(ShippedCatalogue, olderB53IsMarkedAmbiguous)
{
    const auto* point = shipped().findPoint("BL39");
    ASSERT_NE(point, nullptr);
    const auto* alias = findAlias(*point, "B53");
    ASSERT_NE(alias, nullptr);
    EXPECT_TRUE(alias->ambiguous);
}

// A corrected article error says so in a note on the point.
TEST(ShippedCatalogue, mislabelledPointCarriesACorrection)
{
    const auto* point = shipped().findPoint("BL10");
    ASSERT_NE(point, nullptr);
    bool correction = false;
    for (const auto& note : point->notes)
        correction = correction || note.kind == acu::NoteKind::Correction;
    EXPECT_TRUE(correction);
}

// The article that recommends LI4 but lists it as forbidden in pregnancy is recorded as a disagreement.
TEST(ShippedCatalogue, pregnancyDisagreementOnLI4IsRecorded)
{
    const auto* point = shipped().findPoint("LI4");
    ASSERT_NE(point, nullptr);
    bool found = false;
    for (const auto& d : point->disagreements)
        found = found || d.topic == acu::DisagreementTopic::Pregnancy;
    EXPECT_TRUE(found);
}

// The three-points article's "at least two minutes" is an open range on each of its points.
TEST(ShippedCatalogue, atLeastTwoMinutesIsAnOpenRange)
{
    for (const char* code : {"GB29", "GB30", "BL40"}) {
        const auto* point = shipped().findPoint(code);
        ASSERT_NE(point, nullptr) << code;
        const auto it = std::find_if(point->duration.begin(), point->duration.end(), [](const acu::Duration& d) {
            return d.sources == acu::SourceIds{"three-points"};
        });
        ASSERT_NE(it, point->duration.end()) << code;
        EXPECT_EQ(it->min, 120) << code;
        EXPECT_EQ(it->max, std::nullopt) << code;
    }
}

// The views that show one side of the body say so; the front and back show every side.
TEST(ShippedCatalogue, oneSidedViewsListTheirSides)
{
    using acu::Side;
    const std::vector<Side> right{Side::Right};
    const std::vector<Side> rightAndMidline{Side::Right, Side::Midline};
    for (const char* id : {"hand-back", "hand-palm", "knee-back", "ankle-inner", "ankle-outer", "foot-top", "sole",
                           "ear", "elbow-front", "forearm-back", "leg-front"})
        EXPECT_EQ(shipped().findView(id)->sides, right) << id;
    for (const char* id : {"side", "head-side"})
        EXPECT_EQ(shipped().findView(id)->sides, rightAndMidline) << id;
    for (const char* id : {"front", "back", "neck-back", "sacrum", "face", "chest", "abdomen", "back-spine"})
        EXPECT_TRUE(shipped().findView(id)->sides.empty()) << id;
}

namespace {

bool showsSide(const acu::View& view, acu::Side side)
{
    return view.sides.empty() || std::find(view.sides.begin(), view.sides.end(), side) != view.sides.end();
}

/// The body's sides of `point`'s markers on `view`.
std::set<acu::Side> sidesOn(const acu::Point& point, const std::string& view)
{
    std::set<acu::Side> sides;
    for (const auto& position : point.positions) {
        if (position.view == view)
            sides.insert(position.side);
    }
    return sides;
}

/// Each of `codes` has a marker on `view` on every side of its body the view shows.
void expectShownOnBothSides(const std::vector<std::string>& codes, const std::string& viewId)
{
    const acu::View* view = shipped().findView(viewId);
    ASSERT_NE(view, nullptr) << viewId;
    for (const auto& code : codes) {
        const auto* point = shipped().findPoint(code);
        ASSERT_NE(point, nullptr) << code;
        std::set<acu::Side> expected;
        if (point->laterality == acu::Laterality::Midline) {
            expected = {acu::Side::Midline};
        } else {
            for (const auto side : {acu::Side::Left, acu::Side::Right}) {
                if (showsSide(*view, side))
                    expected.insert(side);
            }
        }
        EXPECT_EQ(sidesOn(*point, viewId), expected) << code << " on " << viewId;
    }
}

std::vector<std::string> numbered(const std::string& channel, int first, int last)
{
    std::vector<std::string> codes;
    for (int n = first; n <= last; ++n)
        codes.push_back(channel + std::to_string(n));
    return codes;
}

} // namespace

// A bilateral point drawn on one side of a view that shows both sides is drawn on the other too.
TEST(ShippedCatalogue, bilateralPointsHaveBothSidesOnEveryViewShowingBoth)
{
    for (const auto& point : shipped().points()) {
        if (point.laterality != acu::Laterality::Bilateral)
            continue;
        for (const auto& view : shipped().views()) {
            if (!showsSide(view, acu::Side::Left) || !showsSide(view, acu::Side::Right))
                continue;
            const auto sides = sidesOn(point, view.id);
            if (!sides.empty()) {
                EXPECT_EQ(sides, (std::set<acu::Side>{acu::Side::Left, acu::Side::Right}))
                    << point.code << " on " << view.id;
            }
        }
    }
}

// On the views seen from the front the body's left side is on the viewer's right, and on the views
// seen from behind on the viewer's left: every left and right marker on its half of the drawing.
TEST(ShippedCatalogue, leftAndRightMarkersAreOnTheirHalfOfEachTwoSidedView)
{
    const std::set<std::string> fromTheFront{"front", "face", "chest", "abdomen"};
    const std::set<std::string> fromBehind{"back", "neck-back", "back-spine", "sacrum"};
    for (const auto& view : shipped().views()) {
        if (view.sides.empty()) {
            EXPECT_TRUE(fromTheFront.count(view.id) + fromBehind.count(view.id) == 1) << view.id;
        }
    }
    for (const auto& point : shipped().points()) {
        for (const auto& position : point.positions) {
            if (position.side == acu::Side::Midline)
                continue;
            const bool leftHalf = position.x < 200;
            const bool left = position.side == acu::Side::Left;
            if (fromTheFront.count(position.view)) {
                EXPECT_NE(leftHalf, left) << point.code << " on " << position.view << " at x = " << position.x;
            }
            if (fromBehind.count(position.view)) {
                EXPECT_EQ(leftHalf, left) << point.code << " on " << position.view << " at x = " << position.x;
            }
        }
    }
}

// Every point of the abdomen that the front view draws is on the abdomen close-up too, both sides.
TEST(ShippedCatalogue, abdomenCloseUpShowsEveryAbdominalPointOfTheFrontView)
{
    std::vector<std::string> codes;
    for (const auto& point : shipped().points()) {
        const bool abdominal = std::find(point.regions.begin(), point.regions.end(), "abdomen") != point.regions.end();
        if (abdominal && !sidesOn(point, "front").empty())
            codes.push_back(point.code);
    }
    EXPECT_EQ(codes.size(), 47u);
    expectShownOnBothSides(codes, "abdomen");
}

// The lower-abdominal points that stack on the front view each have their place on the abdomen.
TEST(ShippedCatalogue, abdomenCloseUpHoldsTheLowerAbdominalColumns)
{
    auto codes = numbered("CV", 2, 16);
    for (const auto& more :
         {numbered("KI", 11, 21), numbered("ST", 19, 30), numbered("SP", 12, 16), numbered("GB", 24, 28)})
        codes.insert(codes.end(), more.begin(), more.end());
    codes.insert(codes.end(), {"LR13", "LR14"});
    expectShownOnBothSides(codes, "abdomen");
}

// The chest close-up separates the columns beside the sternum that the front view stacks.
TEST(ShippedCatalogue, chestCloseUpShowsTheColumnsBesideTheSternum)
{
    auto codes = numbered("CV", 17, 22);
    for (const auto& more : {numbered("KI", 22, 27), numbered("ST", 12, 18), numbered("SP", 17, 20)})
        codes.insert(codes.end(), more.begin(), more.end());
    codes.insert(codes.end(), {"LU1", "LU2", "PC1"});
    expectShownOnBothSides(codes, "chest");
}

// The spine close-up separates the Governor Vessel, Jiaji and both Bladder lines from T1 to L3.
TEST(ShippedCatalogue, spineCloseUpShowsTheLinesBesideTheSpine)
{
    auto codes = numbered("GV", 4, 13);
    for (const auto& more : {numbered("BL", 11, 24), numbered("BL", 41, 52)})
        codes.insert(codes.end(), more.begin(), more.end());
    expectShownOnBothSides(codes, "back-spine");
    const auto* jiaji = shipped().findPoint("EX-B2");
    ASSERT_NE(jiaji, nullptr);
    const auto spots = std::count_if(jiaji->positions.begin(), jiaji->positions.end(),
                                     [](const acu::Position& p) { return p.view == "back-spine"; });
    EXPECT_EQ(spots, 2 * 15) << "Jiaji beside T1 to L3";
}

// The face close-up shows the points of the face, on both sides.
TEST(ShippedCatalogue, faceCloseUpShowsThePointsOfTheFace)
{
    auto codes = numbered("ST", 1, 8);
    for (const auto& more : {numbered("BL", 1, 4), numbered("GV", 24, 27), numbered("GB", 2, 7)})
        codes.insert(codes.end(), more.begin(), more.end());
    codes.insert(codes.end(), {"LI19", "LI20", "CV24", "GB1", "GB14", "TE23", "SI18", "EX-HN3", "EX-HN5"});
    expectShownOnBothSides(codes, "face");
}

// The ear close-up shows the points in front of, above and behind the right ear.
TEST(ShippedCatalogue, earCloseUpShowsThePointsAroundTheEar)
{
    auto codes = numbered("GB", 2, 12);
    const auto triple = numbered("TE", 17, 23);
    codes.insert(codes.end(), triple.begin(), triple.end());
    codes.insert(codes.end(), {"SI19", "ST7"});
    expectShownOnBothSides(codes, "ear");
}

// The Gallbladder points of the temple and behind the ear are on the whole-body views that face
// them, and GB12, behind the mastoid, on the neck close-up.
TEST(ShippedCatalogue, gallbladderHeadPointsAreOnTheViewsThatFaceThem)
{
    auto front = numbered("GB", 2, 7);
    front.push_back("GB18");
    expectShownOnBothSides(front, "front");
    expectShownOnBothSides(numbered("GB", 8, 12), "back");
    expectShownOnBothSides({"GB12", "GB20"}, "neck-back");
}

// SP10 moves the blood and regulates menstruation; a source advises against it in pregnancy,
// and the catalogue cites that source, not only its own editors.
TEST(ShippedCatalogue, sp10HasACitedPregnancyCaution)
{
    const auto* point = shipped().findPoint("SP10");
    ASSERT_NE(point, nullptr);
    const auto cautions = pregnancyCautions(*point);
    ASSERT_EQ(cautions.size(), 1u);
    EXPECT_EQ(cautions.front()->level, acu::CautionLevel::Caution);
    EXPECT_TRUE(cites(cautions.front()->sources, "takoda-pregnancy"));
    EXPECT_TRUE(cites(cautions.front()->sources, "back-pain-guide-2023")) << "the guide's FAQ: it moves the blood";
    EXPECT_TRUE(cites(cautions.front()->sources, "atlas-editors")) << "applying channel-wide advice to this point";
    EXPECT_EQ(point->cautions.front().topic, acu::CautionTopic::Pregnancy) << "pregnancy first";
}

// A pregnancy caution rests on a source that says it, never on the catalogue's editors alone: a
// region rule counts for the points in its region.
TEST(ShippedCatalogue, everyPregnancyCautionCitesASourceThatSaysIt)
{
    for (const auto& point : shipped().points()) {
        for (const auto* caution : pregnancyCautions(point)) {
            bool saysIt = false;
            for (const auto& id : caution->sources) {
                const auto* source = shipped().findSource(id);
                ASSERT_NE(source, nullptr) << id;
                saysIt = saysIt || source->kind != acu::SourceKind::Editorial;
            }
            EXPECT_TRUE(saysIt) << point.code << ": " << caution->text;
        }
    }
}

// The page on points to avoid lists the lumbar Du-3 to Du-5 and the belly points Ren-1 to Ren-15
// among the points not to needle: each of them carries a caution that cites it. The chest and
// neck points above (CV16-CV24) and the back above the waist (GV6-GV13) have none: no source
// checked names them, and an absent list says "none known".
TEST(ShippedCatalogue, regionListsOfThePregnancyPageReachTheirPoints)
{
    std::vector<std::string> listed{"GV3", "GV4", "GV5"};
    for (int number = 1; number <= 15; ++number)
        listed.push_back("CV" + std::to_string(number));
    for (const auto& code : listed) {
        const auto cautions = pregnancyCautions(*shipped().findPoint(code));
        ASSERT_EQ(cautions.size(), 1u) << code;
        EXPECT_TRUE(cites(cautions.front()->sources, "takoda-pregnancy")) << code;
    }
    for (int number = 16; number <= 24; ++number) {
        const std::string code = "CV" + std::to_string(number);
        EXPECT_TRUE(shipped().findPoint(code)->cautions.empty()) << code;
    }
    for (int number = 6; number <= 13; ++number) {
        const std::string code = "GV" + std::to_string(number);
        EXPECT_TRUE(shipped().findPoint(code)->cautions.empty()) << code;
    }
    EXPECT_EQ(acu::pregnancyLevel(*shipped().findPoint("CV2")), acu::CautionLevel::Contraindicated)
        << "on the lower belly, with CV3-CV7";
}

// "Ask your doctor before acupressure if you are pregnant" applies to every point: it is the
// pregnancy notice's, never a point's grade. MainHooNaari says nothing else about pregnancy.
TEST(ShippedCatalogue, noPregnancyGradeRestsOnAGeneralRemark)
{
    for (const char* code : {"GB30", "KI1"})
        EXPECT_TRUE(pregnancyCautions(*shipped().findPoint(code)).empty()) << code;
    for (const auto& point : shipped().points()) {
        for (const auto* caution : pregnancyCautions(point))
            EXPECT_FALSE(cites(caution->sources, "mainhoonaari")) << point.code;
    }
    EXPECT_TRUE(cites(shipped().findNotice("pregnancy")->sources, "mainhoonaari"));
}

// Each pregnancy caution is one or two short sentences: the level and this point's reason. The
// general advice (ask a midwife or doctor; what reviews found) is said once, in the notice.
TEST(ShippedCatalogue, pregnancyCautionsAreShortAndLeaveTheGeneralAdviceToTheNotice)
{
    constexpr std::size_t kMaxLength = 110;
    int count = 0;
    for (const auto& point : shipped().points()) {
        for (const auto* caution : pregnancyCautions(point)) {
            ++count;
            const std::string& text = caution->text;
            EXPECT_LE(text.size(), kMaxLength) << point.code << ": " << text;
            EXPECT_LE(std::count(text.begin(), text.end(), '.'), 2) << point.code << ": " << text;
            for (const char* general : {"midwife", "doctor", "evidence"})
                EXPECT_FALSE(contains(text, general)) << point.code << ": " << text;
            EXPECT_FALSE(caution->sources.empty()) << point.code;
        }
    }
    EXPECT_GE(count, 25);
    const auto* notice = shipped().findNotice("pregnancy");
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(contains(notice->text, "midwife or doctor"));
    EXPECT_TRUE(contains(notice->text, "no objective evidence"));
    EXPECT_TRUE(cites(notice->sources, "carr-2015")) << "the review behind the evidence remark";
}

// WHO 2008 covers the 361 channel points only: an extra point cites the references its location
// comes from, and WHO's 1991 nomenclature for its code, never the 2008 standard.
TEST(ShippedCatalogue, extraPointsCiteTheirOwnReferencesNotTheChannelStandard)
{
    int extra = 0;
    for (const auto& point : shipped().points()) {
        if (point.meridian != "EX")
            continue;
        ++extra;
        for (const auto& claim : point.location) {
            EXPECT_FALSE(cites(claim.sources, "who-2008")) << point.code;
            EXPECT_GE(claim.sources.size(), 2u) << point.code << ": two public references";
        }
        for (const auto& name : point.names.english)
            EXPECT_FALSE(cites(name.sources, "who-2008")) << point.code << " " << name.text;
        bool code = false;
        for (const auto& note : point.notes)
            code = code || cites(note.sources, "who-1991");
        EXPECT_TRUE(code) << point.code << ": the code's source";
    }
    EXPECT_EQ(extra, 6); // EX-HN3, EX-HN5, EX-B2, EX-B7, EX-B8, EX-UE7
    const auto* who = shipped().findSource("who-2008");
    ASSERT_NE(who, nullptr);
    EXPECT_TRUE(contains(who->note, "no extra points")) << who->note;
    ASSERT_NE(shipped().findSource("who-1991"), nullptr);
    EXPECT_EQ(shipped().findSource("who-1991")->kind, acu::SourceKind::Standard);
}

namespace {

const acu::Disagreement* disagreementOn(const acu::Point& point, acu::DisagreementTopic topic,
                                        const std::string& source)
{
    for (const auto& d : point.disagreements) {
        if (d.topic == topic && cites(d.sources, source))
            return &d;
    }
    return nullptr;
}

const acu::Note* noteOf(const acu::Point& point, acu::NoteKind kind, const std::string& part)
{
    for (const auto& note : point.notes) {
        if (note.kind == kind && contains(note.text, part))
            return &note;
    }
    return nullptr;
}

} // namespace

// WHO 2008 gives codes, characters, pinyin and locations, not English names: no English name
// cites it, and every name cites a source that is in the catalogue.
TEST(ShippedCatalogue, noEnglishNameCitesTheLocationStandard)
{
    int names = 0;
    for (const auto& point : shipped().points()) {
        for (const auto& name : point.names.english) {
            ++names;
            EXPECT_FALSE(cites(name.sources, "who-2008")) << point.code << " " << name.text;
            for (const auto& id : name.sources)
                EXPECT_NE(shipped().findSource(id), nullptr) << point.code << " " << id;
        }
    }
    EXPECT_GE(names, 100);
    const auto* who = shipped().findSource("who-2008");
    ASSERT_NE(who, nullptr);
    EXPECT_TRUE(contains(who->note, "no English names")) << who->note;
}

// One English name is one entry, with every source that gives it.
TEST(ShippedCatalogue, noEnglishNameTwiceOnAPoint)
{
    for (const auto& point : shipped().points()) {
        std::set<std::string> seen;
        for (const auto& name : point.names.english)
            EXPECT_TRUE(seen.insert(name.text).second) << point.code << ": " << name.text;
    }
    const auto& kunlun = shipped().findPoint("BL60")->names.english;
    ASSERT_EQ(kunlun.size(), 1u);
    EXPECT_FALSE(cites(kunlun.front().sources, "who-2008")) << "the standard gives no English names";
    EXPECT_TRUE(cites(kunlun.front().sources, "back-pain-guide-2023"));
    EXPECT_EQ(shipped().findPoint("HT7")->names.english.size(), 1u);
}

// The 2023 guide calls Kunlun a name of the place; it is the point's name, and a correction says so.
TEST(ShippedCatalogue, kunlunAsAPlaceNameIsCorrected)
{
    const auto* note = noteOf(*shipped().findPoint("BL60"), acu::NoteKind::Correction, "Kunlun");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(cites(note->sources, "back-pain-guide-2023"));
}

// "Daily for a week" is a schedule, not a count: no repetitions entry stands for days or weeks.
TEST(ShippedCatalogue, repetitionsNeverStandForASchedule)
{
    for (const auto& point : shipped().points()) {
        for (const auto& r : point.repetitions)
            EXPECT_FALSE(contains(r.text, "week")) << point.code << ": " << r.text;
    }
    EXPECT_NE(noteOf(*shipped().findPoint("LR3"), acu::NoteKind::Remark, "every day for a week"), nullptr);
}

// Six-self-points' GB30 is the usual description of B48 (BL53): a correction, not a loose finding.
TEST(ShippedCatalogue, sixPointGb30DescriptionIsCorrectedAsB48)
{
    const auto* note = noteOf(*shipped().findPoint("GB30"), acu::NoteKind::Correction, "B48");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(cites(note->sources, "six-self-points"));
    EXPECT_TRUE(cites(note->sources, "who-2008"));
}

// The six-point article's other claims get their comment: LI4 "only when lying down" is disputed,
// its silence on pregnancy is recorded for B48 (BL53), and WHO's distance corrects "slightly outward".
TEST(ShippedCatalogue, sixPointAndMainHooNaariClaimsAreCommented)
{
    bool lying = false;
    for (const auto& d : shipped().findPoint("LI4")->disagreements)
        lying = lying || (d.topic == acu::DisagreementTopic::Technique && cites(d.sources, "six-self-points") &&
                          contains(d.text, "lie down"));
    EXPECT_TRUE(lying) << "LI4 'only when lying down' is disputed";
    EXPECT_NE(disagreementOn(*shipped().findPoint("BL53"), acu::DisagreementTopic::Pregnancy, "six-self-points"),
              nullptr);
    const auto& bl52 = *shipped().findPoint("BL52");
    const auto* outward = noteOf(bl52, acu::NoteKind::Correction, "twice as far out");
    ASSERT_NE(outward, nullptr);
    EXPECT_TRUE(cites(outward->sources, "mainhoonaari"));
    EXPECT_TRUE(contains(outward->text, "a little out from the spine"))
        << "the article measures from the spine, not B23";
    const auto* widths = disagreementOn(bl52, acu::DisagreementTopic::Finding, "mainhoonaari");
    ASSERT_NE(widths, nullptr);
    EXPECT_TRUE(cites(widths->sources, "six-self-points"));
}

// GB21: the guide's two finding methods disagree with each other, and its "two fingers from the
// neck" with the standard's halfway point.
TEST(ShippedCatalogue, gb21FindingDisagreementsAreRecorded)
{
    const auto& gb21 = *shipped().findPoint("GB21");
    int guide = 0;
    bool standard = false;
    for (const auto& d : gb21.disagreements) {
        if (d.topic != acu::DisagreementTopic::Finding || !cites(d.sources, "back-pain-guide-2023"))
            continue;
        ++guide;
        standard = standard || cites(d.sources, "who-2008");
    }
    EXPECT_EQ(guide, 2);
    EXPECT_TRUE(standard);
}

// The "extra 1" label's note explains no numbering that no source gives.
TEST(ShippedCatalogue, yintangAliasNoteClaimsNoUnsourcedNumbering)
{
    const auto* alias = findAlias(*shipped().findPoint("EX-HN3"), "extra 1");
    ASSERT_NE(alias, nullptr);
    EXPECT_FALSE(contains(alias->note, "Older books")) << alias->note;
    EXPECT_TRUE(contains(alias->note, "gives no numbering")) << alias->note;
}

// The medical notice cites a health service for the warning signs no article names, and records
// the articles' conflict about long-lasting pain.
TEST(ShippedCatalogue, medicalNoticeCitesItsWarningSignsAndTheChronicPainConflict)
{
    const auto* notice = shipped().findNotice("medical");
    ASSERT_NE(notice, nullptr);
    for (const char* sign : {"numbness", "fever", "bladder"})
        EXPECT_TRUE(contains(notice->text, sign)) << sign;
    EXPECT_TRUE(cites(notice->sources, "hscni-low-back-pain"));
    EXPECT_TRUE(contains(notice->text, "chronic"));
    EXPECT_TRUE(cites(notice->sources, "six-self-points"));
    EXPECT_TRUE(cites(notice->sources, "back-pain-guide-2023"));
}

// The signs the health service sends straight to an emergency department are said to need urgent
// care, apart from those that need a doctor soon; the gentle-pressure rule is the editors' own.
TEST(ShippedCatalogue, medicalNoticeSendsUrgentSignsToEmergencyCare)
{
    const auto* notice = shipped().findNotice("medical");
    ASSERT_NE(notice, nullptr);
    const std::string& text = notice->text;
    const auto emergency = text.find("emergency department");
    const auto doctorSoon = text.find("See a doctor as soon as you can");
    ASSERT_NE(emergency, std::string::npos);
    ASSERT_NE(doctorSoon, std::string::npos);
    for (const char* sign : {"genitals or anus", "bladder or bowel control", "both legs"}) {
        const auto at = text.find(sign);
        ASSERT_NE(at, std::string::npos) << sign;
        EXPECT_GT(at, emergency) << sign;
        EXPECT_LT(at, doctorSoon) << sign << ": an urgent sign";
    }
    EXPECT_GT(text.find("fever"), doctorSoon);
    EXPECT_TRUE(contains(text, "coming back")) << "Rastogi's long-term sessions prevent relapses";
    EXPECT_TRUE(cites(notice->sources, "atlas-editors")) << "the gentle-pressure rule";
    EXPECT_TRUE(cites(notice->sources, "rastogi-2012"));
}

// Where a point asks for hard, deep or painful pressure, its disagreement sets that beside the
// gentle pressure of MainHooNaari's general advice, which the medical notice follows.
TEST(ShippedCatalogue, hardPressureDisagreesWithTheNoticesGentlePressure)
{
    for (const char* code : {"GV1", "GV2", "CV6", "GB30", "BL10"}) {
        const auto* d = disagreementOn(*shipped().findPoint(code), acu::DisagreementTopic::Technique, "mainhoonaari");
        ASSERT_NE(d, nullptr) << code;
        EXPECT_TRUE(contains(d->text, "medical notice")) << code;
    }
    const auto* bl10 = disagreementOn(*shipped().findPoint("BL10"), acu::DisagreementTopic::Technique, "mainhoonaari");
    EXPECT_FALSE(contains(bl10->text, "hard, prolonged pressure for 2 to 3 minutes")) << "paraphrased, not copied";
}

// GV1 (beside the anus) and BL40 (over the veins of the knee) carry cited safety wording.
TEST(ShippedCatalogue, gv1AndBl40CarryCitedSafetyCautions)
{
    auto general = [](const acu::Point& point, const std::string& part) -> const acu::Caution* {
        for (const auto& caution : point.cautions) {
            if (caution.topic == acu::CautionTopic::General && contains(caution.text, part))
                return &caution;
        }
        return nullptr;
    };
    const auto* anus = general(*shipped().findPoint("GV1"), "anus");
    ASSERT_NE(anus, nullptr);
    EXPECT_TRUE(cites(anus->sources, "namasense-gv1"));
    EXPECT_TRUE(contains(anus->text, "pad of the thumb or the heel of the hand")) << anus->text;
    EXPECT_TRUE(contains(anus->text, "broken, irritated or blistered skin")) << anus->text;
    const auto& bl40 = *shipped().findPoint("BL40");
    const auto* veins = general(bl40, "varicose veins");
    ASSERT_NE(veins, nullptr);
    EXPECT_TRUE(cites(veins->sources, "ethos-precautions"));
    const auto* clot = general(bl40, "deep vein thrombosis");
    ASSERT_NE(clot, nullptr);
    EXPECT_TRUE(cites(clot->sources, "globaltherapies-thrombosis"));
    EXPECT_EQ(clot->level, acu::CautionLevel::Contraindicated);
    EXPECT_FALSE(contains(clot->text, "clotting disorder")) << "a clotting disorder is a caution of its own";
}

// A clot forbids pressure anywhere; a clotting disorder asks for lighter, shorter pressure on one
// source's word, while a stricter source gives no acupressure at all: a caution and a disagreement.
TEST(ShippedCatalogue, bl40ClottingDisorderIsACautionApartFromTheClot)
{
    const auto& bl40 = *shipped().findPoint("BL40");
    const acu::Caution* disorder = nullptr;
    for (const auto& caution : bl40.cautions) {
        if (caution.topic == acu::CautionTopic::General && contains(caution.text, "clotting disorder"))
            disorder = &caution;
    }
    ASSERT_NE(disorder, nullptr);
    EXPECT_EQ(disorder->level, acu::CautionLevel::Caution);
    EXPECT_EQ(disorder->sources, acu::SourceIds{"umn-acupoint-safety"});
    const auto* stricter = disagreementOn(bl40, acu::DisagreementTopic::Technique, "ethos-precautions");
    ASSERT_NE(stricter, nullptr);
    EXPECT_TRUE(cites(stricter->sources, "umn-acupoint-safety"));
}

// "The guide says every lower-back point needs a therapist" stands beside the articles that teach
// the lower back as self-help, as the disagreement it is.
TEST(ShippedCatalogue, gv4TherapistRuleStandsBesideSelfHelp)
{
    const auto& gv4 = *shipped().findPoint("GV4");
    bool helper = false;
    bool self = false;
    for (const auto& a : gv4.appliedBy) {
        helper = helper || (a.who == acu::Helper::Helper && cites(a.sources, "back-pain-guide-2023"));
        self = self || a.who == acu::Helper::Self;
    }
    EXPECT_TRUE(helper);
    EXPECT_FALSE(self) << "no source names GV4 as self-help";
    const auto* d = disagreementOn(gv4, acu::DisagreementTopic::AppliedBy, "back-pain-guide-2023");
    ASSERT_NE(d, nullptr);
    for (const char* article : {"six-self-points", "mainhoonaari", "rastogi-2012"})
        EXPECT_TRUE(cites(d->sources, article)) << article;
}

// KI1 has no front-view marker, and says where it is shown instead.
TEST(ShippedCatalogue, ki1SaysItIsShownOnTheSoleCloseUp)
{
    const auto& ki1 = *shipped().findPoint("KI1");
    for (const auto& position : ki1.positions)
        EXPECT_NE(position.view, "front");
    EXPECT_NE(noteOf(ki1, acu::NoteKind::Remark, "sole close-up"), nullptr);
}

// The page behind SP10's caution names the spleen channel, not SP10: a remark says which spleen
// points its own table lists, and the source's note says so too.
TEST(ShippedCatalogue, sp10RemarkSaysThePageDoesNotListIt)
{
    const auto* note = noteOf(*shipped().findPoint("SP10"), acu::NoteKind::Remark, "SP1, SP2, SP5 and SP6");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(cites(note->sources, "takoda-pregnancy"));
    EXPECT_TRUE(contains(shipped().findSource("takoda-pregnancy")->note, "SP1, SP2, SP5 and SP6, not SP10"));
}

// GV1 lies below the tailbone, which the editors' rule (lower belly, lumbar and sacral area) does
// not cover: its caution cites the page whose needling list names the coccyx points.
TEST(ShippedCatalogue, gv1PregnancyCautionCitesTheCoccyxList)
{
    const auto cautions = pregnancyCautions(*shipped().findPoint("GV1"));
    ASSERT_EQ(cautions.size(), 1u);
    EXPECT_EQ(cautions.front()->level, acu::CautionLevel::Caution);
    EXPECT_TRUE(cites(cautions.front()->sources, "takoda-pregnancy"));
}

// BL23 lies 1.5 cun beside the spine, not over it.
TEST(ShippedCatalogue, bl23PregnancyCautionSaysBesideTheSpine)
{
    const auto cautions = pregnancyCautions(*shipped().findPoint("BL23"));
    ASSERT_EQ(cautions.size(), 1u);
    EXPECT_TRUE(contains(cautions.front()->text, "beside the lumbar spine")) << cautions.front()->text;
}

// The location standard gives no English names: the BL60 correction calls Kunlun Mountains a
// rendering of the name, not the standard's translation.
TEST(ShippedCatalogue, kunlunCorrectionDoesNotCreditTheStandardWithAnEnglishName)
{
    const auto* note = noteOf(*shipped().findPoint("BL60"), acu::NoteKind::Correction, "Kunlun");
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(contains(note->text, "in the standard")) << note->text;
    EXPECT_TRUE(contains(note->text, "common English rendering")) << note->text;
}
