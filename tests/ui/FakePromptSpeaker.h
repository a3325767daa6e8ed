#pragma once

// A speaker that records what it would say, with or without a voice.

#include "ui/routine/PromptSpeaker.h"

#include <QStringList>

namespace acu::test {

class FakePromptSpeaker final : public PromptSpeaker {
public:
    explicit FakePromptSpeaker(bool hasVoice = true)
        : m_hasVoice(hasVoice)
    {
    }

    [[nodiscard]] bool canSpeak() override { return m_hasVoice; }
    void say(const QString& text) override
    {
        if (m_hasVoice)
            said.append(text);
    }
    void stop() override { ++stops; }

    QStringList said;
    int stops = 0;

private:
    bool m_hasVoice;
};

} // namespace acu::test
