#pragma once

#include "models/routine/RunnerClock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace acu {

/// The real clock: a monotonic QElapsedTimer and a precise single-shot QTimer on the
/// thread's event loop.
class QtRunnerClock final : public RunnerClock {
public:
    QtRunnerClock();

    [[nodiscard]] std::chrono::milliseconds now() const override;
    void startTimer(std::chrono::milliseconds delay, std::function<void()> onTimeout) override;
    void stopTimer() override;

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    std::function<void()> m_onTimeout;
};

} // namespace acu
