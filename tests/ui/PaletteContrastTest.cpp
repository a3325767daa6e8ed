// Every colour the app draws itself keeps its contrast in each appearance (the desktop's
// palette, the app's light and dark ones): 4.5:1 for text, 3:1 for marks (WCAG 2.1).

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/details/DetailView.h"
#include "ui/details/MedicalNotice.h"
#include "ui/map/MarkerItem.h"
#include "ui/theme/Appearance.h"
#include "ui/theme/CautionColour.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/Palettes.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

constexpr double kText = 4.5;
constexpr double kMark = 3.0;

std::string hex(const QColor& colour)
{
    return colour.name().toStdString();
}

const char* nameOf(acu::Appearance appearance)
{
    switch (appearance) {
    case acu::Appearance::Light:
        return "light";
    case acu::Appearance::Dark:
        return "dark";
    case acu::Appearance::System:
        break;
    }
    return "system";
}

/// A window in the appearance; the application goes back to the desktop's palette after.
class InAppearance : public ::testing::TestWithParam<acu::Appearance> {
protected:
    InAppearance()
        : window(acu::test::shipped(), QStringLiteral("test"))
    {
        window.setAppearance(GetParam());
        QCoreApplication::processEvents(); // Qt hands the new palette to the widgets by posted events
    }
    ~InAppearance() override { window.setAppearance(acu::Appearance::System); }

    /// A label's text colour against the colour behind it.
    static double labelContrast(const QLabel* label)
    {
        const QPalette& p = label->palette();
        return acu::contrastRatio(p.color(label->foregroundRole()), p.color(label->backgroundRole()));
    }

    /// The silhouette's outline in a body drawing, as its SVG gives it.
    static QColor drawingOutline(const QString& view)
    {
        QFile file(QStringLiteral(":/acupoint-atlas/body/%1.svg").arg(view));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression skin(QStringLiteral("fill=\"(#[0-9a-f]{6})\" stroke=\"(#[0-9a-f]{6})\""));
        const auto match = skin.match(QString::fromUtf8(file.readAll()));
        return match.hasMatch() ? QColor(match.captured(2)) : QColor();
    }

    /// The skin the markers sit on.
    static QColor drawingSkin(const QString& view)
    {
        QFile file(QStringLiteral(":/acupoint-atlas/body/%1.svg").arg(view));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression skin(QStringLiteral("fill=\"(#[0-9a-f]{6})\" stroke=\"#[0-9a-f]{6}\""));
        const auto match = skin.match(QString::fromUtf8(file.readAll()));
        return match.hasMatch() ? QColor(match.captured(1)) : QColor();
    }

    acu::MainWindow window;
};

} // namespace

// The legend under the list and the one under the map read on the window colour.
TEST_P(InAppearance, legendsRead)
{
    for (const QString& name : {QStringLiteral("listLegend"), QStringLiteral("mapLegend")}) {
        const auto* legend = window.findChild<QLabel*>(name);
        ASSERT_NE(legend, nullptr) << name.toStdString();
        EXPECT_GE(labelContrast(legend), kText) << name.toStdString();
    }
}

// The search field's placeholder reads on the field.
TEST_P(InAppearance, searchPlaceholderReads)
{
    const auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    ASSERT_NE(search, nullptr);
    const QPalette& p = search->palette();
    EXPECT_GE(acu::contrastRatio(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)), kText)
        << hex(p.color(QPalette::PlaceholderText)) << " on " << hex(p.color(QPalette::Base));
}

// The pregnancy box's text reads on its tint, for each level.
TEST_P(InAppearance, pregnancyBoxTextReads)
{
    const auto* details = window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    ASSERT_NE(details, nullptr);
    for (const QColor& hue : {acu::kForbiddenColour, acu::kCautionColour, acu::kNoCautionColour}) {
        const acu::BoxColours box = acu::pregnancyBoxColours(hue, details->palette());
        EXPECT_GE(acu::contrastRatio(box.text, box.background), kText) << hex(hue);
        EXPECT_TRUE(details->document()->defaultStyleSheet().contains(box.background.name())) << hex(hue);
    }
}

// A list badge's word reads on the list.
TEST_P(InAppearance, listBadgesRead)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const QColor& hue : {acu::kForbiddenColour, acu::kCautionColour})
        EXPECT_GE(acu::contrastRatio(acu::cautionText(hue, base), base), kText) << hex(hue) << " on " << hex(base);
}

// The medical notice's text reads on its tint, and the message bar's on its colour.
TEST_P(InAppearance, noticeAndMessageBarRead)
{
    const auto* notice = window.findChild<acu::MedicalNotice*>(QStringLiteral("medicalNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_GE(acu::contrastRatio(notice->palette().color(QPalette::WindowText), notice->fillColor()), kText);
    const auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    ASSERT_NE(bar, nullptr);
    const auto* text = bar->findChild<QLabel*>(QStringLiteral("messageBarText"));
    ASSERT_NE(text, nullptr);
    EXPECT_GE(
        acu::contrastRatio(text->palette().color(text->foregroundRole()), bar->palette().color(bar->backgroundRole())),
        kText);
}

// Each marker, and the selection ring, stands out at 3:1 by its fill or its edge against
// the map's background and against the skin of the drawing.
TEST_P(InAppearance, markersStandOut)
{
    const QColor background = QApplication::palette().color(QPalette::Base);
    const QColor skin = drawingSkin(QStringLiteral("back"));
    ASSERT_TRUE(skin.isValid());
    const auto standsOut = [](const acu::MarkerItem::Colours& c, const QColor& behind) {
        return std::max(acu::contrastRatio(c.fill, behind), acu::contrastRatio(c.edge, behind)) >= kMark;
    };
    for (const auto mark :
         {acu::PregnancyMark::None, acu::PregnancyMark::Caution, acu::PregnancyMark::Contraindicated}) {
        EXPECT_TRUE(standsOut(acu::MarkerItem::markColours(mark), background)) << int(mark);
        EXPECT_TRUE(standsOut(acu::MarkerItem::markColours(mark), skin)) << int(mark);
    }
    EXPECT_TRUE(standsOut(acu::MarkerItem::ringColours(), background)) << hex(background);
    EXPECT_TRUE(standsOut(acu::MarkerItem::ringColours(), skin));
}

// The outline of every body drawing stands out at 3:1 against the map's background.
TEST_P(InAppearance, drawingOutlinesStandOut)
{
    const QColor background = QApplication::palette().color(QPalette::Base);
    for (const QString& view : {QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("side"),
                                QStringLiteral("sacrum"), QStringLiteral("hand-back"), QStringLiteral("sole")}) {
        const QColor outline = drawingOutline(view);
        ASSERT_TRUE(outline.isValid()) << view.toStdString();
        EXPECT_GE(acu::contrastRatio(outline, background), kMark) << view.toStdString() << " on " << hex(background);
    }
}

INSTANTIATE_TEST_SUITE_P(Appearances, InAppearance,
                         ::testing::Values(acu::Appearance::System, acu::Appearance::Light, acu::Appearance::Dark),
                         [](const auto& test) { return std::string(nameOf(test.param)); });

// Light and Dark are the app's own palettes: dark text on light, and light text on dark.
TEST(Appearance, lightAndDarkSetTheirPalettes)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.setAppearance(acu::Appearance::Dark);
    EXPECT_TRUE(acu::isDarkPalette(QApplication::palette()));
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    window.setAppearance(acu::Appearance::Light);
    EXPECT_FALSE(acu::isDarkPalette(QApplication::palette()));
    window.setAppearance(acu::Appearance::System);
    EXPECT_EQ(window.appearance(), acu::Appearance::System);
}

// The View menu's choice is checked for the appearance set, and choosing one sets it.
TEST(Appearance, viewMenuChoosesAndShowsTheAppearance)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.actions().appearanceDark->trigger();
    EXPECT_EQ(window.appearance(), acu::Appearance::Dark);
    EXPECT_TRUE(acu::isDarkPalette(QApplication::palette()));
    window.setAppearance(acu::Appearance::Light);
    EXPECT_TRUE(window.actions().appearanceLight->isChecked());
    EXPECT_FALSE(window.actions().appearanceDark->isChecked());
    window.setAppearance(acu::Appearance::System);
}

// The appearance is remembered with the window's state, and restored from it.
TEST(Appearance, rememberedInTheWindowState)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.setAppearance(acu::Appearance::Dark);
    acu::WindowState state = window.persistentState();
    EXPECT_EQ(state.appearance, QStringLiteral("dark"));
    window.setAppearance(acu::Appearance::System);
    state.appearance = QStringLiteral("light");
    window.restorePersistentState(state);
    EXPECT_EQ(window.appearance(), acu::Appearance::Light);
    window.setAppearance(acu::Appearance::System);
}

// A word the app does not know reads as no appearance, so a damaged setting falls back.
TEST(Appearance, idsReadBack)
{
    for (const auto appearance : {acu::Appearance::System, acu::Appearance::Light, acu::Appearance::Dark})
        EXPECT_EQ(acu::appearanceFromId(acu::appearanceId(appearance)), appearance);
    EXPECT_EQ(acu::appearanceFromId(QStringLiteral("sepia")), std::nullopt);
}

namespace {

/// The background of the first table in the detail pane: the pregnancy box.
QColor boxBackground(const acu::DetailView& view)
{
    for (QTextFrame* frame : view.document()->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            return table->format().background().color();
    }
    return {};
}

} // namespace

// When the application's palette turns dark (the desktop's changes, or Dark is chosen),
// the pregnancy box shown at the time takes the dark palette's colours at once.
TEST(DetailView, pregnancyBoxFollowsALivePaletteChange)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(acu::lightPalette());
    const auto& catalogue = acu::test::minimal();
    acu::DetailView view;
    view.showPoint(*catalogue, catalogue->findPoint("BL23"));
    const QColor light = boxBackground(view);
    ASSERT_TRUE(light.isValid());
    EXPECT_EQ(light.name(), acu::pregnancyBoxColours(acu::kCautionColour, acu::lightPalette()).background.name());

    QApplication::setPalette(acu::darkPalette());
    QCoreApplication::processEvents();
    const QColor dark = boxBackground(view);
    QApplication::setPalette(before);
    EXPECT_NE(dark.name(), light.name());
    EXPECT_EQ(dark.name(), acu::pregnancyBoxColours(acu::kCautionColour, acu::darkPalette()).background.name());
}
