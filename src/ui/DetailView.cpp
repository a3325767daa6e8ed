#include "DetailView.h"

#include "PointDetailsHtml.h"

namespace acu {

namespace {

const QString kStyle = QStringLiteral(
    "h2 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
    ".english { margin-top: 0; } .cite { color: palette(mid); font-size: small; }"
    ".note { font-size: small; } .danger { background-color: #fde2e1; color: #5c0b07; }"
    ".warn { background-color: #fff3cd; color: #4d3800; }");

} // namespace

DetailView::DetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailView"));
    setAccessibleName(tr("Point details"));
    setOpenLinks(false);
    document()->setDefaultStyleSheet(kStyle);
    showPoint(Catalogue(), nullptr);
}

void DetailView::showPoint(const Catalogue& catalogue, const Point* point)
{
    if (!point) {
        setHtml(tr("<p>Choose a point in the list to read where it is, how to press it, "
                   "its cautions and its sources.</p>"));
        return;
    }
    setHtml(pointDetailsHtml(catalogue, *point));
}

} // namespace acu
