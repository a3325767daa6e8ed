#pragma once

// What a catalogue may hold at most, so that no input makes the loader, the search or the
// window slow or large beyond reason. Each limit is listed in docs/catalogue-format.md
// ("Limits"). The list limits are some ten times what the whole WHO standard needs (361
// channel points with about twenty labels each), and small enough that the detail pane
// shows the fullest point at once.

#include <cstddef>

namespace acu::limits {

/// A catalogue file larger than this is refused before it is read.
inline constexpr std::size_t kMaxCatalogueBytes = 16 * 1024 * 1024;
/// Longest string value, in bytes of UTF-8.
inline constexpr std::size_t kMaxStringBytes = 64 * 1024;
/// Deepest nesting of objects and arrays; the format itself needs 6.
inline constexpr int kMaxNestingDepth = 64;

// Top-level lists.
/// Most points in one catalogue.
inline constexpr std::size_t kMaxPoints = 100000;
inline constexpr std::size_t kMaxSources = 10000;
inline constexpr std::size_t kMaxRegions = 1000;
inline constexpr std::size_t kMaxViews = 1000;
inline constexpr std::size_t kMaxNotices = 100;

// Lists of one point.
inline constexpr std::size_t kMaxAliases = 200;
inline constexpr std::size_t kMaxEnglishNames = 20;
inline constexpr std::size_t kMaxPointRegions = 20;
/// Location, finding, technique and indication claims, each list.
inline constexpr std::size_t kMaxClaims = 50;
inline constexpr std::size_t kMaxDurations = 50;
inline constexpr std::size_t kMaxRepetitions = 50;
inline constexpr std::size_t kMaxAppliedBy = 50;
inline constexpr std::size_t kMaxCautions = 50;
inline constexpr std::size_t kMaxDisagreements = 50;
inline constexpr std::size_t kMaxNotes = 50;
inline constexpr std::size_t kMaxPositions = 100;

/// Most sources one statement (claim, name, alias, notice, ...) cites.
inline constexpr std::size_t kMaxSourcesPerStatement = 50;

/// Largest width or height of a view, in the drawing's units (the shipped views are 400 by
/// 1000 at most). A larger frame would shrink every marker into one dot.
inline constexpr double kMaxViewSize = 10000;
/// A point's left and right markers on one view closer than this (in the view's units) are
/// on the same spot.
inline constexpr double kMinSideSeparation = 1;

} // namespace acu::limits
