#pragma once

#include "models/routine/RoutineRunner.h"

#include <QObject>
#include <QString>

#include <functional>

namespace acu {

class PromptSpeaker;

/// What a run sounds like: a beep at the start and end of each hold, and each prompt spoken
/// where a voice exists. Muted, it is silent (and stops what is being said).
class RunnerSounds final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerSounds)

public:
    /// runner and speaker must outlive this. The beep is QApplication::beep.
    RunnerSounds(const RoutineRunner& runner, PromptSpeaker& speaker, QObject* parent = nullptr);

    void setMuted(bool muted);
    [[nodiscard]] bool muted() const { return m_muted; }
    /// Replaces the beep (tests count them instead).
    void setBeep(std::function<void()> beep) { m_beep = std::move(beep); }
    /// "" when prompts are spoken, else why they are shown only.
    [[nodiscard]] QString speechStatus() const;

private:
    PromptSpeaker& m_speaker;
    std::function<void()> m_beep;
    bool m_muted = false;
};

} // namespace acu
