#include "ui/details/DetailView.h"

#include "ui/theme/CautionColour.h"
#include "ui/theme/FocusRing.h"

#include <QEvent>
#include <QScrollBar>

namespace acu {

namespace {

const QString kLayoutStyle =
    QStringLiteral("h2 { margin-top: 0; margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
                   ".english { margin-top: 0; margin-bottom: 6px; } .cite { font-size: small; }"
                   ".note { font-size: small; } .why { font-size: small; margin-top: 4px; margin-bottom: 0; }"
                   ".item { margin-left: 16px; margin-top: 0; margin-bottom: 0; }"
                   ".source { margin-top: 0; margin-bottom: 6px; }");

/// ".warn { background-color: #f5e8d6; color: #4d3300; }": a pregnancy box's colours.
QString boxStyle(const QString& name, const QColor& hue, const QPalette& palette)
{
    const BoxColours colours = pregnancyBoxColours(hue, palette);
    return QStringLiteral(".%1 { background-color: %2; color: %3; }")
        .arg(name, colours.background.name(), colours.text.name());
}

} // namespace

QString detailStyleSheet(const QPalette& palette)
{
    return kLayoutStyle + boxStyle(QStringLiteral("danger"), kForbiddenColour, palette) +
           boxStyle(QStringLiteral("warn"), kCautionColour, palette) +
           boxStyle(QStringLiteral("none"), kNoCautionColour, palette);
}

DetailView::DetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailView"));
    setAccessibleName(tr("Point details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::onAnchorClicked);
    document()->setDefaultStyleSheet(detailStyleSheet(palette()));
    // Drawn while no point is shown, without laying out a document at start-up.
    setPlaceholderText(tr("Choose a point in the list or on the body map to read where it is, how to press "
                          "it, its cautions and its sources."));
    new FocusRing(this);
}

void DetailView::showPoint(const Catalogue& catalogue, const Point* point)
{
    if (point != m_point || &catalogue != m_catalogue) {
        const bool pregnancyMode = m_options.pregnancyMode;
        m_options = {};
        m_options.pregnancyMode = pregnancyMode;
    }
    m_catalogue = &catalogue;
    m_point = point;
    render();
    verticalScrollBar()->setValue(0);
}

void DetailView::setPregnancyMode(bool on)
{
    if (m_options.pregnancyMode == on)
        return;
    m_options.pregnancyMode = on;
    render();
}

void DetailView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    const QString style = detailStyleSheet(palette());
    if (style == document()->defaultStyleSheet())
        return;
    document()->setDefaultStyleSheet(style);
    render(); // the style sheet applies to HTML set after it
}

void DetailView::onAnchorClicked(const QUrl& url)
{
    const QString address = url.toString();
    bool* toggle = address == QLatin1String(kWhyLink)         ? &m_options.showWhy
                   : address == QLatin1String(kMoreLink)      ? &m_options.showFullCaution
                   : address == QLatin1String(kAllLabelsLink) ? &m_options.showAllLabels
                                                              : nullptr;
    if (toggle) {
        *toggle = !*toggle;
        render();
        return;
    }
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    emit sourceAddressActivated(url);
}

void DetailView::render()
{
    if (!m_point || !m_catalogue) {
        clear(); // shows the placeholder
        return;
    }
    // Opening "Why?" or "More" keeps the reader where they are.
    const int scrolled = verticalScrollBar()->value();
    setHtml(pointDetailsHtml(*m_catalogue, *m_point, m_options));
    verticalScrollBar()->setValue(scrolled);
}

} // namespace acu
