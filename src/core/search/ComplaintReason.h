#pragma once

#include "core/catalogue/ComplaintTypes.h"

#include <string>
#include <string_view>

namespace acu {

/// Why a point is listed for a complaint, with the number of sources that tie them:
/// "used for sciatica [2 sources]"; with the word typed when it is not the name:
/// "used for lower back pain (lumbago) [3 sources]".
[[nodiscard]] std::string complaintReason(const Complaint& complaint, const ComplaintPoint& link,
                                          std::string_view word = {});

} // namespace acu
