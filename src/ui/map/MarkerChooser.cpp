#include "ui/map/MarkerChooser.h"

namespace acu {

MarkerChooser::MarkerChooser(const QList<ClickTarget>& targets, QWidget* parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("markerChooser"));
    setAttribute(Qt::WA_DeleteOnClose);
    setTitle(tr("Points here"));
    setAccessibleName(tr("Points under the click"));
    for (const ClickTarget& target : targets) {
        QString text = target.label.isEmpty() ? target.code : target.label;
        QAction* action = addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonics
        const QString code = target.code;
        connect(action, &QAction::triggered, this, [this, code] { emit chosen(code); });
    }
}

} // namespace acu
