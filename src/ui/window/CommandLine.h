#pragma once

// The options of acupoint-atlas and the checks that QCommandLineParser does not make, so
// that a mistake on the command line is refused with a message instead of being ignored.

#include <QCommandLineOption>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace acu {

/// What the program exits with (README.md, "Command line").
inline constexpr int kExitDone = 0;
/// --validate found errors, --lookup found nothing, or the screenshot could not be written.
inline constexpr int kExitNo = 1;
/// The command line is wrong: an unknown option, a bad value, options that do not go together.
inline constexpr int kExitCommandLine = 2;
/// The catalogue given with --catalogue was refused (or no catalogue could be loaded).
inline constexpr int kExitCatalogue = 3;

/// The smallest and largest window --size accepts. The smallest is the least the window's
/// panes can be laid out in; the largest is 8K UHD.
inline constexpr QSize kSmallestWindowSize{800, 500};
inline constexpr QSize kLargestWindowSize{7680, 4320};

/// --show's value that opens the run history window.
inline const QString kShowHistory = QStringLiteral("history");

/// Every option of the program, to add to a QCommandLineParser and to ask it about.
struct CommandLineOptions {
    CommandLineOptions();

    QCommandLineOption catalogue;
    QCommandLineOption validate;
    QCommandLineOption lookup;
    QCommandLineOption routines;
    QCommandLineOption json;
    QCommandLineOption select;
    QCommandLineOption search;
    QCommandLineOption pregnancy;
    QCommandLineOption region;
    QCommandLineOption complaint;
    QCommandLineOption channel;
    QCommandLineOption channelLines;
    QCommandLineOption view;
    QCommandLineOption zoom;
    QCommandLineOption screenshot;
    QCommandLineOption size;
    QCommandLineOption exportPdf;
    QCommandLineOption routine;
    QCommandLineOption startRoutine;
    QCommandLineOption show;
    QCommandLineOption appearance;
    QCommandLineOption language;

    /// All of them, in the order --help lists them.
    [[nodiscard]] QList<QCommandLineOption> all() const;
};

/// Why a parsed command line cannot run as written, or "" when it can: an argument that is
/// not an option ("unexpected argument \"BL52\": ..."), an option given twice, options that
/// do not go together (--json without --lookup, --lookup with --validate, a window option
/// with either), a --show other than the windows it opens, --show with --export-pdf,
/// --export-pdf without a .pdf name, without anything to export or with --screenshot,
/// --start-routine without --routine or with --export-pdf, a --zoom that is not a factor from
/// 1 to 8, or a --size that is malformed
/// or outside kSmallestWindowSize to
/// kLargestWindowSize. Runs after parser.parse() has succeeded.
[[nodiscard]] QString commandLineProblem(const QCommandLineParser& parser, const CommandLineOptions& options);

/// --size's value: "1280x800" -> 1280x800; nullopt when it is malformed or out of range.
[[nodiscard]] std::optional<QSize> parseWindowSize(const QString& text);

/// --zoom's value: "2.5" -> 2.5, from the body map's fit (1) to its closest zoom (8);
/// nullopt when it is not a number in that range.
[[nodiscard]] std::optional<double> parseMapZoom(const QString& text);

} // namespace acu
