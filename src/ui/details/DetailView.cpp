#include "ui/details/DetailView.h"

#include "ui/details/PointDetailsHtml.h"

namespace acu {

namespace {

const QString kStyle = QStringLiteral(
    "h2 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
    ".english { margin-top: 0; } .cite { color: palette(mid); font-size: small; }"
    ".note { font-size: small; } .danger { background-color: #fde2e1; color: #5c0b07; }"
    ".warn { background-color: #fff3cd; color: #4d3800; }"
    ".none { background-color: #e6f0fa; color: #10304f; }");

} // namespace

DetailView::DetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailView"));
    setAccessibleName(tr("Point details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::sourceAddressActivated);
    document()->setDefaultStyleSheet(kStyle);
    // Drawn while no point is shown, without laying out a document at start-up.
    setPlaceholderText(tr("Choose a point in the list or on the body map to read where it is, how to press "
                          "it, its cautions and its sources."));
}

void DetailView::showPoint(const Catalogue& catalogue, const Point* point)
{
    m_catalogue = &catalogue;
    m_point = point;
    render();
}

void DetailView::setPregnancyMode(bool on)
{
    if (m_pregnancyMode == on)
        return;
    m_pregnancyMode = on;
    render();
}

void DetailView::render()
{
    if (!m_point || !m_catalogue) {
        clear(); // shows the placeholder
        return;
    }
    setHtml(pointDetailsHtml(*m_catalogue, *m_point, m_pregnancyMode));
}

} // namespace acu
