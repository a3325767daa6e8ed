// Markers that the standard places by a drawn landmark sit where the drawing draws it. Each
// landmark is found in the drawing's SVG source by its id (docs/body-map-geometry.md): circles
// and ellipses by their bounds, lines by the coordinates of their path data.

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QFile>
#include <QPainterPath>
#include <QPointF>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace {

const acu::Catalogue& shipped()
{
    return *acu::test::shipped();
}

QString drawingPath(const QString& viewId)
{
    return QStringLiteral(":/acupoint-atlas/body/%1.svg").arg(viewId);
}

/// The marker of `code` on `view` for the body's `side`, if the catalogue has one.
std::optional<QPointF> markerOf(const std::string& code, const std::string& view, acu::Side side)
{
    const acu::Point* point = shipped().findPoint(code);
    if (!point)
        return std::nullopt;
    for (const auto& position : point->positions) {
        if (position.view == view && position.side == side)
            return QPointF(position.x, position.y);
    }
    return std::nullopt;
}

/// The bounds of the element with `id` in the drawing of `viewId`, in view units.
QRectF boundsOf(const QString& viewId, const QString& id)
{
    QSvgRenderer renderer(drawingPath(viewId));
    EXPECT_TRUE(renderer.elementExists(id)) << viewId.toStdString() << ": no element " << id.toStdString();
    return renderer.boundsOnElement(id);
}

/// The `d` attribute of the path with `id` in the drawing of `viewId`, read from the SVG source.
QString pathDataOf(const QString& viewId, const QString& id)
{
    QFile file(drawingPath(viewId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.attributes().value(QStringLiteral("id")) == id)
            return xml.attributes().value(QStringLiteral("d")).toString();
    }
    ADD_FAILURE() << viewId.toStdString() << ": no path " << id.toStdString();
    return {};
}

/// One cubic segment: start, two control points, end. A line is a cubic with its ends as controls.
using Cubic = std::array<QPointF, 4>;

/// The subpaths of path data written, as the drawings are, with absolute M, L, C and Z only.
std::vector<std::vector<Cubic>> subpaths(const QString& data)
{
    std::vector<std::vector<Cubic>> result;
    static const QRegularExpression token(QStringLiteral("[A-Za-z]|-?\\d*\\.?\\d+"));
    QStringList tokens;
    for (auto it = token.globalMatch(data); it.hasNext();)
        tokens.append(it.next().captured());
    QChar command;
    QPointF current;
    std::vector<double> numbers;
    auto flush = [&] {
        if (command == QLatin1Char('M') && numbers.size() == 2) {
            current = QPointF(numbers[0], numbers[1]);
            result.emplace_back();
        } else if (command == QLatin1Char('L') && numbers.size() == 2 && !result.empty()) {
            const QPointF end(numbers[0], numbers[1]);
            result.back().push_back({current, current, end, end});
            current = end;
        } else if (command == QLatin1Char('C') && numbers.size() == 6 && !result.empty()) {
            const QPointF end(numbers[4], numbers[5]);
            result.back().push_back({current, QPointF(numbers[0], numbers[1]), QPointF(numbers[2], numbers[3]), end});
            current = end;
        } else {
            return false;
        }
        numbers.clear();
        return true;
    };
    for (const QString& t : tokens) {
        if (t.front().isLetter()) {
            if (!numbers.empty())
                ADD_FAILURE() << "path data: unused numbers before " << t.toStdString();
            command = t.front();
            numbers.clear();
            if (command == QLatin1Char('Z'))
                continue;
            if (command != QLatin1Char('M') && command != QLatin1Char('L') && command != QLatin1Char('C'))
                ADD_FAILURE() << "path data: command " << t.toStdString() << " is not M, L, C or Z";
            continue;
        }
        numbers.push_back(t.toDouble());
        if (flush() && command == QLatin1Char('M'))
            command = QLatin1Char('L'); // coordinates after M's pair are lines, as SVG says
    }
    return result;
}

QPointF pointOn(const Cubic& c, double t)
{
    const double u = 1 - t;
    return u * u * u * c[0] + 3 * u * u * t * c[1] + 3 * u * t * t * c[2] + t * t * t * c[3];
}

/// Where a drawn line crosses the height `y`: the x of its first crossing, if it reaches that height.
std::optional<double> xAtHeight(const std::vector<Cubic>& line, double y)
{
    constexpr int kSteps = 200;
    for (const Cubic& segment : line) {
        QPointF previous = segment[0];
        for (int i = 1; i <= kSteps; ++i) {
            const QPointF next = pointOn(segment, double(i) / kSteps);
            if ((previous.y() - y) * (next.y() - y) <= 0 && previous.y() != next.y())
                return previous.x() + (next.x() - previous.x()) * (y - previous.y()) / (next.y() - previous.y());
            previous = next;
        }
    }
    return std::nullopt;
}

// The marker's radius in view units (MarkerItem), so that "beside a line" means the whole marker.
constexpr double kMarkerRadius = 5.0;

} // namespace

// The subpath reader follows M, L and C and crosses heights on curves exactly where they are.
TEST(BodyLandmarks, pathReader_findsTheCrossingOfALineAndOfACurve)
{
    const auto paths = subpaths(QStringLiteral("M10,0 L10,100 M0,0 C0,0 100,100 100,100"));
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_DOUBLE_EQ(*xAtHeight(paths[0], 40), 10.0);
    EXPECT_NEAR(*xAtHeight(paths[1], 50), 50.0, 0.01);
    EXPECT_FALSE(xAtHeight(paths[0], 150).has_value());
}

// SI19 lies just in front of the tragus. On the side view the ear opening is drawn at the ear's
// front edge, so the marker sits a few units in front of it, at its height, not out on the cheek.
TEST(BodyLandmarks, si19_sitsJustInFrontOfTheEarOpening_onTheSideView)
{
    const auto marker = markerOf("SI19", "side", acu::Side::Right);
    ASSERT_TRUE(marker.has_value());
    const QRectF ear = boundsOf(QStringLiteral("side"), QStringLiteral("ear-opening"));
    ASSERT_FALSE(ear.isEmpty());
    EXPECT_GT(marker->x(), ear.right()) << "in front of the opening (the face is at larger x)";
    EXPECT_LE(marker->x() - ear.center().x(), 8.0) << "no further forward than the tragus";
    EXPECT_LE(std::abs(marker->y() - ear.center().y()), 3.0);
}

// The head close-up agrees: SI19 in front of the ear canal and the tragus (front edge x = 225),
// level with the canal.
TEST(BodyLandmarks, si19_sitsJustInFrontOfTheTragus_onTheHeadCloseUp)
{
    const auto marker = markerOf("SI19", "head-side", acu::Side::Right);
    ASSERT_TRUE(marker.has_value());
    const QRectF canal = boundsOf(QStringLiteral("head-side"), QStringLiteral("ear-canal-opening"));
    ASSERT_FALSE(canal.isEmpty());
    EXPECT_GT(marker->x() - kMarkerRadius, 225.0);
    EXPECT_LE(marker->x() - canal.center().x(), 40.0);
    EXPECT_LE(std::abs(marker->y() - canal.center().y()), 5.0);
}

// TE3 lies in the groove between the fourth and fifth metacarpals, just on the wrist side of
// the knuckles (y = 170): the whole marker between the two drawn bones.
TEST(BodyLandmarks, te3_liesBetweenTheFourthAndFifthMetacarpals)
{
    const auto marker = markerOf("TE3", "hand-back", acu::Side::Right);
    ASSERT_TRUE(marker.has_value());
    const auto bones = subpaths(pathDataOf(QStringLiteral("hand-back"), QStringLiteral("metacarpals")));
    ASSERT_EQ(bones.size(), 5u) << "metacarpals I-V, thumb first";
    const auto fourth = xAtHeight(bones[3], marker->y());
    const auto fifth = xAtHeight(bones[4], marker->y());
    ASSERT_TRUE(fourth.has_value() && fifth.has_value()) << "the marker is level with both bones";
    ASSERT_LT(*fourth, *fifth);
    EXPECT_GE(marker->x() - kMarkerRadius, *fourth);
    EXPECT_LE(marker->x() + kMarkerRadius, *fifth);
    EXPECT_GT(marker->y(), 170.0);
    EXPECT_LE(marker->y(), 215.0) << "close behind the knuckles";
}

// BL10 lies in the hollow just outside the trapezius, near the hairline: each marker beside
// the outer edge of its side's drawn band, not inside the bands and not above them.
TEST(BodyLandmarks, bl10_liesJustOutsideTheTrapeziusBands_onTheNeckView)
{
    const auto bands = subpaths(pathDataOf(QStringLiteral("neck-back"), QStringLiteral("trapezius")));
    ASSERT_GE(bands.size(), 2u) << "the left band, the right band, then the edges along the shoulder blades";
    struct BandSide {
        acu::Side side;
        const std::vector<Cubic>* band;
        double outward; // -1: the body's left is on the viewer's left
    };
    for (const auto& [side, band, outward] :
         {BandSide{acu::Side::Left, &bands[0], -1.0}, BandSide{acu::Side::Right, &bands[1], 1.0}}) {
        const auto marker = markerOf("BL10", "neck-back", side);
        ASSERT_TRUE(marker.has_value());
        const auto edge = xAtHeight(*band, marker->y());
        ASSERT_TRUE(edge.has_value()) << "the marker is level with the band";
        EXPECT_LT(outward * (*edge - 200), outward * (marker->x() - 200)) << "the band is nearer the midline";
        const double gap = outward * (marker->x() - *edge);
        EXPECT_GE(gap, kMarkerRadius) << "the whole marker outside the band";
        EXPECT_LE(gap, 15.0) << "just outside, in the hollow beside it";
        EXPECT_LE(marker->y(), 135.0) << "near the hairline (y = 120), level with C2";
    }
}

// KI1 lies just behind the ball of the foot on the sole close-up, and the front view, which
// cannot show the sole, has no marker for it.
TEST(BodyLandmarks, ki1_liesJustBehindTheBallOfTheFoot_andNotOnTheFrontView)
{
    const auto marker = markerOf("KI1", "sole", acu::Side::Right);
    ASSERT_TRUE(marker.has_value());
    const QRectF ball = boundsOf(QStringLiteral("sole"), QStringLiteral("ball-of-foot"));
    ASSERT_FALSE(ball.isEmpty());
    EXPECT_GT(marker->y(), ball.bottom());
    EXPECT_LE(marker->y() - ball.bottom(), 20.0);
    EXPECT_GT(marker->x(), ball.left());
    EXPECT_LT(marker->x(), ball.right());
    EXPECT_FALSE(markerOf("KI1", "front", acu::Side::Left).has_value());
    EXPECT_FALSE(markerOf("KI1", "front", acu::Side::Right).has_value());
}

namespace {

/// The outline of the skin (the path with id "skin") of the drawing of `viewId`, in view units.
QPainterPath skinOf(const QString& viewId)
{
    QPainterPath skin;
    for (const auto& subpath : subpaths(pathDataOf(viewId, QStringLiteral("skin")))) {
        if (subpath.empty())
            continue;
        skin.moveTo(subpath.front()[0]);
        for (const Cubic& c : subpath)
            skin.cubicTo(c[1], c[2], c[3]);
        skin.closeSubpath();
    }
    return skin;
}

} // namespace

// On the close-ups of the abdomen, the face, the ear, the chest, the spine, the elbow, the forearm
// and the leg, every marker's centre lies on the skin, at least half a marker's radius inside the
// outline (points at the edge of a limb sit just inside it), none on the background beyond.
TEST(BodyLandmarks, closeUpMarkers_lieOnTheSkin)
{
    for (const char* view :
         {"abdomen", "face", "ear", "chest", "back-spine", "elbow-front", "forearm-back", "leg-front"}) {
        const QPainterPath skin = skinOf(QString::fromLatin1(view));
        ASSERT_FALSE(skin.isEmpty()) << view;
        int markers = 0;
        for (const auto& point : shipped().points()) {
            for (const auto& position : point.positions) {
                if (position.view != view)
                    continue;
                ++markers;
                const double r = kMarkerRadius / 2;
                const QRectF disc(position.x - r, position.y - r, 2 * r, 2 * r);
                EXPECT_TRUE(skin.contains(disc))
                    << point.code << " on " << view << " at " << position.x << ", " << position.y;
            }
        }
        EXPECT_GT(markers, 15) << view;
    }
}

// The skin test sees a disc beyond the outline: the abdomen's outline at the waist is far inside
// the frame's left edge.
TEST(BodyLandmarks, skinOutline_excludesTheBackgroundBesideTheWaist)
{
    const QPainterPath skin = skinOf(QStringLiteral("abdomen"));
    EXPECT_TRUE(skin.contains(QRectF(195, 225, 10, 10)));
    EXPECT_FALSE(skin.contains(QRectF(20, 225, 10, 10)));
}

// The navel on the abdomen close-up is where CV8 sits, and the ear canal on the ear close-up is
// just behind SI19, level with it.
TEST(BodyLandmarks, closeUpLandmarks_carryTheirPoints)
{
    const auto cv8 = markerOf("CV8", "abdomen", acu::Side::Midline);
    ASSERT_TRUE(cv8.has_value());
    EXPECT_TRUE(boundsOf(QStringLiteral("abdomen"), QStringLiteral("navel")).contains(*cv8));
    const auto si19 = markerOf("SI19", "ear", acu::Side::Right);
    ASSERT_TRUE(si19.has_value());
    const QRectF canal = boundsOf(QStringLiteral("ear"), QStringLiteral("ear-canal-opening"));
    EXPECT_GT(si19->x() - kMarkerRadius, canal.right()) << "in front of the canal and the tragus";
    EXPECT_LE(std::abs(si19->y() - canal.center().y()), 5.0);
}
