#include "ui/routine/RunnerSounds.h"

#include "ui/routine/PromptSpeaker.h"

#include <QApplication>

namespace acu {

RunnerSounds::RunnerSounds(const RoutineRunner& runner, PromptSpeaker& speaker, QObject* parent)
    : QObject(parent)
    , m_speaker(speaker)
    , m_beep([] { QApplication::beep(); })
{
    connect(&runner, &RoutineRunner::cue, this, [this](RoutineRunner::Cue cue) {
        if (!m_muted && (cue == RoutineRunner::Cue::HoldStarted || cue == RoutineRunner::Cue::HoldEnded))
            m_beep();
    });
    connect(&runner, &RoutineRunner::promptChanged, this, [this](const QString& text) {
        if (!m_muted && m_speaker.canSpeak())
            m_speaker.say(text);
    });
}

void RunnerSounds::setMuted(bool muted)
{
    m_muted = muted;
    if (muted)
        m_speaker.stop();
}

QString RunnerSounds::speechStatus() const
{
    if (!m_speaker.canSpeak())
        return tr("Prompts are shown only: this system has no voice to speak them.");
    if (m_muted)
        return tr("Muted: prompts are shown only.");
    return {};
}

} // namespace acu
