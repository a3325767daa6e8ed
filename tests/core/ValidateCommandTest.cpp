// `--validate FILE`: what it prints and its exit status.

#include "core/commands/ValidateCommand.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <sstream>

// A valid catalogue prints the point count and exits 0.
TEST(ValidateCommand, validFile_printsOkAndCount)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand(acu::test::fixture("valid/minimal.json"), out, err), 0);
    EXPECT_EQ(out.str(), "OK: 2 points\n");
    EXPECT_EQ(err.str(), "");
}

// Each error goes on its own stderr line, prefixed by the file, and the exit status is 1.
TEST(ValidateCommand, brokenFile_printsEachErrorOnItsOwnLine)
{
    std::ostringstream out;
    std::ostringstream err;
    const auto path = acu::test::fixture("errors/shared-alias.json");
    EXPECT_EQ(acu::runValidateCommand(path, out, err), 1);
    EXPECT_EQ(out.str(), "");
    const std::string p = path.string();
    EXPECT_EQ(err.str(),
              p + ": /points/0/aliases/1/label: \"b-23\" also names BL23 (/points/1); mark it \"ambiguous\": "
                  "true on every point that uses it\n" +
                  p + ": /points/1/aliases/0/label: \"B23\" also names GV4 (/points/0); mark it \"ambiguous\": "
                      "true on every point that uses it\n");
}

// A file problem is printed once, with the path as its place.
TEST(ValidateCommand, missingFile_printsPathOnce)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(acu::runValidateCommand("/nonexistent.json", out, err), 1);
    EXPECT_EQ(err.str(), "/nonexistent.json: no such file\n");
}
