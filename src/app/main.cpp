// acupoint-atlas: parses the command line, loads the catalogue and wires the window.

#include "core/catalogue/CatalogueLoader.h"
#include "core/commands/LookupCommand.h"
#include "core/commands/RoutinesCommand.h"
#include "core/commands/ValidateCommand.h"
#include "models/BodyMarkers.h"
#include "models/BuiltInCatalogue.h"
#include "models/CatalogueChoice.h"
#include "models/routine/AvailableRoutines.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/routine/RoutineStore.h"
#include "ui/language/LanguageSetting.h"
#include "ui/language/Languages.h"
#include "ui/language/Translations.h"
#include "ui/map/BodyDrawing.h"
#include "ui/print/PdfExport.h"
#include "ui/routine/RoutinePanel.h"
#include "ui/window/CatalogueErrorDialog.h"
#include "ui/window/CommandLine.h"
#include "ui/window/FirstStartNotice.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SettingsFile.h"
#include "ui/window/SettingsStartup.h"
#include "ui/window/WindowCapture.h"
#include "ui/window/WindowSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontMetrics>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>
#include <optional>

namespace {

void print(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

/// Gives parser the program's description, --help (returned), --version and options, which
/// are words after two dashes or one: Qt's own options are words after one dash (-style,
/// -reverse), so "-style" is read as an option named style, never as the letters -s -t -y -l -e.
QCommandLineOption describeCommandLine(QCommandLineParser& parser, const acu::CommandLineOptions& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("acu::main", "Acupoint Atlas: a desktop reference for acupressure points."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption help = parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options.all());
    return help;
}

/// text and a new line.
void printLine(std::FILE* stream, const QString& text)
{
    print(stream, text + QLatin1Char('\n'));
}

/// A catalogue's error as --validate prints it, "FILE: WHERE: WHAT", naming the file once.
void printCatalogueError(const QString& path, const acu::CatalogueError& error)
{
    const QString text = QString::fromStdString(error.toString());
    const bool named = path.isEmpty() || error.where == path.toStdString();
    print(stderr, (named ? text : path + QStringLiteral(": ") + text) + QStringLiteral("\n"));
}

/// What the second core makes while the main thread loads the font database.
struct Prepared {
    acu::CatalogueChoice choice;
    acu::PreparedDrawings drawings;
    std::optional<QList<acu::BodyMarker>> markers;
    std::optional<std::vector<acu::Routine>> builtInRoutines;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("acupoint-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Acupoint Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACU_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const acu::CommandLineOptions options;
    QCommandLineParser parser;
    const QCommandLineOption help = describeCommandLine(parser, options); // also --help-all
    const QString helpAll = QStringLiteral("help-all");
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    // The options that print and exit without a window, and so without QApplication, which
    // needs a display. They are read before it exists.
    const QList<const QCommandLineOption*> windowless{&help, &version, &options.validate, &options.lookup,
                                                      &options.routines};
    const auto anyWindowless = [&] {
        return std::any_of(windowless.begin(), windowless.end(),
                           [&](const QCommandLineOption* option) { return parser.isSet(*option); });
    };
    // Made early when the command line has options the parser does not know: they may be
    // Qt's own (-style, -platform, -reverse, -stylesheet, -qwindowgeometry, ...), which
    // QApplication takes out of argv; what it leaves must then parse.
    std::optional<QApplication> app;
    if (!parser.parse(arguments)) {
        if (anyWindowless()) {
            print(stderr, parser.errorText() + QStringLiteral("\n"));
            return acu::kExitCommandLine;
        }
        if (parser.isSet(helpAll)) // the help needs no display
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app.emplace(argc, argv);
        if (!parser.parse(QCoreApplication::arguments())) {
            print(stderr, parser.errorText() + QStringLiteral("\n"));
            return acu::kExitCommandLine;
        }
    }
    if (parser.isSet(helpAll) || parser.isSet(help)) {
        // The help in the program's language needs the translators, and they an application
        // object. Qt lists its own options only with a QApplication, and only in process(),
        // which prints the help and exits; --help alone needs no more than QCoreApplication.
        // Neither needs a display.
        std::optional<QCoreApplication> core;
        if (!app && parser.isSet(helpAll)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app.emplace(argc, argv);
        } else if (!app) {
            core.emplace(argc, argv);
        }
        QCoreApplication& instance = app ? static_cast<QCoreApplication&>(*app) : *core;
        acu::installTranslations(instance, acu::isOfferedLanguage(parser.value(options.language))
                                               ? parser.value(options.language)
                                               : acu::startLanguage(acu::savedLanguage(acu::settingsFilePath()),
                                                                    QLocale::system().uiLanguages()));
        const acu::CommandLineOptions translated;
        QCommandLineParser helpParser;
        describeCommandLine(helpParser, translated);
        if (parser.isSet(helpAll)) {
            helpParser.process(QCoreApplication::arguments());
            return acu::kExitDone; // not reached
        }
        // The usage line names the program, not the path it was started by.
        print(stdout, helpParser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                    QCoreApplication::applicationName()));
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("acupoint-atlas %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (const QString problem = acu::commandLineProblem(parser, options); !problem.isEmpty()) {
        print(stderr, problem + QStringLiteral("\n"));
        return acu::kExitCommandLine;
    }
    if (parser.isSet(options.validate))
        return acu::runValidateCommand(parser.value(options.validate).toStdString(), acu::loadBuiltInCatalogue,
                                       std::cout, std::cerr);
    if (parser.isSet(options.routines)) {
        const auto format = parser.isSet(options.json) ? acu::RoutinesFormat::Json : acu::RoutinesFormat::Text;
        return acu::runRoutinesCommand(acu::loadBuiltInRoutines(), acu::RoutineStore().load(), format, std::cout,
                                       std::cerr);
    }

    if (parser.isSet(options.lookup)) {
        acu::LoadResult loaded = parser.isSet(options.catalogue)
                                     ? acu::loadCatalogueFile(parser.value(options.catalogue).toStdString())
                                     : acu::loadBuiltInCatalogue();
        if (!loaded.ok()) {
            for (const auto& error : loaded.errors())
                printCatalogueError(parser.value(options.catalogue), error);
            return acu::kExitCatalogue;
        }
        const auto format = parser.isSet(options.json) ? acu::LookupFormat::Json : acu::LookupFormat::Text;
        return acu::runLookupCommand(loaded.catalogue(), parser.value(options.lookup).toStdString(), format, std::cout,
                                     std::cerr);
    }

    const std::optional<QSize> size = acu::parseWindowSize(parser.value(options.size)); // checked above

    // A second core reads the catalogue, indexes it for search and lists its body-map
    // markers while this one makes the application object; then, once that exists, it
    // reads the built-in routines, parses the first body drawing and loads the image-format
    // plugins while this one loads the font database. To read a PNG, Qt first asks every
    // plugin whether it reads PNG, loading each one, and the menu and tool bars read their
    // extension icons when they are built; Qt hands plugins loaded on another thread to the
    // main thread.
    const QString cataloguePath = parser.value(options.catalogue);
    // Found here: QResource reads the environment, which QApplication may change meanwhile.
    const acu::CompiledResource builtIn = acu::findCompiledResource(acu::kBuiltInCataloguePath);
    std::promise<void> appMade; // set once QApplication and its translators exist
    std::future<Prepared> pending =
        std::async(std::launch::async, [cataloguePath, builtIn, made = appMade.get_future()] {
            // No Qt object, translation, locale or environment before the application object
            // exists (Qt takes the first thread that creates a Qt object as its main thread;
            // QApplication sets the C library's locale and may change the environment): the
            // built-in catalogue and bodyMarkers use none. A catalogue file waits, since its
            // JSON numbers are read in the C library's locale.
            if (!cataloguePath.isEmpty())
                made.wait();
            Prepared prepared{acu::chooseCatalogue(cataloguePath, builtIn), {}, {}, {}};
            if (prepared.choice.catalogue)
                prepared.markers = acu::bodyMarkers(*prepared.choice.catalogue);
            made.wait();
            if (prepared.choice.catalogue) {
                const acu::Catalogue& catalogue = *prepared.choice.catalogue;
                prepared.builtInRoutines = acu::loadBuiltInRoutines(&catalogue).routines;
                const auto views = acu::bodyViews(catalogue);
                const QString path = views.isEmpty()
                                         ? QString()
                                         : acu::drawingPath(acu::builtInDrawingDirectory(), views.constFirst().id);
                if (!path.isEmpty() && QFile::exists(path)) // else the map says the drawing is missing
                    prepared.drawings[views.constFirst().id] = acu::loadDrawing(path);
            }
            (void)QImageReader::supportedImageFormats();
            return prepared;
        });

    if (!app)
        app.emplace(argc, argv);
    // The language, before any widget: --language, else View > Language's saved choice (not for
    // a screenshot, which starts from the defaults), else the desktop's language.
    const QString language =
        parser.isSet(options.language)
            ? parser.value(options.language)
            : acu::startLanguage(parser.isSet(options.screenshot) ? QString()
                                                                  : acu::savedLanguage(acu::settingsFilePath()),
                                 QLocale::system().uiLanguages());
    acu::installTranslations(*app, language);
    appMade.set_value();
    (void)QFontMetrics(QApplication::font()).height();

    Prepared prepared = pending.get();
    const acu::CatalogueChoice& choice = prepared.choice;
    for (const auto& error : choice.rejected)
        printCatalogueError(cataloguePath, error);
    for (const auto& error : choice.failed)
        print(stderr, QString::fromStdString(error.toString()) + QStringLiteral("\n"));
    if (!choice.catalogue)
        return acu::kExitCatalogue;
    const auto& catalogue = choice.catalogue;
    if (parser.isSet(options.screenshot)) { // refused before the window is built
        if (const QString problem = acu::captureTargetProblem(parser.value(options.screenshot)); !problem.isEmpty()) {
            printLine(stderr, QCoreApplication::translate("acu::main", "--screenshot: %1").arg(problem));
            return acu::kExitCommandLine;
        }
    }
    if (!choice.rejected.empty() && (parser.isSet(options.screenshot) || parser.isSet(options.exportPdf))) {
        printLine(stderr,
                  (parser.isSet(options.screenshot)
                       ? QCoreApplication::translate("acu::main", "--screenshot: not taken, because %1 was refused")
                       : QCoreApplication::translate("acu::main", "--export-pdf: not written, because %1 was refused"))
                      .arg(cataloguePath));
        return acu::kExitCatalogue;
    }

    // --routine ID: the built-in routines and the person's own, looked up before the window is built.
    acu::AvailableRoutines routines;
    const acu::Routine* routine = nullptr;
    if (parser.isSet(options.routine)) {
        routines = acu::availableRoutines(*catalogue, acu::RoutineStore());
        routine = routines.find(parser.value(options.routine));
        if (!routine) {
            printLine(stderr,
                      QCoreApplication::translate("acu::main", "--routine: no routine \"%1\" (--routines lists them)")
                          .arg(parser.value(options.routine)));
            return acu::kExitNo;
        }
    }

    acu::MainWindow window(catalogue, choice.label(),
                           {choice.resolver, std::move(prepared.drawings), std::move(prepared.markers),
                            std::move(prepared.builtInRoutines)});
    const bool screenshot = parser.isSet(options.screenshot);
    acu::StartedSettings settings; // none for a screenshot: it shows the defaults, not the last session
    if (!screenshot)
        settings = acu::startFromSettings(window, acu::settingsFilePath());
    for (const QString& problem : settings.problems)
        print(stderr, problem + QStringLiteral("\n"));
    if (parser.isSet(options.appearance))
        window.setAppearance(acu::appearanceFromId(parser.value(options.appearance)).value_or(acu::Appearance::System));
    if (parser.isSet(options.pregnancy))
        window.setPregnancyMode(true);
    if (size && !parser.isSet(options.show)) // with --show, the size of the window shown
        window.resize(*size);
    if (parser.isSet(options.region) && !window.setRegion(parser.value(options.region)))
        printLine(
            stderr,
            QCoreApplication::translate("acu::main", "--region: no region \"%1\"").arg(parser.value(options.region)));
    if (parser.isSet(options.complaint) && !window.setComplaint(parser.value(options.complaint)))
        printLine(stderr, QCoreApplication::translate("acu::main", "--complaint: no complaint \"%1\"")
                              .arg(parser.value(options.complaint)));
    if (parser.isSet(options.channel) && !window.setChannel(parser.value(options.channel)))
        printLine(stderr, QCoreApplication::translate("acu::main", "--channel: no channel \"%1\" (LU, LI, ST, SP, HT, "
                                                                   "SI, BL, KI, PC, TE, GB, LR, GV, CV)")
                              .arg(parser.value(options.channel)));
    if (parser.isSet(options.channelLines))
        window.setChannelLines(parser.value(options.channelLines));
    if (parser.isSet(options.search))
        window.setSearchText(parser.value(options.search));
    if (parser.isSet(options.select)) {
        const QString problem = window.selectBestMatch(parser.value(options.select));
        if (!problem.isEmpty())
            printLine(stderr, QCoreApplication::translate("acu::main", "--select: %1").arg(problem));
    }
    if (parser.isSet(options.view) && !window.showView(parser.value(options.view)))
        printLine(stderr,
                  QCoreApplication::translate("acu::main", "--view: no view \"%1\"").arg(parser.value(options.view)));
    if (parser.isSet(options.exportPdf)) {
        if (parser.isSet(options.select) && window.currentCode().isEmpty())
            return acu::kExitNo; // --select said why
        const QString path = parser.value(options.exportPdf);
        const QString problem = acu::exportPdf(routine                        ? acu::routineSheet(*catalogue, *routine)
                                               : parser.isSet(options.select) ? window.currentPrintout()
                                                                              : window.listPrintout(),
                                               path);
        if (!problem.isEmpty()) {
            printLine(stderr, QCoreApplication::translate("acu::main", "--export-pdf: %1").arg(problem));
            return acu::kExitNo;
        }
        printLine(stdout, QCoreApplication::translate("acu::main", "PDF written to %1").arg(path));
        return acu::kExitDone;
    }
    if (routine) { // after --pregnancy, which changes what the start page says
        window.openRoutine(*routine);
        if (parser.isSet(options.startRoutine))
            window.routinePanel()->startRun();
    }
    window.show();
    // Once shown, so that the map has its size and can bring the selected point into sight.
    if (const auto zoom = acu::parseMapZoom(parser.value(options.zoom)))
        window.setMapZoom(*zoom);
    QWidget* shown = &window;         // what --screenshot captures
    if (parser.isSet(options.show)) { // kShowHistory, the one window it names (checked above)
        shown = window.showRunHistory();
        if (size)
            shown->resize(*size);
    }
    if (!screenshot) { // dialogs wait for an answer, so a screenshot run shows none
        if (!choice.rejected.empty()) {
            const std::unique_ptr<QMessageBox> box(
                acu::createCatalogueErrorDialog(&window, cataloguePath, choice.rejected));
            box->exec();
        }
        if (!acu::firstStartNoticeAnswered(*settings.settings)) {
            if (acu::askAtFirstStart(&window))
                window.setPregnancyMode(true);
            acu::setFirstStartNoticeAnswered(*settings.settings);
            settings.settings->sync(); // answered once, even if the app does not close normally
        }
    }

    if (screenshot) {
        const QString path = parser.value(options.screenshot);
        int status = 0;
        QTimer::singleShot(0, &window, [&] {
            const QString problem = acu::captureToFile(*shown, path);
            if (problem.isEmpty()) {
                printLine(stdout, QCoreApplication::translate("acu::main", "Screenshot written to %1").arg(path));
            } else {
                printLine(stderr, QCoreApplication::translate("acu::main", "--screenshot: %1").arg(problem));
                status = acu::kExitNo;
            }
            QCoreApplication::exit(status);
        });
        QApplication::exec();
        return status;
    }
    return QApplication::exec();
}
