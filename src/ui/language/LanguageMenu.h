#pragma once

#include <QMenu>

class QActionGroup;

namespace acu {

/// View > Language: "System default" and each offered language named in itself, one checked.
/// Choosing one changes the setting only; the language changes at the next start.
class LanguageMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// The checked choice: a language code, or "" for the system's language.
    [[nodiscard]] QString chosen() const;
    /// Checks code's entry ("" or an unknown code: System default) without emitting chosenChanged.
    void setChosen(const QString& code);

signals:
    /// The person chose another entry.
    void chosenChanged(const QString& code);

private:
    QActionGroup* m_group = nullptr;
};

} // namespace acu
