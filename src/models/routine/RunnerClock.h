#pragma once

#include <chrono>
#include <functional>

namespace acu {

/// The time source and the one timer a routine runner uses, so that tests can drive time
/// by hand instead of waiting.
class RunnerClock {
public:
    RunnerClock() = default;
    RunnerClock(const RunnerClock&) = delete;
    RunnerClock& operator=(const RunnerClock&) = delete;
    virtual ~RunnerClock() = default;

    /// Milliseconds since some fixed moment; never goes back.
    [[nodiscard]] virtual std::chrono::milliseconds now() const = 0;
    /// Calls onTimeout once, delay from now, replacing any call still pending.
    virtual void startTimer(std::chrono::milliseconds delay, std::function<void()> onTimeout) = 0;
    /// Cancels the pending call, if any.
    virtual void stopTimer() = 0;
};

} // namespace acu
