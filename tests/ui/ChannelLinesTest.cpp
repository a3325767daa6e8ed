// Channel courses on the body map: their order and breaks, their sides, lines that take no
// clicks, which lines show and their key, their styles, and stepping along a channel.

#include "ui/map/ChannelLines.h"
#include "models/BodyMarkers.h"
#include "models/ChannelNames.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointListPanel.h"
#include "ui/map/BodyMapPanel.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/ChannelCourse.h"
#include "ui/map/ChannelKey.h"
#include "ui/map/ChannelLineItem.h"
#include "ui/map/ChannelStyle.h"
#include "ui/map/MarkerItem.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/Palettes.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QGraphicsScene>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <set>

namespace {

/// "LU1,LU2" -> {LU1, LU2}.
QStringList codes(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

const acu::Catalogue& shipped()
{
    return *acu::test::shipped();
}

/// The course of a channel on a view, on a side; fails the test when there is none.
acu::ChannelCourse courseOf(const QString& prefix, const QString& viewId, acu::Side side)
{
    for (const auto& course : acu::channelCourses(acu::bodyMarkers(shipped()), viewId)) {
        if (course.prefix == prefix && course.side == side)
            return course;
    }
    ADD_FAILURE() << "no course of " << prefix.toStdString() << " on " << viewId.toStdString();
    return {};
}

/// Every segment of the course as "FROM>TO" ("BL54>BL40").
std::set<QString> segments(const acu::ChannelCourse& course)
{
    std::set<QString> found;
    for (const auto& piece : course.pieces) {
        for (qsizetype i = 1; i < piece.size(); ++i)
            found.insert(piece[i - 1].code + QLatin1Char('>') + piece[i].code);
    }
    return found;
}

acu::BodyMarker marker(const QString& code, const QString& view, QPointF at, acu::Side side = acu::Side::Right)
{
    return {code, code, view, at, acu::PregnancyMark::None, side};
}

} // namespace

// On the back, the Bladder's inner line runs in point order to the knee hollow and on down
// the calf; the outer line (BL41-BL54) joins it at BL40, and no line runs BL40 to BL41.
TEST(ChannelCourse, bladderOnTheBack_followsPointOrderAndJoinsTheOuterLineAtBL40)
{
    const auto course = courseOf(QStringLiteral("BL"), QStringLiteral("back"), acu::Side::Left);
    const auto found = segments(course);
    EXPECT_EQ(found.count(QStringLiteral("BL40>BL41")), 0u);
    EXPECT_EQ(found.count(QStringLiteral("BL54>BL40")), 1u);
    EXPECT_EQ(found.count(QStringLiteral("BL40>BL55")), 1u);
    EXPECT_EQ(found.count(QStringLiteral("BL22>BL23")), 1u);
    EXPECT_EQ(found.count(QStringLiteral("BL41>BL42")), 1u);
    // Each piece goes the way of the numbering within its run.
    ASSERT_FALSE(course.pieces.isEmpty());
    const auto& first = course.pieces.constFirst();
    for (qsizetype i = 1; i < first.size(); ++i)
        EXPECT_LT(acu::numberInChannel(first[i - 1].code), acu::numberInChannel(first[i].code))
            << first[i - 1].code.toStdString() << " then " << first[i].code.toStdString();
}

// The Stomach's course branches at ST5: up to ST8 on the forehead, down from ST5 to the
// neck (ST9); no line from the forehead to the neck.
TEST(ChannelCourse, stomach_branchesAtST5)
{
    const auto found = segments(courseOf(QStringLiteral("ST"), QStringLiteral("front"), acu::Side::Right));
    EXPECT_EQ(found.count(QStringLiteral("ST8>ST9")), 0u);
    EXPECT_EQ(found.count(QStringLiteral("ST5>ST9")), 1u);
    EXPECT_EQ(found.count(QStringLiteral("ST35>ST36")), 1u);
}

// A bilateral channel has a course on each side, through that side's markers only; GV lies
// on the midline.
TEST(ChannelCourse, leftAndRightCoursesAreSeparate)
{
    const auto markers = acu::bodyMarkers(shipped());
    for (const acu::Side side : {acu::Side::Left, acu::Side::Right}) {
        const auto course = courseOf(QStringLiteral("BL"), QStringLiteral("back"), side);
        for (const auto& piece : course.pieces) {
            for (const auto& point : piece) {
                const bool onThatSide = std::any_of(markers.begin(), markers.end(), [&](const acu::BodyMarker& m) {
                    return m.code == point.code && m.viewId == QStringLiteral("back") && m.side == side &&
                           m.position == point.position;
                });
                EXPECT_TRUE(onThatSide) << point.code.toStdString();
            }
        }
    }
    int gvCourses = 0;
    for (const auto& course : acu::channelCourses(markers, QStringLiteral("back"))) {
        if (course.prefix != QStringLiteral("GV"))
            continue;
        ++gvCourses;
        EXPECT_EQ(course.side, acu::Side::Midline);
    }
    EXPECT_EQ(gvCourses, 1);
}

// The line breaks where the course's next point is not on the view, and a point left alone
// draws no line.
TEST(ChannelCourse, breaksWhereTheNextPointIsNotOnTheView)
{
    const QString v = QStringLiteral("front");
    const auto courses = acu::channelCourses(
        {marker(QStringLiteral("LU1"), v, {10, 10}), marker(QStringLiteral("LU2"), v, {10, 20}),
         marker(QStringLiteral("LU3"), QStringLiteral("back"), {10, 30}), marker(QStringLiteral("LU4"), v, {10, 40}),
         marker(QStringLiteral("LU6"), v, {10, 60}), marker(QStringLiteral("LU7"), v, {10, 70})},
        v);
    ASSERT_EQ(courses.size(), 1);
    ASSERT_EQ(courses[0].pieces.size(), 2);
    EXPECT_EQ(courses[0].pieces[0].size(), 2); // LU1, LU2
    EXPECT_EQ(courses[0].pieces[1][0].code, QStringLiteral("LU6"));
}

// The smooth line passes through every point in order, with a cubic piece between each two.
TEST(ChannelCourse, smoothLine_passesThroughThePointsInOrder)
{
    const QList<QPointF> points{{0, 0}, {10, 30}, {40, 35}, {45, 80}};
    const QPainterPath path = acu::smoothLine(points);
    ASSERT_EQ(path.elementCount(), 1 + 3 * 3); // a move, then three cubics of three elements
    for (int i = 0; i < points.size(); ++i) {
        const QPainterPath::Element end = path.elementAt(i == 0 ? 0 : 3 * i);
        EXPECT_EQ(QPointF(end.x, end.y), points[i]);
    }
    // Two points: a cubic whose control points lie on its ends, a straight line.
    const QPainterPath straight = acu::smoothLine({{0, 0}, {5, 5}});
    ASSERT_EQ(straight.elementCount(), 4);
    EXPECT_EQ(QPointF(straight.elementAt(1).x, straight.elementAt(1).y), QPointF(0, 0));
    EXPECT_EQ(QPointF(straight.elementAt(2).x, straight.elementAt(2).y), QPointF(5, 5));
    EXPECT_TRUE(acu::smoothLine({{0, 0}}).isEmpty());
}

// Lines take no clicks: on a line beside a marker, within its finger target but off its
// disc, no line is found and the click selects the marker; on a line away from markers the
// press passes through to the map, which starts dragging the drawing, and selects nothing.
TEST(ChannelLineItem, linesTakeNoClicks)
{
    acu::BodyMapView map;
    map.resize(400, 600);
    const QString front = QStringLiteral("front");
    map.setMarkers(
        {marker(QStringLiteral("LU1"), front, {100, 200}), marker(QStringLiteral("LU2"), front, {100, 400})});
    map.setViews(acu::bodyViews(shipped()));
    map.setShownChannels({QStringLiteral("LU")});
    map.show();
    ASSERT_EQ(map.drawnChannels(), QStringList{QStringLiteral("LU")});
    const QList<acu::ChannelLineItem*> lines = acu::channelLineItems(map.scene());
    ASSERT_FALSE(lines.isEmpty());
    QSignalSpy activated(&map, &acu::BodyMapView::pointActivated);

    // 10 pixels below LU1, on the straight line from LU1 down to LU2.
    const QPoint besideLu1 = map.mapFromScene(QPointF(100, 200)) + QPoint(0, 10);
    const QPointF besideInScene = map.mapToScene(besideLu1);
    ASSERT_TRUE(lines[0]->path().intersects(QRectF(besideInScene - QPointF(1, 1), QSizeF(2, 2))));
    for (QGraphicsItem* item : map.items(besideLu1)) {
        EXPECT_NE(item->type(), acu::ChannelLineItem::Type);
        EXPECT_NE(item->type(), acu::MarkerItem::Type); // off the marker's disc
    }
    QTest::mouseClick(map.viewport(), Qt::LeftButton, {}, besideLu1);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("LU1"));

    const QPoint onLine = map.mapFromScene(QPointF(100, 300));
    for (QGraphicsItem* item : map.items(onLine))
        EXPECT_NE(item->type(), acu::ChannelLineItem::Type);
    QTest::mousePress(map.viewport(), Qt::LeftButton, {}, onLine);
    EXPECT_EQ(map.scene()->mouseGrabberItem(), nullptr);
    EXPECT_EQ(map.viewport()->cursor().shape(), Qt::ClosedHandCursor); // the press reached the map
    QTest::mouseRelease(map.viewport(), Qt::LeftButton, {}, onLine);
    EXPECT_EQ(activated.size(), 1);
    for (const auto* line : lines) {
        EXPECT_EQ(line->acceptedMouseButtons(), Qt::NoButton);
        EXPECT_FALSE(line->acceptHoverEvents());
        EXPECT_TRUE(line->pen().isCosmetic());
        EXPECT_LT(line->zValue(), 1.0); // under the markers
    }
}

// By default the selected point's channel is drawn; the choice shows all, none or one
// channel, and the key lists exactly the channels drawn on the view.
TEST(BodyMapPanel, channelChoice_showsAndHidesLinesAndTheKeyListsThem)
{
    acu::BodyMapPanel panel;
    panel.resize(500, 700);
    panel.setContent(acu::bodyViews(shipped()), acu::bodyMarkers(shipped()));
    panel.show();
    acu::BodyMapView* map = panel.map();
    EXPECT_EQ(panel.channelChoice(), QStringLiteral("selected"));
    EXPECT_TRUE(map->drawnChannels().isEmpty()); // nothing selected
    EXPECT_FALSE(panel.channelKey()->isVisible());

    map->setSelectedCode(QStringLiteral("BL23"));
    EXPECT_EQ(map->currentView(), QStringLiteral("back"));
    EXPECT_EQ(map->drawnChannels(), QStringList{QStringLiteral("BL")});
    EXPECT_EQ(panel.channelKey()->channels(), QStringList{QStringLiteral("BL")});
    EXPECT_TRUE(panel.channelKey()->isVisible());

    panel.setChannelChoice(QStringLiteral("all"));
    // Every channel with two points or more on the back; not CV, of the front midline.
    const QStringList drawn = map->drawnChannels();
    EXPECT_EQ(drawn, codes("LI,SI,BL,KI,TE,GB,GV"));
    EXPECT_EQ(panel.channelKey()->channels(), drawn);

    panel.setChannelChoice(QStringLiteral("ST"));
    map->showView(QStringLiteral("front"));
    EXPECT_EQ(map->drawnChannels(), QStringList{QStringLiteral("ST")});
    EXPECT_EQ(panel.channelKey()->channels(), QStringList{QStringLiteral("ST")});

    panel.setChannelChoice(QStringLiteral("none"));
    EXPECT_TRUE(map->drawnChannels().isEmpty());
    EXPECT_FALSE(panel.channelKey()->isVisible());

    panel.setChannelChoice(QStringLiteral("nonsense"));
    EXPECT_EQ(panel.channelChoice(), QStringLiteral("selected"));
}

// The View menu's Channel Lines choices follow the selector and set it.
TEST(BodyMapPanel, channelMenu_keepsInStepWithTheSelector)
{
    acu::BodyMapPanel panel;
    panel.setContent(acu::bodyViews(shipped()), acu::bodyMarkers(shipped()));
    QMenu* menu = panel.channelMenu();
    QAction* all = nullptr;
    int choices = 0;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        ++choices;
        if (action->data().toString() == QStringLiteral("all"))
            all = action;
    }
    EXPECT_EQ(choices, 3 + 14);
    ASSERT_NE(all, nullptr);
    all->trigger();
    EXPECT_EQ(panel.channelChoice(), QStringLiteral("all"));
    panel.setChannelChoice(QStringLiteral("GB"));
    EXPECT_FALSE(all->isChecked());
}

// The 14 channels have 14 different (colour, pattern) pairs, and every colour reads at 3:1
// on the map's background in both palettes and on the drawings' skin.
TEST(ChannelStyle, fourteenDistinctStylesWithContrastInBothPalettes)
{
    const QColor skin(0xef, 0xd9, 0xc6); // the body drawings' fill (assets/body/*.svg)
    const QColor lightBase = acu::lightPalette().color(QPalette::Base);
    const QColor darkBase = acu::darkPalette().color(QPalette::Base);
    QList<acu::ChannelStyle> styles;
    for (const QString& prefix : acu::channelPrefixes()) {
        const acu::ChannelStyle style = acu::channelStyle(prefix);
        EXPECT_FALSE(styles.contains(style)) << prefix.toStdString() << " shares its style";
        styles.append(style);
        for (const QColor& background : {lightBase, darkBase, skin})
            EXPECT_GE(acu::contrastRatio(style.colour, background), 3.0)
                << prefix.toStdString() << " " << style.colour.name().toStdString() << " on "
                << background.name().toStdString();
    }
    EXPECT_EQ(styles.size(), 14);
    // Several patterns, so that lines of colours that merge for a colour-blind reader differ.
    std::set<QList<qreal>> patterns;
    for (const auto& style : styles)
        patterns.insert(style.dashes);
    EXPECT_GE(patterns.size(), 4u);
}

/// A colour as a reader with a dichromacy sees it: the sRGB colour linearised, multiplied by
/// the simulation matrix of Machado, Oliveira and Fernandes (2009), "A physiologically-based
/// model for simulation of color vision deficiency", at severity 1.0, and returned in CIE
/// L*a*b* (D65).
std::array<double, 3> seenAsLab(const QColor& colour, const std::array<std::array<double, 3>, 3>& matrix)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const std::array<double, 3> rgb{linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    std::array<double, 3> seen{};
    for (std::size_t row = 0; row < 3; ++row) {
        const double sum = matrix[row][0] * rgb[0] + matrix[row][1] * rgb[1] + matrix[row][2] * rgb[2];
        seen[row] = std::clamp(sum, 0.0, 1.0);
    }
    const double x = (0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2]) / 0.95047;
    const double y = 0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2];
    const double z = (0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2]) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

// Channels that share a line pattern keep hues that readers with protanopia, deuteranopia and
// tritanopia tell apart: CIE76 delta E of 10 or more between them as those readers see them
// (Machado et al. 2009, severity 1.0). The line colours are the same in the light and the dark
// palette (the pens do not take the palette), so one check covers both.
TEST(ChannelStyle, channelsSharingAPattern_differForColourBlindReaders)
{
    using Matrix = std::array<std::array<double, 3>, 3>;
    const std::array<std::pair<const char*, Matrix>, 3> deficiencies{{
        {"protanopia", {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
        {"deuteranopia", {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
        {"tritanopia", {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}},
    }};
    const QStringList prefixes = acu::channelPrefixes();
    int pairs = 0;
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        for (qsizetype j = i + 1; j < prefixes.size(); ++j) {
            const acu::ChannelStyle a = acu::channelStyle(prefixes.at(i));
            const acu::ChannelStyle b = acu::channelStyle(prefixes.at(j));
            if (a.dashes != b.dashes)
                continue;
            ++pairs;
            for (const auto& [name, matrix] : deficiencies) {
                const auto labA = seenAsLab(a.colour, matrix);
                const auto labB = seenAsLab(b.colour, matrix);
                const double deltaE = std::hypot(labA[0] - labB[0], labA[1] - labB[1], labA[2] - labB[2]);
                EXPECT_GE(deltaE, 10.0) << prefixes.at(i).toStdString() << " and " << prefixes.at(j).toStdString()
                                        << " share a pattern and look alike with " << name;
            }
        }
    }
    EXPECT_GT(pairs, 0); // five patterns for 14 channels: some must share
}

// The Channel lines selector is as wide as its longest entry where the window has room, so
// that "Selected point's channel" shows whole, and asks for no more than a nominal width.
TEST(ChannelChoice, selectorFitsItsLongestEntry)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* box = window.findChild<QComboBox*>(QStringLiteral("channelLineSelector"));
    ASSERT_NE(box, nullptr);
    int longest = 0;
    for (int row = 0; row < box->count(); ++row)
        longest = std::max(longest, box->fontMetrics().horizontalAdvance(box->itemText(row)));
    EXPECT_GT(box->width(), longest);
    EXPECT_LT(box->minimumWidth(), longest);
}

// The list's channel selector lists a channel in its point order and draws its line.
TEST(ChannelBrowsing, choosingAChannel_listsItInOrderAndDrawsItsLine)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    auto* list = window.findChild<acu::PointListPanel*>();
    auto* panel = window.findChild<acu::BodyMapPanel*>();
    ASSERT_NE(list, nullptr);
    ASSERT_NE(panel, nullptr);
    auto* selector = list->findChild<QComboBox*>(QStringLiteral("channelSelector"));
    ASSERT_NE(selector, nullptr);
    EXPECT_EQ(selector->itemText(0), QStringLiteral("All channels"));
    ASSERT_TRUE(window.setChannel(QStringLiteral("ST")));
    const QStringList listed = list->visibleCodes();
    ASSERT_EQ(listed.size(), 45);
    EXPECT_EQ(listed.first(3), codes("ST1,ST2,ST3"));
    EXPECT_EQ(listed.constLast(), QStringLiteral("ST45"));
    EXPECT_EQ(window.currentCode(), QStringLiteral("ST1"));
    EXPECT_EQ(panel->channelChoice(), QStringLiteral("ST"));
    EXPECT_EQ(panel->map()->drawnChannels(), QStringList{QStringLiteral("ST")});
    EXPECT_FALSE(window.setChannel(QStringLiteral("XX")));
}

// Next and Previous on Channel step from the selected point along its channel, whatever the
// list shows, and are disabled at its ends and with no point selected.
TEST(ChannelBrowsing, nextAndPreviousOnChannel_stepAndStopAtTheEnds)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    const auto& actions = window.actions();
    EXPECT_FALSE(actions.nextInChannel->isEnabled());
    EXPECT_FALSE(actions.previousInChannel->isEnabled());
    window.setSearchText(QStringLiteral("ST36"));
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("ST36")));
    actions.nextInChannel->trigger();
    EXPECT_EQ(window.currentCode(), QStringLiteral("ST37"));
    actions.previousInChannel->trigger();
    actions.previousInChannel->trigger();
    EXPECT_EQ(window.currentCode(), QStringLiteral("ST35"));
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("LU11")));
    EXPECT_FALSE(actions.nextInChannel->isEnabled());
    EXPECT_TRUE(actions.previousInChannel->isEnabled());
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("LU1")));
    EXPECT_TRUE(actions.nextInChannel->isEnabled());
    EXPECT_FALSE(actions.previousInChannel->isEnabled());
    ASSERT_TRUE(window.setCurrentCode(QStringLiteral("EX-HN3")));
    EXPECT_FALSE(actions.nextInChannel->isEnabled());
    EXPECT_FALSE(actions.previousInChannel->isEnabled());
}

// The channel lines choice and the list's channel are remembered with the window's state.
TEST(ChannelBrowsing, choicesAreRememberedInTheWindowState)
{
    acu::WindowState state;
    {
        acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
        window.findChild<acu::BodyMapPanel*>()->setChannelChoice(QStringLiteral("all"));
        ASSERT_TRUE(window.setChannel(QStringLiteral("KI")));
        window.findChild<acu::BodyMapPanel*>()->setChannelChoice(QStringLiteral("all"));
        state = window.persistentState();
    }
    EXPECT_EQ(state.channelLines, QStringLiteral("all"));
    EXPECT_EQ(state.channel, QStringLiteral("KI"));
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.restorePersistentState(state);
    EXPECT_EQ(window.findChild<acu::BodyMapPanel*>()->channelChoice(), QStringLiteral("all"));
    EXPECT_EQ(window.findChild<acu::PointListPanel*>()->channel(), QStringLiteral("KI"));
}

// Restoring a saved channel and point visits only that point: Back has nowhere to go.
TEST(ChannelBrowsing, restoringAChannelWithASavedPoint_addsNoOtherPointToTheHistory)
{
    acu::WindowState state;
    {
        acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
        ASSERT_TRUE(window.setChannel(QStringLiteral("KI")));
        window.setCurrentCode(QStringLiteral("KI3"));
        state = window.persistentState();
    }
    ASSERT_EQ(state.selectedCode, QStringLiteral("KI3"));
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.restorePersistentState(state);
    EXPECT_EQ(window.currentCode(), QStringLiteral("KI3"));
    const auto* back = window.findChild<QAction*>(QStringLiteral("actionBack"));
    ASSERT_NE(back, nullptr);
    EXPECT_FALSE(back->isEnabled());
}
