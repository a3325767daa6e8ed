#pragma once

// View > Appearance: the desktop's palette, or the app's own light or dark one.

#include <QObject>
#include <QString>

#include <optional>

namespace acu {

enum class Appearance { System, Light, Dark };

/// The word settings store: "system", "light", "dark".
[[nodiscard]] QString appearanceId(Appearance appearance);
/// The appearance a stored word names; nullopt for any other word.
[[nodiscard]] std::optional<Appearance> appearanceFromId(const QString& id);

/// Applies an appearance to the running application. System gives back the style the app
/// started with (the desktop's, or -style's) and the desktop's palette, which Qt keeps up to
/// date when the desktop changes it; Light and Dark set the Fusion style with the app's own
/// palette. In every appearance placeholder text is kept readable (readablePlaceholder), also
/// after the desktop's palette changes. One for the application; widgets follow the
/// palette through their PaletteChange events.
class AppearanceSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceSwitcher)

public:
    explicit AppearanceSwitcher(QObject* parent = nullptr);
    ~AppearanceSwitcher() override;

    void apply(Appearance appearance);
    [[nodiscard]] Appearance appearance() const { return m_appearance; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Sets the placeholder colour when it is not readable; nothing when it is.
    void keepPlaceholderReadable();

    Appearance m_appearance = Appearance::System;
    QString m_startStyle;
    bool m_adjusting = false;
};

} // namespace acu
