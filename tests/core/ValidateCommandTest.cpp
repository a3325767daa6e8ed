// `--validate FILE`: what it prints and its exit status.

#include "core/commands/ValidateCommand.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

acu::LoadResult minimalCatalogue()
{
    return acu::loadCatalogueFile(acu::test::fixture("valid/minimal.json"));
}

/// A routine file in the temporary folder, removed at the end of the test.
struct RoutineFile {
    std::filesystem::path path;
    explicit RoutineFile(const std::string& text)
        : path(std::filesystem::temp_directory_path() /
               ("acu-validate-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + ".json"))
    {
        std::ofstream(path) << text;
    }
    ~RoutineFile() { std::filesystem::remove(path); }
};

} // namespace

// A valid catalogue prints the point count and exits 0.
TEST(ValidateCommand, validFile_printsOkAndCount)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand(acu::test::fixture("valid/minimal.json"), minimalCatalogue, out, err), 0);
    EXPECT_EQ(out.str(), "OK: 2 points\nchannels: LU 0 of 11, LI 0 of 20, ST 0 of 45, SP 0 of 21, HT 0 of 9, SI 0 of "
                         "19, BL 1 of 67, KI 0 of 27, PC 0 of 9, TE 0 of 23, GB 0 of 44, LR 0 of 14, GV 1 of 28, CV 0 "
                         "of 24; 2 meridian points of 361, plus 0 extra points\n");
    EXPECT_EQ(err.str(), "");
}

// Each error goes on its own stderr line, prefixed by the file, and the exit status is 1.
TEST(ValidateCommand, brokenFile_printsEachErrorOnItsOwnLine)
{
    std::ostringstream out;
    std::ostringstream err;
    const auto path = acu::test::fixture("errors/shared-alias.json");
    EXPECT_EQ(acu::runValidateCommand(path, minimalCatalogue, out, err), 1);
    EXPECT_EQ(out.str(), "");
    const std::string p = path.string();
    EXPECT_EQ(err.str(),
              p +
                  ": /points/0/aliases/1/label: \"b-23\" also names BL23 (/points/1); mark it \"ambiguous\": "
                  "true on every point that uses it\n" +
                  p +
                  ": /points/1/aliases/0/label: \"B23\" also names GV4 (/points/0); mark it \"ambiguous\": "
                  "true on every point that uses it\n");
}

// A file problem is printed once, with the path as its place.
TEST(ValidateCommand, missingFile_printsPathOnce)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand("/nonexistent.json", minimalCatalogue, out, err), 1);
    EXPECT_EQ(err.str(), "/nonexistent.json: no such file\n");
}

// A routine file is recognised by its routines field and checked against the catalogue.
TEST(ValidateCommand, routineFile_printsOkAndCount)
{
    const RoutineFile file(R"({"format": 1, "routines": [{"id": "a", "title": "A", "sources": ["art"],
        "steps": [{"code": "GV4", "side": "midline", "holdSeconds": {"min": 60, "max": 60}}]}]})");
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand(file.path, minimalCatalogue, out, err), 0);
    EXPECT_EQ(out.str(), "OK: 1 routine\n");
    EXPECT_EQ(err.str(), "");
}

// A routine file's errors are printed like a catalogue's, with the file and the pointer.
TEST(ValidateCommand, brokenRoutineFile_printsEachError)
{
    const RoutineFile file(R"({"format": 1, "routines": [{"id": "a", "title": "A",
        "steps": [{"code": "GV4", "side": "both", "holdSeconds": {"min": 60, "max": 30}}]}]})");
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand(file.path, minimalCatalogue, out, err), 1);
    const std::string p = file.path.string();
    EXPECT_EQ(err.str(), p + ": /routines/0/steps/0/holdSeconds: max (30) is smaller than min (60)\n" + p +
                             ": /routines/0/steps/0/side: GV4 lies on the midline: its side must be midline, found "
                             "both\n");
}

// When the catalogue to check against does not load, the routine file is not judged.
TEST(ValidateCommand, routineFileWithoutCatalogue_status2)
{
    const RoutineFile file(R"({"format": 1, "routines": []})");
    std::ostringstream out;
    std::ostringstream err;
    const auto noCatalogue = [] { return acu::loadCatalogueFile("/nonexistent.json"); };
    EXPECT_EQ(acu::runValidateCommand(file.path, noCatalogue, out, err), 2);
    EXPECT_EQ(err.str(), file.path.string() + ": the catalogue to check its points against does not load:\n"
                                              "  /nonexistent.json: no such file\n");
}
