#pragma once

#include "core/catalogue/Catalogue.h"
#include "ui/details/PointDetailsHtml.h"

#include <QTextBrowser>

namespace acu {

/// The detail pane's style sheet: its layout, and the pregnancy boxes (.danger, .warn,
/// .none) in colours worked out from the palette, light or dark.
[[nodiscard]] QString detailStyleSheet(const QPalette& palette);

/// Shows everything the catalogue says about one point: its code and name first, its
/// pregnancy caution in one or two lines under them, then names, aliases, location, how to
/// find it, technique, cautions, disagreements and the sources behind each statement.
/// Catalogue text is escaped, never read as markup. A source number scrolls to the source;
/// "Why?", "More" and "Show all labels" open their text in place.
class DetailView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget* parent = nullptr);

    /// Shows a point, or a short hint when point is nullptr. The catalogue must outlive the view.
    void showPoint(const Catalogue& catalogue, const Point* point);
    /// Pregnancy mode: a point with no pregnancy caution says so first.
    void setPregnancyMode(bool on);
    [[nodiscard]] const DetailsOptions& options() const { return m_options; }

signals:
    /// A source's address was clicked; nothing is opened here.
    void sourceAddressActivated(const QUrl& url);

protected:
    /// Follows a palette change (a light or dark appearance, the desktop's) in the boxes.
    void changeEvent(QEvent* event) override;

private:
    void render();
    void onAnchorClicked(const QUrl& url);

    const Catalogue* m_catalogue = nullptr;
    const Point* m_point = nullptr;
    DetailsOptions m_options;
};

} // namespace acu
