#pragma once

#include "core/Catalogue.h"

#include <QTextBrowser>

namespace acu {

/// Shows everything the catalogue says about one point: the pregnancy caution first, then
/// names, aliases, location, how to find it, technique, cautions, disagreements and the
/// sources behind each statement. Catalogue text is escaped, never read as markup.
class DetailView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget* parent = nullptr);

    /// Shows a point, or a short hint when point is nullptr.
    void showPoint(const Catalogue& catalogue, const Point* point);
};

} // namespace acu
