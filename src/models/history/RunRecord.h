#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace acu {

/// One run of a routine, as the history keeps it.
struct RunRecord {
    QDateTime started; ///< UTC
    QDateTime ended;   ///< UTC
    QString routineId;
    QString routineTitle;
    int stepsCompleted = 0;
    int stepsTotal = 0;
    std::optional<int> painBefore; ///< 0-10, absent: not rated
    std::optional<int> painAfter;  ///< 0-10, absent: not rated

    friend bool operator==(const RunRecord&, const RunRecord&) = default;
};

} // namespace acu
