#pragma once

// Reading a document file whole, refusing what cannot be one before anything is read.

#include "core/catalogue/CatalogueError.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <system_error>
#include <string_view>
#include <variant>

namespace acu::reading {

/// How messages name the file: {"catalogue file", "a catalogue"} gives "is a folder, not a
/// catalogue file" and "a catalogue may be at most 16 MiB".
struct FileWords {
    std::string_view fileNoun;
    std::string_view aNoun;
};

/// Why a file could not be opened, in words: "no such file", "permission denied: ...", or
/// the system's message ("cannot be read: Too many levels of symbolic links").
[[nodiscard]] std::string describeFileError(std::error_code error);

/// The file's bytes, or an error whose where is the path: no such file, a folder, a device
/// or pipe, a size above maxBytes (checked before reading), a read failure. Never throws.
[[nodiscard]] std::variant<std::string, CatalogueError> readTextFile(const std::filesystem::path& path,
                                                                     std::size_t maxBytes, const FileWords& words);

/// The errors as found in the file at path: each where becomes "path: where" (just the path
/// when where is empty or is the path already).
[[nodiscard]] CatalogueErrors inFile(const std::string& path, const CatalogueErrors& errors);

} // namespace acu::reading
