#include "core/commands/CompileCommand.h"

#include "core/catalogue/CatalogueLoader.h"
#include "core/compiled/CompiledCatalogue.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <system_error>

namespace acu {

namespace {

/// Writes bytes to a file beside path, then renames it to path. Empty, or why not.
std::string writeWhole(const std::filesystem::path& path, const std::string& bytes)
{
    std::filesystem::path part = path;
    part += ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        if (!out)
            return "could not be created: " + std::string(std::strerror(errno));
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(part, ignored);
            return "could not be written in full";
        }
    }
    std::error_code error;
    std::filesystem::rename(part, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(part, ignored);
        return "could not be put in place: " + error.message();
    }
    return {};
}

} // namespace

int runCompileCommand(const std::filesystem::path& input, const std::filesystem::path& output, std::ostream& err)
{
    const LoadResult loaded = loadCatalogueFile(input);
    if (!loaded.ok()) {
        for (const CatalogueError& error : loaded.errors()) {
            const bool named = error.where == input.string();
            err << (named ? error.toString() : input.string() + ": " + error.toString()) << '\n';
        }
        return 1;
    }
    const auto compiledForm = compiled::compileCatalogue(loaded.catalogue().data());
    if (const auto* error = std::get_if<CatalogueError>(&compiledForm)) {
        err << input.string() << ": could not be compiled: " << error->what << '\n';
        return 1;
    }
    if (const std::string problem = writeWhole(output, std::get<std::string>(compiledForm)); !problem.empty()) {
        err << output.string() << ": " << problem << '\n';
        return 1;
    }
    return 0;
}

} // namespace acu
