#pragma once

#include <QString>

namespace acu {

/// Speaks the runner's prompts aloud, so that a routine can be followed with the eyes
/// closed. An interface, so that tests record what would be said instead of playing audio.
class PromptSpeaker {
public:
    PromptSpeaker() = default;
    PromptSpeaker(const PromptSpeaker&) = delete;
    PromptSpeaker& operator=(const PromptSpeaker&) = delete;
    virtual ~PromptSpeaker() = default;

    /// Whether there is a speech engine with a voice; without one prompts are shown only.
    [[nodiscard]] virtual bool canSpeak() = 0;
    /// Says text, cutting off whatever is still being said. Does nothing when !canSpeak().
    virtual void say(const QString& text) = 0;
    /// Stops speaking at once.
    virtual void stop() = 0;
};

} // namespace acu
