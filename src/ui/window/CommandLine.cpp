#include "ui/window/CommandLine.h"

#include "ui/language/Languages.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/ChannelChoice.h"
#include "ui/theme/Appearance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::CommandLine.
class CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(acu::CommandLine)
};

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString dashed(const QCommandLineOption& option)
{
    return QStringLiteral("--") + option.names().constFirst();
}

/// The first option of `candidates` that is set, or nullptr.
const QCommandLineOption* firstSet(const QCommandLineParser& parser, const QList<const QCommandLineOption*>& candidates)
{
    for (const QCommandLineOption* option : candidates) {
        if (parser.isSet(*option))
            return option;
    }
    return nullptr;
}

/// "1280x800" -> 1280x800, whatever its range; nullopt when it is not WIDTHxHEIGHT.
std::optional<QSize> readSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

bool inRange(QSize size)
{
    return size.width() >= kSmallestWindowSize.width() && size.height() >= kSmallestWindowSize.height() &&
           size.width() <= kLargestWindowSize.width() && size.height() <= kLargestWindowSize.height();
}

} // namespace

CommandLineOptions::CommandLineOptions()
    : catalogue(QStringLiteral("catalogue"),
                CommandLineText::tr("Load the catalogue from FILE instead of the built-in one."),
                QStringLiteral("FILE"))
    , validate(QStringLiteral("validate"),
               CommandLineText::tr("Check the catalogue FILE, print OK or its errors, and exit."),
               QStringLiteral("FILE"))
    , lookup(QStringLiteral("lookup"),
             CommandLineText::tr("Print every point QUERY can mean (code, label, name or range), best first, as "
                                 "CODE<TAB>NAME<TAB>REASON, and exit."),
             QStringLiteral("QUERY"))
    , routines(QStringLiteral("routines"),
               CommandLineText::tr(
                   "List the built-in and your own routines as ID<TAB>TITLE<TAB>STEPS<TAB>MINUTES, and exit."))
    , json(QStringLiteral("json"), CommandLineText::tr("With --lookup or --routines: print a JSON array instead."))
    , select(QStringLiteral("select"),
             CommandLineText::tr("Select the point that best matches QUERY (a code, label or name) at start."),
             QStringLiteral("QUERY"))
    , search(QStringLiteral("search"), CommandLineText::tr("Start with TEXT in the search field, filtering the list."),
             QStringLiteral("TEXT"))
    , pregnancy(QStringLiteral("pregnancy"),
                CommandLineText::tr("Turn pregnancy mode on: mark the points to avoid in pregnancy."))
    , region(QStringLiteral("region"), CommandLineText::tr("Show only the points of region ID."), QStringLiteral("ID"))
    , complaint(
          QStringLiteral("complaint"),
          CommandLineText::tr("Show only the points the sources use for complaint ID (sciatica, neck-pain, ...)."),
          QStringLiteral("ID"))
    , channel(
          QStringLiteral("channel"),
          CommandLineText::tr("List the points of channel PREFIX (LU, LI, ST, ... GV, CV) in its order and draw its "
                              "line on the map."),
          QStringLiteral("PREFIX"))
    , channelLines(QStringLiteral("channel-lines"),
                   CommandLineText::tr("Which channel lines the map draws, as its Channel lines selector: selected "
                                       "(the selected point's channel), all, none, or a channel PREFIX."),
                   QStringLiteral("CHOICE"))
    , view(QStringLiteral("view"), CommandLineText::tr("Show body view ID (front, back, side, ...)."),
           QStringLiteral("ID"))
    , zoom(QStringLiteral("zoom"),
           CommandLineText::tr("Zoom the body map by FACTOR, from 1 (the whole drawing) to 8, about the selected "
                               "point or the middle."),
           QStringLiteral("FACTOR"))
    , screenshot(
          QStringLiteral("screenshot"),
          CommandLineText::tr("Render the window once it has painted, write it to FILE in the image format its suffix "
                              "names (.png, .jpg, .bmp, ...), and exit. FILE is a new file in an existing folder, or a "
                              "regular file to replace."),
          QStringLiteral("FILE"))
    , size(QStringLiteral("size"),
           CommandLineText::tr("Window size, such as 1280x800: from %1 to %2.")
               .arg(sizeText(kSmallestWindowSize), sizeText(kLargestWindowSize)),
           QStringLiteral("WxH"))
    , exportPdf(QStringLiteral("export-pdf"),
                CommandLineText::tr(
                    "Write a PDF to FILE.pdf and exit: the point card of --select, or the sheet of the points "
                    "that --search and --region list."),
                QStringLiteral("FILE.pdf"))
    , routine(QStringLiteral("routine"),
              CommandLineText::tr("Open the window with routine ID (see --routines) ready to start in the runner; with "
                                  "--export-pdf, write its sheet instead."),
              QStringLiteral("ID"))
    , startRoutine(
          QStringLiteral("start-routine"),
          CommandLineText::tr("With --routine: start the run at once, at its first step (with --screenshot, the runner "
                              "is rendered there)."))
    , show(QStringLiteral("show"),
           CommandLineText::tr("Open the window NAME beside the main window at start: history (the run history). With "
                               "--screenshot, that window is captured, at --size if given."),
           QStringLiteral("NAME"))
    , appearance(QStringLiteral("appearance"),
                 CommandLineText::tr("Colours, as View > Appearance: system (the desktop's), light or dark."),
                 QStringLiteral("NAME"))
    , language(QStringLiteral("language"),
               CommandLineText::tr("Show the window in language CODE: en, de or zh_CN (instead of View > Language's "
                                   "choice or the system's language)."),
               QStringLiteral("CODE"))
{
}

QList<QCommandLineOption> CommandLineOptions::all() const
{
    return {catalogue, validate,  lookup,       routines,     json,       select,  search,     pregnancy,
            region,    complaint, channel,      channelLines, view,       zoom,    screenshot, size,
            exportPdf, routine,   startRoutine, show,         appearance, language};
}

QString commandLineProblem(const QCommandLineParser& parser, const CommandLineOptions& options)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        return CommandLineText::tr(
                   "unexpected argument \"%1\": every option starts with --, and a value follows its option "
                   "(see --help)")
            .arg(positional.constFirst());

    const QList<const QCommandLineOption*> withValues{
        &options.catalogue,  &options.validate,  &options.lookup,    &options.select,       &options.search,
        &options.region,     &options.complaint, &options.channel,   &options.channelLines, &options.view,
        &options.screenshot, &options.size,      &options.exportPdf, &options.routine,      &options.show,
        &options.appearance, &options.language,  &options.zoom};
    for (const QCommandLineOption* option : withValues) {
        const auto count = parser.values(*option).size();
        if (count > 1)
            return CommandLineText::tr("%1 is given %2 times: give it once").arg(dashed(*option)).arg(count);
    }

    const QList<const QCommandLineOption*> windowOptions{
        &options.select,    &options.search,       &options.pregnancy,    &options.region,     &options.complaint,
        &options.channel,   &options.channelLines, &options.view,         &options.screenshot, &options.size,
        &options.exportPdf, &options.routine,      &options.startRoutine, &options.show,       &options.appearance,
        &options.language,  &options.zoom};
    if (parser.isSet(options.validate)) {
        QList<const QCommandLineOption*> others{&options.lookup, &options.routines, &options.json, &options.catalogue};
        others.append(windowOptions);
        if (const QCommandLineOption* other = firstSet(parser, others))
            return CommandLineText::tr("%1 cannot be used with --validate, which checks its FILE and exits")
                .arg(dashed(*other));
        return {};
    }
    if (parser.isSet(options.routines)) {
        QList<const QCommandLineOption*> others{&options.lookup, &options.catalogue};
        others.append(windowOptions);
        if (const QCommandLineOption* other = firstSet(parser, others))
            return CommandLineText::tr("%1 cannot be used with --routines, which lists the routines and exits")
                .arg(dashed(*other));
        return {};
    }
    if (parser.isSet(options.lookup)) {
        if (const QCommandLineOption* other = firstSet(parser, windowOptions))
            return CommandLineText::tr("%1 cannot be used with --lookup, which prints and exits without a window")
                .arg(dashed(*other));
        return {};
    }
    if (parser.isSet(options.json))
        return CommandLineText::tr("--json works only with --lookup or --routines");
    if (parser.isSet(options.show)) {
        if (parser.value(options.show) != kShowHistory)
            return CommandLineText::tr("--show: expected %1, found \"%2\"")
                .arg(kShowHistory, parser.value(options.show));
        if (parser.isSet(options.exportPdf))
            return CommandLineText::tr("--show cannot be used with --export-pdf, which writes a PDF without a window");
    }
    if (parser.isSet(options.startRoutine)) {
        if (!parser.isSet(options.routine))
            return CommandLineText::tr("--start-routine works only with --routine ID: it starts that routine");
        if (parser.isSet(options.exportPdf))
            return CommandLineText::tr(
                "--start-routine cannot be used with --export-pdf, which writes the routine's sheet and exits");
    }
    if (parser.isSet(options.routine) && parser.isSet(options.exportPdf) && parser.isSet(options.select))
        return CommandLineText::tr(
            "--routine cannot be used with --select with --export-pdf: the PDF is either a routine sheet or a "
            "point card");
    if (parser.isSet(options.exportPdf)) {
        if (!parser.value(options.exportPdf).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            return CommandLineText::tr("--export-pdf: the file name must end in .pdf, found \"%1\"")
                .arg(parser.value(options.exportPdf));
        if (parser.isSet(options.screenshot))
            return CommandLineText::tr("--export-pdf cannot be used with --screenshot: each writes a file and exits");
        if (!parser.isSet(options.select) && !parser.isSet(options.search) && !parser.isSet(options.region) &&
            !parser.isSet(options.complaint) && !parser.isSet(options.channel) && !parser.isSet(options.routine))
            return CommandLineText::tr(
                "--export-pdf: say what to export: --select QUERY for a point card, --routine ID for a "
                "routine sheet, or --search TEXT, --region ID, --complaint ID or --channel PREFIX for a sheet of "
                "points");
    }

    if (parser.isSet(options.channelLines) && !isChannelChoice(parser.value(options.channelLines)))
        return CommandLineText::tr(
                   "--channel-lines: expected selected, all, none or a channel prefix (LU ... CV), found \"%1\"")
            .arg(parser.value(options.channelLines));
    if (parser.isSet(options.appearance) && !appearanceFromId(parser.value(options.appearance)))
        return CommandLineText::tr("--appearance: expected system, light or dark, found \"%1\"")
            .arg(parser.value(options.appearance));
    if (parser.isSet(options.language) && !isOfferedLanguage(parser.value(options.language)))
        return CommandLineText::tr("--language: expected en, de or zh_CN, found \"%1\"")
            .arg(parser.value(options.language));
    if (parser.isSet(options.zoom) && !parseMapZoom(parser.value(options.zoom)))
        return CommandLineText::tr("--zoom: expected a factor from 1 to 8 such as 2.5, found \"%1\"")
            .arg(parser.value(options.zoom));
    if (parser.isSet(options.size)) {
        const QString text = parser.value(options.size);
        const auto size = readSize(text);
        if (!size)
            return CommandLineText::tr("--size: expected WIDTHxHEIGHT such as 1280x800, found \"%1\"").arg(text);
        if (!inRange(*size))
            return CommandLineText::tr(
                       "--size: %1 is outside the sizes the window can take: width %2 to %3, height %4 to %5")
                .arg(text)
                .arg(kSmallestWindowSize.width())
                .arg(kLargestWindowSize.width())
                .arg(kSmallestWindowSize.height())
                .arg(kLargestWindowSize.height());
    }
    return {};
}

std::optional<QSize> parseWindowSize(const QString& text)
{
    const auto size = readSize(text);
    if (!size || !inRange(*size))
        return std::nullopt;
    return size;
}

std::optional<double> parseMapZoom(const QString& text)
{
    bool ok = false;
    const double zoom = text.toDouble(&ok);
    if (!ok || !(zoom >= BodyMapView::kMinZoom && zoom <= BodyMapView::kMaxZoom))
        return std::nullopt;
    return zoom;
}

} // namespace acu
