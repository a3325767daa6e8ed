#pragma once

#include <QString>
#include <QStringList>

namespace acu {

/// The prefixes of the 14 WHO channels, in WHO order: LU, LI, ST, ... GV, CV.
[[nodiscard]] QStringList channelPrefixes();
/// The channel a WHO code belongs to: "BL" for BL23; "" for an extra point (EX-HN3) or
/// anything that is not a channel point's code.
[[nodiscard]] QString channelOfCode(const QString& code);
/// The channel's number in a code ("BL23" -> 23), or 0 for a code of no channel.
[[nodiscard]] int numberInChannel(const QString& code);
/// The channel's name, translated: "Bladder"; "" for an unknown prefix.
[[nodiscard]] QString channelName(const QString& prefix);
/// The channel's name with its prefix, as selectors and keys show it: "Bladder (BL)".
[[nodiscard]] QString channelTitle(const QString& prefix);

} // namespace acu
