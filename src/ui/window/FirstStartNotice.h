#pragma once

class QMessageBox;
class QWidget;

namespace acu {

/// The notice shown once, at the first start: the app is a reference, not medical advice,
/// and when to see a doctor instead; and the question whether to turn pregnancy mode on.
/// Its default and escape button is "Not now"; the other, "Turn On Pregnancy Mode", is the
/// dialog's accept role.
[[nodiscard]] QMessageBox* createFirstStartNotice(QWidget* parent);

/// Shows the notice and returns true when the user chose pregnancy mode.
[[nodiscard]] bool askAtFirstStart(QWidget* parent);

} // namespace acu
