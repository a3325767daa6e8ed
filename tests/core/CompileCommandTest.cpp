// acu_compile_catalogue (runCompileCommand): the build's check and compilation of the
// built-in catalogue.

#include "core/commands/CompileCommand.h"
#include "core/compiled/CompiledCatalogue.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace {

std::string contents(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A folder of its own in the temporary folder, removed at the end of the test.
struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("acu-compile-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    Folder()
    {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~Folder() { std::filesystem::remove_all(path); }
};

} // namespace

TEST(CompileCommand, validCatalogue_isWrittenAndReadsBackEqual)
{
    const Folder folder;
    const auto output = folder.path / "catalogue.bin";
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(acu::test::fixture("valid/with-complaints.json"), output, err), 0);
    EXPECT_EQ(err.str(), "");
    const acu::LoadResult json = acu::loadCatalogueFile(acu::test::fixture("valid/with-complaints.json"));
    const acu::LoadResult compiled = acu::compiled::loadCompiledCatalogue(contents(output));
    ASSERT_TRUE(compiled.ok()) << compiled.errors().front().toString();
    EXPECT_EQ(compiled.catalogue().data(), json.catalogue().data());
    EXPECT_FALSE(std::filesystem::exists(folder.path / "catalogue.bin.part"));
}

// The build stops on a catalogue with any error of the loader or the validator, and the
// compiled file of the last good build is left as it was.
TEST(CompileCommand, catalogueWithErrors_printsEachAndLeavesTheOutputAlone)
{
    const Folder folder;
    const auto output = folder.path / "catalogue.bin";
    std::ofstream(output) << "the last good one";
    const auto input = acu::test::fixture("errors/bad-enum.json");
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(input, output, err), 1);
    EXPECT_EQ(err.str(), input.string() + ": /points/0/laterality: \"both\" is not one of midline, bilateral\n");
    EXPECT_EQ(contents(output), "the last good one");
    EXPECT_FALSE(std::filesystem::exists(folder.path / "catalogue.bin.part"));
}

// The validator's checks too, not only the reader's: a duplicate code is well-formed JSON.
TEST(CompileCommand, catalogueTheValidatorRefuses_isNotCompiled)
{
    const Folder folder;
    const auto output = folder.path / "catalogue.bin";
    const auto input = acu::test::fixture("errors/duplicate-code.json");
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(input, output, err), 1);
    EXPECT_EQ(err.str(),
              input.string() + ": /points/2/code: duplicate code BL23: the same point is already at /points/1\n");
    EXPECT_FALSE(std::filesystem::exists(output));
}

TEST(CompileCommand, missingInput_saysSoOnce)
{
    const Folder folder;
    const auto input = folder.path / "none.json";
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(input, folder.path / "catalogue.bin", err), 1);
    EXPECT_EQ(err.str().find(input.string()), 0U) << err.str();
    EXPECT_EQ(err.str().find(input.string(), 1), std::string::npos) << err.str(); // named once
    EXPECT_FALSE(std::filesystem::exists(folder.path / "catalogue.bin"));
}

TEST(CompileCommand, outputThatCannotBeWritten_saysWhere)
{
    const Folder folder;
    const auto output = folder.path / "no-such-folder" / "catalogue.bin";
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(acu::test::fixture("valid/minimal.json"), output, err), 1);
    EXPECT_EQ(err.str().rfind(output.string() + ": could not be created: ", 0), 0U) << err.str();
}

// A folder in the output's place: the whole file is written beside it, and then cannot be
// put in place; nothing is left behind.
TEST(CompileCommand, outputInTheWayOfAFolder_leavesNoPartBehind)
{
    const Folder folder;
    const auto output = folder.path / "catalogue.bin";
    std::filesystem::create_directories(output / "inside");
    std::ostringstream err;
    EXPECT_EQ(acu::runCompileCommand(acu::test::fixture("valid/minimal.json"), output, err), 1);
    EXPECT_EQ(err.str().rfind(output.string() + ": could not be put in place: ", 0), 0U) << err.str();
    EXPECT_FALSE(std::filesystem::exists(folder.path / "catalogue.bin.part"));
    EXPECT_TRUE(std::filesystem::is_directory(output));
}
