#pragma once

#include "core/catalogue/Catalogue.h"

#include <QString>

class QWidget;

namespace acu {

/// The About box's text: version, licence and every source the catalogue cites.
[[nodiscard]] QString aboutHtml(const Catalogue& catalogue, const QString& version);
/// The medical disclaimer: the catalogue's notices (when to see a doctor, pregnancy).
[[nodiscard]] QString disclaimerHtml(const Catalogue& catalogue);

void showAboutDialog(QWidget* parent, const Catalogue& catalogue);
void showDisclaimerDialog(QWidget* parent, const Catalogue& catalogue);

} // namespace acu
