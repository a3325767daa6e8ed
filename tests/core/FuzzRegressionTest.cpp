// Inputs the fuzzers once failed on (tests/fixtures/fuzz-regressions): each must now load
// or resolve cleanly, with errors or a reason where nothing comes out.

#include "core/catalogue/CatalogueLoader.h"
#include "core/catalogue/CatalogueValidator.h"
#include "core/compiled/CompiledCatalogue.h"
#include "core/search/QueryResolver.h"
#include "support/CompiledBytes.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

// Every kept input runs through its target without a crash, and failures say why.
TEST(FuzzRegressions, everyKeptInputIsHandled)
{
    const auto catalogue = acu::loadCatalogueFile(acu::test::shippedCatalogue()).takeCatalogue();
    const acu::QueryResolver resolver(catalogue);
    int inputs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(acu::test::fixture("fuzz-regressions"))) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("loader-")) {
            const auto result = acu::loadCatalogue(readAll(entry.path()));
            EXPECT_TRUE(result.ok() || !result.errors().empty()) << name;
            ++inputs;
        } else if (name.starts_with("compiled-")) { // as the compiled fuzzer reads it
            const auto read = acu::compiled::readCompiledCatalogue(acu::test::refitted(readAll(entry.path())));
            if (read.errors.empty())
                (void)acu::validateCatalogue(read.data);
            else
                EXPECT_TRUE(read.errors.size() == 1 && read.errors.front().where.starts_with("byte ")) << name;
            ++inputs;
        } else if (name.starts_with("resolver-")) {
            const auto resolution = resolver.resolve(readAll(entry.path()), acu::MatchMode::AsYouType);
            EXPECT_TRUE(!resolution.matches.empty() || !resolution.problem.empty()) << name;
            ++inputs;
        }
    }
    RecordProperty("inputs", inputs);
}
