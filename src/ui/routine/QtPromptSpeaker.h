#pragma once

#include "ui/routine/PromptSpeaker.h"

#include <QString>

#include <memory>
#include <optional>

class QTextToSpeech;

namespace acu {

/// Speaks through Qt's QTextToSpeech. The engine is made at the first question, not when
/// the window is built (connecting to a speech service can take a while), and only when Qt
/// has a speech plug-in for it. No plug-in, an engine that fails to start, or an engine
/// without a voice: canSpeak() is false and nothing is said.
class QtPromptSpeaker final : public PromptSpeaker {
public:
    /// engine: a QTextToSpeech engine name; empty for the platform's default.
    explicit QtPromptSpeaker(QString engine = {});
    ~QtPromptSpeaker() override;

    [[nodiscard]] bool canSpeak() override;
    void say(const QString& text) override;
    void stop() override;

private:
    QString m_engineName;
    std::unique_ptr<QTextToSpeech> m_speech;
    std::optional<bool> m_canSpeak; ///< known once asked
};

} // namespace acu
