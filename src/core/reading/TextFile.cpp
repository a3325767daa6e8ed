#include "core/reading/TextFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace acu::reading {

namespace {

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

std::variant<std::string, CatalogueError> readTextFile(const std::filesystem::path& path, std::size_t maxBytes,
                                                       const FileWords& words)
{
    const auto fail = [&path](std::string what) { return CatalogueError{path.string(), std::move(what)}; };
    try {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec)
            return fail(describeFileError(ec));
        if (!std::filesystem::exists(status))
            return fail("no such file");
        if (std::filesystem::is_directory(status))
            return fail("is a folder, not a " + std::string(words.fileNoun));
        if (!std::filesystem::is_regular_file(status))
            return fail("is not a regular file (a device, pipe or socket cannot be " + std::string(words.aNoun) + ")");
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            return fail("could not read its size: " + ec.message());
        if (size > maxBytes)
            return fail("is " + std::to_string(size) + " bytes; " + std::string(words.aNoun) + " may be at most " +
                        mebibytes(maxBytes));

        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
        if (!file)
            return fail(describeFileError(std::error_code(errno, std::generic_category())));
        std::string bytes;
        bytes.resize(static_cast<std::size_t>(size) + 1);
        const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file.get());
        if (std::ferror(file.get()))
            return fail(std::string("could not be read: ") + std::strerror(errno));
        if (read > maxBytes)
            return fail("grew past " + mebibytes(maxBytes) + " while it was read");
        bytes.resize(read);
        return bytes;
    } catch (const std::exception& e) {
        return fail(std::string("could not be read: ") + e.what());
    }
}

CatalogueErrors inFile(const std::string& path, const CatalogueErrors& errors)
{
    CatalogueErrors out;
    out.reserve(errors.size());
    for (const auto& error : errors)
        out.push_back({error.where.empty() || error.where == path ? path : path + ": " + error.where, error.what});
    return out;
}

} // namespace acu::reading
