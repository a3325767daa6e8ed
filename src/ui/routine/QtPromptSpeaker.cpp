#include "ui/routine/QtPromptSpeaker.h"

#include <QLocale>
#include <QTextToSpeech>

namespace acu {

QtPromptSpeaker::QtPromptSpeaker(QString engine)
    : m_engineName(std::move(engine))
{
}

QtPromptSpeaker::~QtPromptSpeaker() = default;

bool QtPromptSpeaker::canSpeak()
{
    if (m_canSpeak)
        return *m_canSpeak;
    // Asking for an engine Qt has no plug-in for only prints a warning; ask Qt first.
    const QStringList engines = QTextToSpeech::availableEngines();
    const bool known = m_engineName.isEmpty() ? !engines.isEmpty() : engines.contains(m_engineName);
    if (known) {
        m_speech =
            m_engineName.isEmpty() ? std::make_unique<QTextToSpeech>() : std::make_unique<QTextToSpeech>(m_engineName);
        if (m_speech->state() == QTextToSpeech::Error || m_speech->availableVoices().isEmpty())
            m_speech.reset();
        // The prompts are in the language the program shows (QLocale's default, set with the
        // translation), which may not be the system's: speak them with a voice of it.
        else if (m_speech->availableLocales().contains(QLocale()))
            m_speech->setLocale(QLocale());
    }
    m_canSpeak = m_speech != nullptr;
    return *m_canSpeak;
}

void QtPromptSpeaker::say(const QString& text)
{
    if (!canSpeak())
        return;
    m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    m_speech->say(text);
}

void QtPromptSpeaker::stop()
{
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

} // namespace acu
