// The pain chart: where ratings go, which runs it leaves out, its empty state and its summary.

#include "ui/history/PainChart.h"
#include "support/QtPrinters.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace {

acu::RunRecord run(int day, std::optional<int> before, std::optional<int> after)
{
    acu::RunRecord r;
    r.started = QDateTime(QDate(2026, 11, day), QTime(8, 0), Qt::UTC);
    r.ended = r.started.addSecs(600);
    r.routineId = QStringLiteral("three-points");
    r.routineTitle = QStringLiteral("Three points");
    r.stepsCompleted = 3;
    r.stepsTotal = 3;
    r.painBefore = before;
    r.painAfter = after;
    return r;
}

qint64 msOf(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

// Pain 0 is the bottom edge, 10 the top, 5 the middle; time runs from the left to the right edge.
TEST(PainChartGeometry, mapsRatingsAndTimesToThePlotArea)
{
    const QRectF plot(40, 20, 200, 100); // x 40-240, y 20-120
    EXPECT_EQ(acu::chartPosition(plot, 1000, 3000, 1000, 0), QPointF(40, 120));
    EXPECT_EQ(acu::chartPosition(plot, 1000, 3000, 3000, 10), QPointF(240, 20));
    EXPECT_EQ(acu::chartPosition(plot, 1000, 3000, 2000, 5), QPointF(140, 70));
    EXPECT_EQ(acu::chartPosition(plot, 1000, 3000, 1500, 7), QPointF(90, 50));
}

// A single moment (one run) sits in the middle of the time axis.
TEST(PainChartGeometry, oneMoment_inTheMiddle)
{
    EXPECT_EQ(acu::chartPosition(QRectF(0, 0, 100, 50), 5000, 5000, 5000, 10), QPointF(50, 0));
}

// Runs without a rating are left out of that line only; unrated runs are left out of both.
TEST(PainChartSeries, skipsUnratedRuns)
{
    const std::vector<acu::RunRecord> runs{run(1, 7, 4), run(2, std::nullopt, 3), run(3, std::nullopt, std::nullopt),
                                           run(4, 5, std::nullopt)};
    const auto series = acu::painSeries(runs);
    EXPECT_EQ(series.before, (std::vector<acu::PainPoint>{{msOf(1), 7}, {msOf(4), 5}}));
    EXPECT_EQ(series.after, (std::vector<acu::PainPoint>{{msOf(1), 4}, {msOf(2), 3}}));
    EXPECT_EQ(series.firstMs, msOf(1));
    EXPECT_EQ(series.lastMs, msOf(4));
}

// Of many runs the newest rated ones are drawn, in time order even if logged out of order.
TEST(PainChartSeries, newestRatedRunsInTimeOrder)
{
    const std::vector<acu::RunRecord> runs{run(1, 9, 9), run(3, 6, 5), run(2, 7, 6),
                                           run(4, std::nullopt, std::nullopt)};
    const auto series = acu::painSeries(runs, 2);
    EXPECT_EQ(series.before, (std::vector<acu::PainPoint>{{msOf(2), 7}, {msOf(3), 6}}));
}

TEST(PainChartSummary, saysHowEachLineWent)
{
    const std::vector<acu::RunRecord> runs{run(1, 7, 4), run(2, 6, 4), run(3, 5, 3), run(4, 4, 2), run(5, 3, 5)};
    EXPECT_EQ(acu::painChartSummary(acu::painSeries(runs)),
              QStringLiteral("Pain before fell from 7 to 3 over 5 runs; pain after rose from 4 to 5 over 5 runs."));
}

TEST(PainChartSummary, unchangedAndSingleRatings)
{
    const std::vector<acu::RunRecord> runs{run(1, 4, std::nullopt), run(2, 4, 2)};
    EXPECT_EQ(acu::painChartSummary(acu::painSeries(runs)),
              QStringLiteral("Pain before was 4 at the first and the last of 2 runs; pain after was 2 in one run."));
}

TEST(PainChart, noRatings_saysHowToGetThem)
{
    acu::PainChart chart;
    chart.setRuns({run(1, std::nullopt, std::nullopt)});
    EXPECT_TRUE(chart.series().empty());
    EXPECT_EQ(chart.accessibleDescription(), acu::emptyChartText());
    EXPECT_TRUE(acu::emptyChartText().contains(QStringLiteral("Run a routine and rate your pain before and after")));
}

TEST(PainChart, accessibleDescription_summarisesTheLines)
{
    acu::PainChart chart;
    chart.setRuns({run(1, 7, 4), run(2, 3, 1)});
    EXPECT_EQ(chart.accessibleDescription(),
              QStringLiteral("Pain before fell from 7 to 3 over 2 runs; pain after fell from 4 to 1 over 2 runs."));
    EXPECT_EQ(chart.accessibleName(), QStringLiteral("Pain ratings over time"));
}

// The marks are drawn where the mapping puts them: a before rating of 10 at the top left.
TEST(PainChart, drawsMarksWhereTheMappingSays)
{
    acu::PainChart chart;
    chart.resize(600, 260);
    QPalette palette = chart.palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    chart.setPalette(palette);
    chart.setRuns({run(1, 10, std::nullopt), run(2, 0, std::nullopt)});
    QImage image(chart.size(), QImage::Format_RGB32);
    chart.render(&image);
    const QRectF plot = chart.plotArea();
    const QPoint top = acu::chartPosition(plot, msOf(1), msOf(2), msOf(1), 10).toPoint();
    const QPoint bottom = acu::chartPosition(plot, msOf(1), msOf(2), msOf(2), 0).toPoint();
    EXPECT_EQ(image.pixelColor(top), QColor(Qt::black));
    EXPECT_EQ(image.pixelColor(bottom), QColor(Qt::black));
    const QPoint nothing = acu::chartPosition(plot, msOf(1), msOf(2), msOf(1), 5).toPoint() + QPoint(0, 0);
    EXPECT_EQ(image.pixelColor(nothing.x() + 40, nothing.y()), QColor(Qt::white));
}

// In a dark palette the lines and marks take its light text colour on its dark base.
TEST(PainChart, darkPalette_drawsInItsColours)
{
    acu::PainChart chart;
    chart.resize(600, 260);
    QPalette palette = chart.palette();
    const QColor base(0x20, 0x20, 0x20);
    const QColor text(0xf0, 0xf0, 0xf0);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    chart.setPalette(palette);
    chart.setRuns({run(1, 8, std::nullopt), run(2, 2, std::nullopt)});
    QImage image(chart.size(), QImage::Format_RGB32);
    chart.render(&image);
    const QRectF plot = chart.plotArea();
    EXPECT_EQ(image.pixelColor(acu::chartPosition(plot, msOf(1), msOf(2), msOf(1), 8).toPoint()), text);
    EXPECT_EQ(image.pixelColor(acu::chartPosition(plot, msOf(1), msOf(2), msOf(2), 2).toPoint()), text);
    EXPECT_EQ(image.pixelColor(acu::chartPosition(plot, msOf(1), msOf(2), msOf(1), 1).toPoint() + QPoint(40, 0)), base);
}
