#pragma once

#include <QWidget>

namespace acu {

/// The notice under the detail pane, always in view: the atlas is a reference, not medical
/// advice, and severe, lasting or injury-related pain needs a doctor. Plain-text labels
/// rather than one rich-text label: a word-wrapped rich-text label lays out a whole text
/// document each time the layout asks for its height, which cost about 4 ms at start-up.
class MedicalNotice final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedicalNotice)

public:
    explicit MedicalNotice(QWidget* parent = nullptr);

signals:
    /// The person asked for the full medical disclaimer.
    void disclaimerRequested();
};

} // namespace acu
