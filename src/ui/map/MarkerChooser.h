#pragma once

#include "ui/map/FingerTargets.h"

#include <QMenu>

namespace acu {

/// The menu a click opens where markers crowd: one entry per point whose target holds the
/// click ("BL23 Shènshū – Kidney Shu"), nearest first. Choosing one emits chosen(code).
/// Deletes itself once closed.
class MarkerChooser final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkerChooser)

public:
    MarkerChooser(const QList<ClickTarget>& targets, QWidget* parent);

signals:
    void chosen(const QString& code);
};

} // namespace acu
