#include "core/search/ComplaintReason.h"

namespace acu {

namespace {

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/// "Sciatica" -> "sciatica", but "TMJ pain" stays as written.
std::string inSentence(std::string name)
{
    if (!name.empty() && isUpper(name[0]) && !(name.size() > 1 && isUpper(name[1])))
        name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return name;
}

} // namespace

std::string complaintReason(const Complaint& complaint, const ComplaintPoint& link, std::string_view word)
{
    std::string reason = "used for " + inSentence(complaint.name);
    if (!word.empty() && word != complaint.name)
        reason += " (" + std::string(word) + ")";
    const std::size_t count = link.sources.size();
    reason += " [" + std::to_string(count) + (count == 1 ? " source]" : " sources]");
    return reason;
}

} // namespace acu
