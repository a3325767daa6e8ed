#include "core/commands/ValidateCommand.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/ChannelCoverage.h"
#include "core/reading/TextFile.h"
#include "core/routine/RoutineLoader.h"

#include <ostream>

namespace acu {

namespace {

int printErrors(const std::filesystem::path& path, const CatalogueErrors& errors, std::ostream& err)
{
    for (const auto& error : reading::inFile(path.string(), errors))
        err << error.toString() << '\n';
    return 1;
}

int validateRoutineFile(const std::filesystem::path& path, const std::function<LoadResult()>& catalogueForRoutines,
                        std::ostream& out, std::ostream& err)
{
    const LoadResult catalogue = catalogueForRoutines();
    if (!catalogue.ok()) {
        err << path.string() << ": the catalogue to check its points against does not load:\n";
        for (const auto& error : catalogue.errors())
            err << "  " << error.toString() << '\n';
        return 2;
    }
    const RoutineLoad result = loadRoutineFile(path, &catalogue.catalogue());
    if (!result.ok())
        return printErrors(path, result.errors, err);
    out << "OK: " << result.routines.size() << (result.routines.size() == 1 ? " routine\n" : " routines\n");
    return 0;
}

} // namespace

int runValidateCommand(const std::filesystem::path& path, const std::function<LoadResult()>& catalogueForRoutines,
                       std::ostream& out, std::ostream& err)
{
    auto bytes = reading::readTextFile(path, limits::kMaxCatalogueBytes, {"catalogue file", "a catalogue"});
    if (const auto* error = std::get_if<CatalogueError>(&bytes))
        return printErrors(path, {*error}, err);
    const std::string& text = std::get<std::string>(bytes);
    if (isRoutineDocument(text))
        return validateRoutineFile(path, catalogueForRoutines, out, err);
    const LoadResult result = loadCatalogue(text);
    if (!result.ok())
        return printErrors(path, result.errors(), err);
    out << "OK: " << result.catalogue().points().size() << " points\n"
        << "channels: " << coverageSummary(channelCoverage(result.catalogue().points())) << '\n';
    return 0;
}

} // namespace acu
