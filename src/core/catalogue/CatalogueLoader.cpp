#include "core/catalogue/CatalogueLoader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/CatalogueReader.h"
#include "core/catalogue/CatalogueValidator.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace acu {

namespace {

LoadResult fileError(const std::filesystem::path& path, std::string what)
{
    return LoadResult(CatalogueErrors{{path.string(), std::move(what)}});
}

std::string mebibytes(std::size_t bytes)
{
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

} // namespace

std::string describeFileError(std::error_code error)
{
    if (error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory)
        return "no such file";
    if (error == std::errc::permission_denied || error == std::errc::operation_not_permitted)
        return "permission denied: this user may not read the file, or may not open a folder on its path";
    return "cannot be read: " + error.message();
}

LoadResult loadCatalogue(std::string_view json)
{
    try {
        ReadResult read = readCatalogueJson(json);
        if (!read.errors.empty())
            return LoadResult(std::move(read.errors));
        CatalogueErrors errors = validateCatalogue(read.data);
        if (!errors.empty())
            return LoadResult(std::move(errors));
        return LoadResult(Catalogue(std::move(read.data)));
    } catch (const std::exception& e) {
        return LoadResult(CatalogueErrors{{"", std::string("could not load the catalogue: ") + e.what()}});
    }
}

LoadResult loadCatalogueFile(const std::filesystem::path& path)
{
    try {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec)
            return fileError(path, describeFileError(ec));
        if (!std::filesystem::exists(status))
            return fileError(path, "no such file");
        if (std::filesystem::is_directory(status))
            return fileError(path, "is a folder, not a catalogue file");
        if (!std::filesystem::is_regular_file(status))
            return fileError(path, "is not a regular file (a device, pipe or socket cannot be a catalogue)");
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            return fileError(path, "could not read its size: " + ec.message());
        if (size > limits::kMaxCatalogueBytes)
            return fileError(path, "is " + std::to_string(size) + " bytes; a catalogue may be at most " +
                                       mebibytes(limits::kMaxCatalogueBytes));

        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
        if (!file)
            return fileError(path, describeFileError(std::error_code(errno, std::generic_category())));
        std::string bytes;
        bytes.resize(static_cast<std::size_t>(size) + 1);
        const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file.get());
        if (std::ferror(file.get()))
            return fileError(path, std::string("could not be read: ") + std::strerror(errno));
        if (read > limits::kMaxCatalogueBytes)
            return fileError(path, "grew past " + mebibytes(limits::kMaxCatalogueBytes) + " while it was read");
        bytes.resize(read);
        return loadCatalogue(bytes);
    } catch (const std::exception& e) {
        return fileError(path, std::string("could not be loaded: ") + e.what());
    }
}

} // namespace acu
