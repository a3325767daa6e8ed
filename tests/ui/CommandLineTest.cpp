// The command line's own checks: what QCommandLineParser accepts but the program cannot run
// as written is refused with a message, never ignored.

#include "ui/window/CommandLine.h"

#include <QCommandLineParser>

#include <gtest/gtest.h>

namespace {

/// The problem commandLineProblem finds in `arguments` (without the program name).
QString problemOf(const QStringList& arguments)
{
    const acu::CommandLineOptions options;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options.all());
    if (!parser.parse(QStringList{QStringLiteral("acupoint-atlas")} + arguments))
        return QStringLiteral("parse error: ") + parser.errorText();
    return acu::commandLineProblem(parser, options);
}

struct ProblemCase {
    QStringList arguments;
    QString problem;
};

void PrintTo(const ProblemCase& c, std::ostream* os)
{
    *os << c.arguments.join(QLatin1Char(' ')).toStdString();
}

class CommandLineProblem : public ::testing::TestWithParam<ProblemCase> {};

QString outsideRange(const QString& size)
{
    return size + QStringLiteral(" is outside the sizes the window can take: width 800 to 7680, height 500 to 4320");
}

} // namespace

// Each command line is refused with exactly this message, or (empty) runs as written.
TEST_P(CommandLineProblem, says)
{
    EXPECT_EQ(problemOf(GetParam().arguments), GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(
    RunsAsWritten, CommandLineProblem,
    ::testing::Values(ProblemCase{{}, {}},
                      ProblemCase{{QStringLiteral("--select"), QStringLiteral("BL52"), QStringLiteral("--pregnancy"),
                                   QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--screenshot"),
                                   QStringLiteral("a.png")},
                                  {}},
                      ProblemCase{{QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--json"),
                                   QStringLiteral("--catalogue"), QStringLiteral("c.json")},
                                  {}},
                      ProblemCase{{QStringLiteral("--validate"), QStringLiteral("c.json")}, {}},
                      ProblemCase{{QStringLiteral("--routine"), QStringLiteral("three-points")}, {}},
                      ProblemCase{{QStringLiteral("--routine"), QStringLiteral("three-points"),
                                   QStringLiteral("--start-routine"), QStringLiteral("--screenshot"),
                                   QStringLiteral("a.png")},
                                  {}},
                      ProblemCase{{QStringLiteral("--routine"), QStringLiteral("three-points"),
                                   QStringLiteral("--export-pdf"), QStringLiteral("r.pdf")},
                                  {}},
                      ProblemCase{{QStringLiteral("--catalogue"), QStringLiteral("c.json")}, {}}));

// A word that is not an option, or an option's value given apart from it, is refused.
INSTANTIATE_TEST_SUITE_P(
    PositionalArguments, CommandLineProblem,
    ::testing::Values(ProblemCase{{QStringLiteral("BL52")},
                                  QStringLiteral("unexpected argument \"BL52\": every option starts with --, and a "
                                                 "value follows its option (see --help)")},
                      ProblemCase{{QStringLiteral("--lookup"), QStringLiteral("BL"), QStringLiteral("52")},
                                  QStringLiteral("unexpected argument \"52\": every option starts with --, and a "
                                                 "value follows its option (see --help)")}));

// Options that do nothing where they are given are refused, each naming the one to drop.
INSTANTIATE_TEST_SUITE_P(
    OptionsThatDoNotGoTogether, CommandLineProblem,
    ::testing::Values(
        ProblemCase{{QStringLiteral("--json")}, QStringLiteral("--json works only with --lookup or --routines")},
        ProblemCase{{QStringLiteral("--json"), QStringLiteral("--screenshot"), QStringLiteral("a.png")},
                    QStringLiteral("--json works only with --lookup or --routines")},
        ProblemCase{
            {QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--validate"), QStringLiteral("c.json")},
            QStringLiteral("--lookup cannot be used with --validate, which checks its FILE and exits")},
        ProblemCase{{QStringLiteral("--validate"), QStringLiteral("c.json"), QStringLiteral("--json")},
                    QStringLiteral("--json cannot be used with --validate, which checks its FILE and exits")},
        ProblemCase{{QStringLiteral("--validate"), QStringLiteral("c.json"), QStringLiteral("--catalogue"),
                     QStringLiteral("d.json")},
                    QStringLiteral("--catalogue cannot be used with --validate, which checks its FILE and exits")},
        ProblemCase{{QStringLiteral("--validate"), QStringLiteral("c.json"), QStringLiteral("--pregnancy")},
                    QStringLiteral("--pregnancy cannot be used with --validate, which checks its FILE and exits")},
        ProblemCase{{QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--screenshot"),
                     QStringLiteral("a.png")},
                    QStringLiteral("--screenshot cannot be used with --lookup, which prints and exits without a "
                                   "window")},
        ProblemCase{
            {QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--select"), QStringLiteral("BL52")},
            QStringLiteral("--select cannot be used with --lookup, which prints and exits without a "
                           "window")},
        ProblemCase{{QStringLiteral("--start-routine")},
                    QStringLiteral("--start-routine works only with --routine ID: it starts that routine")},
        ProblemCase{{QStringLiteral("--routine"), QStringLiteral("three-points"), QStringLiteral("--start-routine"),
                     QStringLiteral("--export-pdf"), QStringLiteral("r.pdf")},
                    QStringLiteral("--start-routine cannot be used with --export-pdf, which writes the routine's "
                                   "sheet and exits")},
        ProblemCase{{QStringLiteral("--routine"), QStringLiteral("three-points"), QStringLiteral("--select"),
                     QStringLiteral("BL52"), QStringLiteral("--export-pdf"), QStringLiteral("r.pdf")},
                    QStringLiteral("--routine cannot be used with --select with --export-pdf: the PDF is either a "
                                   "routine sheet or a point card")},
        ProblemCase{{QStringLiteral("--routines"), QStringLiteral("--start-routine")},
                    QStringLiteral("--start-routine cannot be used with --routines, which lists the routines and "
                                   "exits")}));

// An option with a value given twice is refused rather than the first one dropped.
INSTANTIATE_TEST_SUITE_P(RepeatedOptions, CommandLineProblem,
                         ::testing::Values(ProblemCase{{QStringLiteral("--select"), QStringLiteral("BL52"),
                                                        QStringLiteral("--select"), QStringLiteral("LI4")},
                                                       QStringLiteral("--select is given 2 times: give it once")},
                                           ProblemCase{{QStringLiteral("--size=900x600"),
                                                        QStringLiteral("--size=900x600"),
                                                        QStringLiteral("--size=900x600")},
                                                       QStringLiteral("--size is given 3 times: give it once")}));

// --size is WIDTHxHEIGHT within the documented range, its limits included.
INSTANTIATE_TEST_SUITE_P(
    Sizes, CommandLineProblem,
    ::testing::Values(
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("800x500")}, {}},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("7680x4320")}, {}},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("10x10")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("10x10"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("799x600")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("799x600"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("1280x499")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("1280x499"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("7681x800")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("7681x800"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("1280x4321")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("1280x4321"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("99999x99999")},
                    QStringLiteral("--size: ") + outsideRange(QStringLiteral("99999x99999"))},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("12")},
                    QStringLiteral("--size: expected WIDTHxHEIGHT such as 1280x800, found \"12\"")},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("999999x800")},
                    QStringLiteral("--size: expected WIDTHxHEIGHT such as 1280x800, found \"999999x800\"")},
        ProblemCase{{QStringLiteral("--size"), QStringLiteral("-800x600")},
                    QStringLiteral("--size: expected WIDTHxHEIGHT such as 1280x800, found \"-800x600\"")}));

// --show names a window it opens, and is a window option like the others.
INSTANTIATE_TEST_SUITE_P(
    ShowWindow, CommandLineProblem,
    ::testing::Values(
        ProblemCase{{QStringLiteral("--show"), QStringLiteral("history"), QStringLiteral("--screenshot"),
                     QStringLiteral("a.png")},
                    {}},
        ProblemCase{{QStringLiteral("--show"), QStringLiteral("runner")},
                    QStringLiteral("--show: expected history, found \"runner\"")},
        ProblemCase{{QStringLiteral("--show"), QStringLiteral("history"), QStringLiteral("--export-pdf"),
                     QStringLiteral("a.pdf"), QStringLiteral("--select"), QStringLiteral("BL52")},
                    QStringLiteral("--show cannot be used with --export-pdf, which writes a PDF without a window")},
        ProblemCase{{QStringLiteral("--show"), QStringLiteral("history"), QStringLiteral("--show"),
                     QStringLiteral("history")},
                    QStringLiteral("--show is given 2 times: give it once")},
        ProblemCase{{QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--show"),
                     QStringLiteral("history")},
                    QStringLiteral("--show cannot be used with --lookup, which prints and exits without a window")}));

// --zoom is a factor from the map's fit (1) to its closest zoom (8), and a window option.
INSTANTIATE_TEST_SUITE_P(
    MapZoom, CommandLineProblem,
    ::testing::Values(
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("2.5"), QStringLiteral("--view"),
                     QStringLiteral("back"), QStringLiteral("--screenshot"), QStringLiteral("a.png")},
                    {}},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("1")}, {}},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("8")}, {}},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("0.5")},
                    QStringLiteral("--zoom: expected a factor from 1 to 8 such as 2.5, found \"0.5\"")},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("8.01")},
                    QStringLiteral("--zoom: expected a factor from 1 to 8 such as 2.5, found \"8.01\"")},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("twice")},
                    QStringLiteral("--zoom: expected a factor from 1 to 8 such as 2.5, found \"twice\"")},
        ProblemCase{{QStringLiteral("--zoom"), QStringLiteral("nan")},
                    QStringLiteral("--zoom: expected a factor from 1 to 8 such as 2.5, found \"nan\"")},
        ProblemCase{{QStringLiteral("--zoom=2"), QStringLiteral("--zoom=3")},
                    QStringLiteral("--zoom is given 2 times: give it once")},
        ProblemCase{{QStringLiteral("--lookup"), QStringLiteral("B47"), QStringLiteral("--zoom"), QStringLiteral("2")},
                    QStringLiteral("--zoom cannot be used with --lookup, which prints and exits without a window")}));

// parseMapZoom gives the factor only when --zoom would accept it.
TEST(CommandLine, parseMapZoom_onlyFromFitToTheClosestZoom)
{
    EXPECT_EQ(acu::parseMapZoom(QStringLiteral("2.5")), 2.5);
    EXPECT_EQ(acu::parseMapZoom(QStringLiteral("1")), 1.0);
    EXPECT_EQ(acu::parseMapZoom(QStringLiteral("8")), 8.0);
    EXPECT_EQ(acu::parseMapZoom(QStringLiteral("0.99")), std::nullopt);
    EXPECT_EQ(acu::parseMapZoom(QStringLiteral("inf")), std::nullopt);
    EXPECT_EQ(acu::parseMapZoom(QString()), std::nullopt);
}

// parseWindowSize gives the size only when --size would accept it.
TEST(CommandLine, parseWindowSize_onlyWithinTheRange)
{
    EXPECT_EQ(acu::parseWindowSize(QStringLiteral("1280x800")), QSize(1280, 800));
    EXPECT_EQ(acu::parseWindowSize(QStringLiteral("800x500")), acu::kSmallestWindowSize);
    EXPECT_EQ(acu::parseWindowSize(QStringLiteral("7680x4320")), acu::kLargestWindowSize);
    EXPECT_EQ(acu::parseWindowSize(QStringLiteral("10x10")), std::nullopt);
    EXPECT_EQ(acu::parseWindowSize(QStringLiteral("99999x99999")), std::nullopt);
    EXPECT_EQ(acu::parseWindowSize(QString()), std::nullopt);
}

// --help states the size range and that the screenshot's suffix names its format.
TEST(CommandLine, helpText_statesSizeRangeAndScreenshotFormat)
{
    const acu::CommandLineOptions options;
    EXPECT_EQ(options.size.description(), QStringLiteral("Window size, such as 1280x800: from 800x500 to 7680x4320."));
    EXPECT_EQ(options.screenshot.valueName(), QStringLiteral("FILE"));
    EXPECT_TRUE(options.screenshot.description().contains(
        QStringLiteral("write it to FILE in the image format its suffix names (.png, .jpg, .bmp, ...)")));
}
