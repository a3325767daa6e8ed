// The compiled catalogue (core/compiled): it reads back exactly what was compiled, and a
// damaged, cut or made-up one is refused with an error naming its byte and field.

#include "core/compiled/CompiledCatalogue.h"
#include "core/catalogue/CatalogueLoader.h"
#include "core/compiled/CompiledLayout.h"
#include "support/CompiledBytes.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

using namespace acu;

// A field added to a catalogue struct must be added to its list in CatalogueFields.h (and
// given a value in everyField() below), or the compiled catalogue silently drops it. These
// sizes (x86-64, libstdc++) change when a field is added: update them with the lists.
static_assert(sizeof(Claim) == 56 && sizeof(Source) == 232 && sizeof(Region) == 64 && sizeof(View) == 112);
static_assert(sizeof(Notice) == 120 && sizeof(EnglishName) == 64 && sizeof(Names) == 120 && sizeof(Alias) == 104);
static_assert(sizeof(Duration) == 72 && sizeof(Repetitions) == 72 && sizeof(AppliedBy) == 64);
static_assert(sizeof(Caution) == 64 && sizeof(Disagreement) == 64 && sizeof(Note) == 64 && sizeof(Position) == 56);
static_assert(sizeof(Point) == 504 && sizeof(ComplaintPoint) == 56 && sizeof(Complaint) == 112);
static_assert(sizeof(CatalogueData) == 176);
using test::refitted;

/// A catalogue whose every field differs from its default, optional numbers both present
/// and absent, so that a field the compiled form left out could not come back equal.
CatalogueData everyField()
{
    CatalogueData data;
    data.format = 1;
    data.sources = {
        {"std", SourceKind::Standard, "A standard", "An author", "A site", "2008", "https://example.org", "A note"}};
    data.regions = {{"lower-back", "Lower back"}};
    data.views = {{"back", "Back", 400.25, 900.5, {Side::Left, Side::Right}, true}};
    data.notices = {{"medical", "Not medical advice", "See a doctor.", {"std"}}};
    Point point;
    point.code = "BL23";
    point.meridian = "BL";
    point.names = {"Shènshū", "肾俞", "腎俞", {{"Kidney Shu", EnglishNameKind::Acupressure, {"std"}}}};
    point.aliases = {{"B23", AliasScheme::OlderBladder, {"std"}, true, "An older numbering"}};
    point.regions = {"lower-back"};
    point.laterality = Laterality::Midline;
    point.location = {{"Beside the second lumbar vertebra.", {"std"}}};
    point.finding = {{"Level with the waist.", {"std"}}};
    point.technique = {{"Press with the thumbs.", {"std"}}};
    point.duration = {{7777, 120, "one to two minutes", {"std"}},
                      {30, std::nullopt, "at least half a minute", {"std"}}};
    point.repetitions = {{3, 5, "three to five times", {"std"}}};
    point.appliedBy = {{Helper::Helper, "by a helper", {"std"}}};
    point.indications = {{"Low back pain.", {"std"}}};
    point.cautions = {{CautionTopic::Pregnancy, CautionLevel::Contraindicated, "Not in pregnancy.", {"std"}}};
    point.disagreements = {{DisagreementTopic::Name, "The names differ.", {"std"}}};
    point.notes = {{NoteKind::Correction, "Corrected.", {"std"}}};
    point.positions = {{"back", 10.5, 20.25, Side::Right}};
    data.points = {point};
    data.complaints = {{"low-back-pain", "Low back pain", {"lumbago"}, {{"BL23", {"std"}}}}};
    data.completeChannels = {"BL"};
    return data;
}

/// Where the bytes of value first occur in bytes.
template <typename T> std::size_t offsetOf(const std::string& bytes, T value)
{
    std::string pattern;
    if constexpr (std::is_same_v<T, double>)
        compiled::appendLittleEndian(pattern, std::bit_cast<std::uint64_t>(value));
    else
        compiled::appendLittleEndian(pattern, static_cast<std::uint32_t>(value));
    const std::size_t at = bytes.find(pattern, compiled::kHeaderBytes);
    EXPECT_NE(at, std::string::npos);
    return at;
}

/// The single error of reading bytes, as "WHERE: WHAT".
std::string errorOf(const std::string& bytes)
{
    const ReadResult read = compiled::readCompiledCatalogue(bytes);
    if (read.errors.size() != 1)
        return "expected one error, found " + std::to_string(read.errors.size());
    return read.errors.front().toString();
}

} // namespace

TEST(CompiledCatalogue, everyFieldReadsBackEqual)
{
    const CatalogueData data = everyField();
    const ReadResult read = compiled::readCompiledCatalogue(test::compiledForm(data));
    ASSERT_TRUE(read.errors.empty()) << read.errors.front().toString();
    EXPECT_EQ(read.data, data);
}

TEST(CompiledCatalogue, shippedCatalogueReadsBackAsItsJsonReads)
{
    const LoadResult json = loadCatalogueFile(test::shippedCatalogue());
    ASSERT_TRUE(json.ok()) << json.errors().front().toString();
    const std::string bytes = test::compiledForm(json.catalogue().data());
    const LoadResult read = compiled::loadCompiledCatalogue(bytes);
    ASSERT_TRUE(read.ok()) << read.errors().front().toString();
    EXPECT_EQ(read.catalogue().data(), json.catalogue().data());
    EXPECT_GE(read.catalogue().points().size(), 361U);
    ASSERT_NE(read.catalogue().findPoint("GB20"), nullptr); // indexed by code, as the JSON one is
    EXPECT_EQ(read.catalogue().findPoint("GB20")->names.pinyin, json.catalogue().findPoint("GB20")->names.pinyin);
    EXPECT_LT(bytes.size(), std::filesystem::file_size(test::shippedCatalogue())); // and smaller than the JSON
}

TEST(CompiledCatalogue, everyValidFixtureReadsBackEqual)
{
    for (const char* name : {"valid/minimal.json", "valid/misprinted-code.json", "valid/with-complaints.json"}) {
        const LoadResult json = loadCatalogueFile(test::fixture(name));
        ASSERT_TRUE(json.ok()) << name;
        const ReadResult read = compiled::readCompiledCatalogue(test::compiledForm(json.catalogue().data()));
        ASSERT_TRUE(read.errors.empty()) << name << ": " << read.errors.front().toString();
        EXPECT_EQ(read.data, json.catalogue().data()) << name;
    }
}

TEST(CompiledCatalogue, headerBeginsWithMagicVersionLengthAndChecksum)
{
    const std::string bytes = test::compiledForm(everyField());
    const std::string_view data = std::string_view(bytes).substr(compiled::kHeaderBytes);
    EXPECT_EQ(bytes.substr(0, 8), "ACUATLAS");
    EXPECT_EQ(compiled::readLittleEndian<std::uint32_t>(bytes.substr(8)), 1U);
    EXPECT_EQ(compiled::readLittleEndian<std::uint32_t>(bytes.substr(12)), data.size());
    EXPECT_EQ(compiled::readLittleEndian<std::uint64_t>(bytes.substr(16)), compiled::checksum(data));
    EXPECT_EQ(compiled::checksum(""), 0xcbf29ce484222325ULL); // FNV-1a's published values
    EXPECT_EQ(compiled::checksum("a"), 0xaf63dc4c8601ec8cULL);
}

TEST(CompiledCatalogue, shortOrForeignOrOtherVersion_isRefusedAtTheHeader)
{
    const std::string bytes = test::compiledForm(everyField());
    EXPECT_EQ(errorOf(""), "byte 0: the compiled catalogue is 0 bytes long, shorter than its header of 24");
    EXPECT_EQ(errorOf(bytes.substr(0, 23)),
              "byte 0: the compiled catalogue is 23 bytes long, shorter than its header of 24");
    std::string json = "{\"format\": 1, \"sources\": [], \"regions\": []}";
    EXPECT_EQ(errorOf(json), "byte 0: not a compiled catalogue: it does not begin with \"ACUATLAS\"");
    std::string version = bytes;
    version[8] = 2;
    EXPECT_EQ(errorOf(version), "byte 8: the compiled catalogue is of version 2; this program reads version 1");
}

TEST(CompiledCatalogue, lengthOrChecksumNotMatchingTheData_isRefused)
{
    const std::string bytes = test::compiledForm(everyField());
    const std::size_t data = bytes.size() - compiled::kHeaderBytes;
    EXPECT_EQ(errorOf(bytes.substr(0, bytes.size() - 1)), "byte 12: the header gives " + std::to_string(data) +
                                                              " bytes of data, but " + std::to_string(data - 1) +
                                                              " follow it");
    std::string flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x01);
    EXPECT_EQ(errorOf(flipped), "byte 16: the checksum does not match the data: the compiled catalogue is damaged");
}

TEST(CompiledCatalogue, dataCutAnywhere_isRefusedNamingAByteWithin)
{
    const std::string bytes = test::compiledForm(everyField());
    for (std::size_t size = compiled::kHeaderBytes; size < bytes.size(); ++size) {
        const ReadResult read = compiled::readCompiledCatalogue(refitted(bytes.substr(0, size)));
        ASSERT_EQ(read.errors.size(), 1U) << "cut at " << size;
        const std::string& where = read.errors.front().where;
        ASSERT_EQ(where.rfind("byte ", 0), 0U) << where;
        EXPECT_LE(std::stoul(where.substr(5)), size) << where;
        const std::string& what = read.errors.front().what;
        EXPECT_TRUE(what.find("the data ends inside") != std::string::npos ||
                    what.find("bytes follow it") != std::string::npos)
            << read.errors.front().toString();
    }
}

TEST(CompiledCatalogue, anyByteChanged_neverCrashesAndAnErrorNamesItsByte)
{
    const std::string bytes = test::compiledForm(everyField());
    for (std::size_t at = compiled::kHeaderBytes; at < bytes.size(); ++at) {
        for (const int value : {0x00, 0x02, 0x7F, 0xFF}) {
            std::string changed = bytes;
            changed[at] = static_cast<char>(value);
            const ReadResult read = compiled::readCompiledCatalogue(refitted(changed));
            for (const CatalogueError& error : read.errors)
                EXPECT_EQ(error.where.rfind("byte ", 0), 0U) << error.toString();
        }
    }
}

TEST(CompiledCatalogue, numberNotFinite_isRefusedNamingItsField)
{
    std::string bytes = test::compiledForm(everyField());
    const std::size_t at = offsetOf(bytes, 400.25); // the view's width
    std::string nan;
    compiled::appendLittleEndian(nan, std::bit_cast<std::uint64_t>(std::numeric_limits<double>::quiet_NaN()));
    bytes.replace(at, 8, nan);
    EXPECT_EQ(errorOf(refitted(bytes)), "byte " + std::to_string(at) + " (/views/0/width): the number is not finite");
}

TEST(CompiledCatalogue, flagOtherThanZeroOrOne_isRefusedNamingItsField)
{
    std::string bytes = test::compiledForm(everyField());
    // After the width come the height (8 bytes), the two sides (a count and two bytes), then wholeBody.
    const std::size_t whole = offsetOf(bytes, 400.25) + 8 + 8 + 4 + 2;
    bytes[whole] = 2;
    EXPECT_EQ(errorOf(refitted(bytes)), "byte " + std::to_string(whole) +
                                            " (/views/0/wholeBody): a yes-or-no value is 2, where only 0 and 1 "
                                            "are allowed");
    bytes = test::compiledForm(everyField());
    const std::size_t flag = offsetOf(bytes, 7777) + 4; // the first duration's max follows its min
    bytes[flag] = 9;
    EXPECT_EQ(errorOf(refitted(bytes)), "byte " + std::to_string(flag) +
                                            " (/points/0/duration/0/max): the flag of an optional number is 9, "
                                            "where only 0 and 1 are allowed");
}

TEST(CompiledCatalogue, enumeratedValueOutOfRange_isRefusedNamingItsField)
{
    std::string bytes = test::compiledForm(everyField());
    const std::size_t side = offsetOf(bytes, 10.5) + 8 + 8; // the position's side follows x and y
    bytes[side] = 3;
    EXPECT_EQ(errorOf(refitted(bytes)), "byte " + std::to_string(side) +
                                            " (/points/0/positions/0/side): the value 3 is not one of the 3 "
                                            "allowed (left, right, midline)");
}

TEST(CompiledCatalogue, countLongerThanTheData_isRefusedBeforeAnythingIsReserved)
{
    std::string bytes = test::compiledForm(everyField());
    // The points list's count comes just before the first point's code, "BL23", and its length.
    const std::size_t count = bytes.find("BL23") - 8;
    bytes.replace(count, 4, std::string(4, '\xFF'));
    const std::size_t after = bytes.size() - count - 4;
    EXPECT_EQ(errorOf(refitted(bytes)), "byte " + std::to_string(count) +
                                            " (/points): the number of entries of a list is 4294967295, but only " +
                                            std::to_string(after) + " bytes follow it");
}

// A count that the bytes can hold (an entry takes a byte at least) but whose entries would
// take far more memory than the bytes: the list grows as its entries are read, and the cut
// data is refused naming its byte.
TEST(CompiledCatalogue, countTheBytesCouldHoldButNotTheirMemory_isRefusedNamingItsByte)
{
    std::string bytes = test::compiledForm(everyField());
    const std::size_t count = bytes.find("BL23") - 8;
    bytes.resize(count);
    const std::uint32_t claimed = 4 * 1024 * 1024; // 4 MiB of zeros: 4 Mi points would take 2 GiB
    compiled::appendLittleEndian(bytes, claimed);
    bytes.append(claimed, '\0');
    const ReadResult read = compiled::readCompiledCatalogue(refitted(bytes));
    ASSERT_EQ(read.errors.size(), 1U);
    EXPECT_EQ(read.errors.front().where.rfind("byte ", 0), 0U) << read.errors.front().toString();
    EXPECT_NE(read.errors.front().where.find("(/points/"), std::string::npos) << read.errors.front().toString();
}

TEST(CompiledCatalogue, bytesAfterTheEnd_areRefused)
{
    const std::string bytes = test::compiledForm(everyField());
    EXPECT_EQ(errorOf(refitted(bytes + "xy")),
              "byte " + std::to_string(bytes.size()) + ": 2 bytes follow the end of the catalogue");
}

TEST(CompiledCatalogue, refusedCatalogue_givesNoCatalogue)
{
    const LoadResult loaded = compiled::loadCompiledCatalogue("ACUATLAS");
    EXPECT_FALSE(loaded.ok());
    ASSERT_EQ(loaded.errors().size(), 1U);
    EXPECT_EQ(loaded.errors().front().where, "byte 0");
}
