#pragma once

#include <QFrame>

class QLabel;

namespace acu {

/// A bar across the top of the window that tells the person something once, without a
/// dialog to answer: that settings cannot be saved, or that a damaged settings file was set
/// aside. Plain text (a path or an error is shown as it is, never read as markup), selectable
/// so it can be copied, and a button that closes the bar.
class MessageBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows the bar with this message; a message shown while the bar is open goes below
    /// the ones before it.
    void showMessage(const QString& text);
    /// The messages shown, one a line ("" once dismissed).
    [[nodiscard]] QString text() const;
    /// Closes the bar and forgets its messages.
    void dismiss();

private:
    QLabel* m_text = nullptr;
};

} // namespace acu
