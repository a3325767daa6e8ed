#include "models/routine/QtRunnerClock.h"

namespace acu {

QtRunnerClock::QtRunnerClock()
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        if (auto call = std::exchange(m_onTimeout, nullptr))
            call();
    });
}

std::chrono::milliseconds QtRunnerClock::now() const
{
    return std::chrono::milliseconds(m_elapsed.elapsed());
}

void QtRunnerClock::startTimer(std::chrono::milliseconds delay, std::function<void()> onTimeout)
{
    m_onTimeout = std::move(onTimeout);
    m_timer.start(delay);
}

void QtRunnerClock::stopTimer()
{
    m_timer.stop();
    m_onTimeout = nullptr;
}

} // namespace acu
