#pragma once

#include <QUrl>

class QMessageBox;
class QWidget;

namespace acu {

/// Only http and https addresses are ever opened.
[[nodiscard]] bool isOpenableAddress(const QUrl& url);

/// Asks before opening a source's address, showing the whole address as plain text.
[[nodiscard]] QMessageBox* createOpenAddressDialog(QWidget* parent, const QUrl& url);

/// Opens a source's address in the browser after the user has seen it and agreed; anything
/// but http and https is refused. Returns whether it was opened.
bool openSourceAddress(QWidget* parent, const QUrl& url);

} // namespace acu
