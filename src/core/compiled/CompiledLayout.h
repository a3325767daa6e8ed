#pragma once

// The compiled catalogue's encoding of single values, shared by its writer and reader:
// little-endian integers, enumerated values as their index in EnumNames.h's table, and the
// checksum.

#include "core/catalogue/EnumNames.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace acu::compiled {

/// FNV-1a, 64 bits, of the bytes: the checksum of the data after the header.
[[nodiscard]] constexpr std::uint64_t checksum(std::string_view bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

template <typename U>
requires std::is_unsigned_v<U>
void appendLittleEndian(std::string& out, U value)
{
    for (std::size_t i = 0; i < sizeof(U); ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

/// The unsigned number in the first sizeof(U) bytes of bytes, which must hold that many.
template <typename U>
requires std::is_unsigned_v<U>
[[nodiscard]] U readLittleEndian(std::string_view bytes)
{
    U value = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i)
        value = static_cast<U>(value | static_cast<U>(static_cast<U>(static_cast<unsigned char>(bytes[i])) << (8 * i)));
    return value;
}

/// The value's place in its EnumTable: how the compiled form stores it.
template <typename E> [[nodiscard]] constexpr std::uint8_t enumIndex(E value)
{
    const auto& entries = EnumTable<E>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].first == value)
            return static_cast<std::uint8_t>(i);
    }
    return 0xFF; // not reached: every value has an entry
}

/// The value at index in its EnumTable, or nullopt past its end.
template <typename E> [[nodiscard]] constexpr std::optional<E> enumAt(std::uint8_t index)
{
    const auto& entries = EnumTable<E>::entries;
    if (index >= entries.size())
        return std::nullopt;
    return entries[index].first;
}

} // namespace acu::compiled
