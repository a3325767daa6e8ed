#pragma once

// A clock the test moves by hand: advance() fires the pending timer at its exact deadline.

#include "models/routine/RunnerClock.h"

#include <utility>

namespace acu::test {

class FakeRunnerClock final : public RunnerClock {
public:
    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    void startTimer(std::chrono::milliseconds delay, std::function<void()> onTimeout) override
    {
        m_deadline = m_now + delay;
        m_call = std::move(onTimeout);
    }
    void stopTimer() override { m_call = nullptr; }

    [[nodiscard]] bool timerPending() const { return static_cast<bool>(m_call); }

    /// Moves time on by ms, firing each timer that falls due on the way.
    void advance(long long ms)
    {
        const auto target = m_now + std::chrono::milliseconds(ms);
        while (m_call && m_deadline <= target) {
            m_now = m_deadline;
            std::exchange(m_call, nullptr)();
        }
        m_now = target;
    }

private:
    std::chrono::milliseconds m_now{1000000};
    std::chrono::milliseconds m_deadline{0};
    std::function<void()> m_call;
};

} // namespace acu::test
