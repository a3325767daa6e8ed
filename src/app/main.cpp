// acupoint-atlas: parses the command line, loads the catalogue and wires the window.

#include "core/catalogue/CatalogueLoader.h"
#include "core/commands/LookupCommand.h"
#include "core/commands/RoutinesCommand.h"
#include "core/commands/ValidateCommand.h"
#include "models/BodyMarkers.h"
#include "models/BuiltInCatalogue.h"
#include "models/CatalogueChoice.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/routine/RoutineStore.h"
#include "ui/map/BodyDrawing.h"
#include "ui/window/CatalogueErrorDialog.h"
#include "ui/window/FirstStartNotice.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SettingsFile.h"
#include "ui/window/WindowSettings.h"
#include "ui/window/WindowCapture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontMetrics>
#include <QImageReader>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QSettings>
#include <QSize>
#include <QTimer>

#include <cstdio>
#include <future>
#include <iostream>
#include <memory>
#include <optional>

namespace {

struct Options {
    QCommandLineOption catalogue{QStringLiteral("catalogue"),
                                 QStringLiteral("Load the catalogue from FILE instead of the built-in one."),
                                 QStringLiteral("FILE")};
    QCommandLineOption validate{QStringLiteral("validate"),
                                QStringLiteral("Check the catalogue FILE, print OK or its errors, and exit."),
                                QStringLiteral("FILE")};
    QCommandLineOption lookup{QStringLiteral("lookup"),
                              QStringLiteral("Print every point QUERY can mean (code, label, name or range), best "
                                             "first, as CODE<TAB>NAME<TAB>REASON, and exit."),
                              QStringLiteral("QUERY")};
    QCommandLineOption routines{QStringLiteral("routines"),
                                QStringLiteral("List the built-in and your own routines as "
                                               "ID<TAB>TITLE<TAB>STEPS<TAB>MINUTES, and exit.")};
    QCommandLineOption json{QStringLiteral("json"),
                            QStringLiteral("With --lookup or --routines: print a JSON array instead.")};
    QCommandLineOption select{QStringLiteral("select"),
                              QStringLiteral("Select the point that best matches QUERY (a code, label or name) at start."),
                              QStringLiteral("QUERY")};
    QCommandLineOption search{QStringLiteral("search"),
                              QStringLiteral("Start with TEXT in the search field, filtering the list."),
                              QStringLiteral("TEXT")};
    QCommandLineOption pregnancy{QStringLiteral("pregnancy"),
                                 QStringLiteral("Turn pregnancy mode on: mark the points to avoid in pregnancy.")};
    QCommandLineOption region{QStringLiteral("region"), QStringLiteral("Show only the points of region ID."),
                              QStringLiteral("ID")};
    QCommandLineOption view{QStringLiteral("view"), QStringLiteral("Show body view ID (front, back, side, ...)."),
                            QStringLiteral("ID")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render the window once it has painted, write it to FILE.png, "
                                                 "and exit."),
                                  QStringLiteral("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size, such as 1280x800."),
                            QStringLiteral("WxH")};
};

void print(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

/// What the second core makes while the main thread loads the font database.
struct Prepared {
    acu::CatalogueChoice choice;
    acu::PreparedDrawings drawings;
};

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("acupoint-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Acupoint Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACU_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Acupoint Atlas: a desktop reference for acupressure points."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({options.catalogue, options.validate, options.lookup, options.json, options.select,
                       options.search, options.pregnancy, options.region, options.view, options.screenshot,
                       options.size, options.routines});
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QStringLiteral("\n"));
        return 2;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("acupoint-atlas %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
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
                print(stderr, QString::fromStdString(error.toString()) + QStringLiteral("\n"));
            return 2;
        }
        const auto format = parser.isSet(options.json) ? acu::LookupFormat::Json : acu::LookupFormat::Text;
        return acu::runLookupCommand(loaded.catalogue(), parser.value(options.lookup).toStdString(), format,
                                     std::cout, std::cerr);
    }

    std::optional<QSize> size;
    if (parser.isSet(options.size)) {
        size = parseSize(parser.value(options.size));
        if (!size) {
            print(stderr, QStringLiteral("--size: expected WIDTHxHEIGHT such as 1280x800, found \"%1\"\n")
                              .arg(parser.value(options.size)));
            return 2;
        }
    }

    // QApplication first: Qt takes the first thread that creates a Qt object as its main thread.
    QApplication app(argc, argv);
    // A second core parses the catalogue, indexes it for search and parses the first body
    // drawing while this one loads the font database. It also loads the image-format
    // plugins: to read a PNG, Qt first asks every plugin whether it reads PNG, loading each
    // one, and the menu and tool bars read their extension icons when they are built. Qt
    // hands plugins loaded on another thread to the main thread.
    const QString cataloguePath = parser.value(options.catalogue);
    std::future<Prepared> pending = std::async(std::launch::async, [cataloguePath] {
        Prepared prepared{acu::chooseCatalogue(cataloguePath), {}};
        if (prepared.choice.catalogue) {
            const auto views = acu::bodyViews(*prepared.choice.catalogue);
            const QString path = views.isEmpty()
                                     ? QString()
                                     : acu::drawingPath(acu::builtInDrawingDirectory(), views.constFirst().id);
            if (!path.isEmpty() && QFile::exists(path)) // else the map says the drawing is missing
                prepared.drawings[views.constFirst().id] = acu::loadDrawing(path);
        }
        (void)QImageReader::supportedImageFormats();
        return prepared;
    });
    (void)QFontMetrics(QApplication::font()).height();

    Prepared prepared = pending.get();
    const acu::CatalogueChoice& choice = prepared.choice;
    for (const auto& error : choice.rejected)
        print(stderr, cataloguePath + QStringLiteral(": ") + QString::fromStdString(error.toString()) +
                          QStringLiteral("\n"));
    for (const auto& error : choice.failed)
        print(stderr, QString::fromStdString(error.toString()) + QStringLiteral("\n"));
    if (!choice.catalogue)
        return 1;
    const auto& catalogue = choice.catalogue;

    acu::MainWindow window(catalogue, choice.label, {choice.resolver, std::move(prepared.drawings)});
    const bool screenshot = parser.isSet(options.screenshot);
    const auto settings = acu::openSettings();
    const QString settingsProblem = acu::settingsProblem(*settings);
    if (!settingsProblem.isEmpty())
        print(stderr, settingsProblem + QStringLiteral("\n"));
    else if (!screenshot) // a screenshot shows the defaults, not the last session
        window.restorePersistentState(acu::loadWindowState(*settings));
    if (parser.isSet(options.pregnancy))
        window.setPregnancyMode(true);
    if (size)
        window.resize(*size);
    if (parser.isSet(options.region) && !window.setRegion(parser.value(options.region)))
        print(stderr, QStringLiteral("--region: no region \"%1\"\n").arg(parser.value(options.region)));
    if (parser.isSet(options.search))
        window.setSearchText(parser.value(options.search));
    if (parser.isSet(options.select)) {
        const QString problem = window.selectBestMatch(parser.value(options.select));
        if (!problem.isEmpty())
            print(stderr, QStringLiteral("--select: %1\n").arg(problem));
    }
    if (parser.isSet(options.view) && !window.showView(parser.value(options.view)))
        print(stderr, QStringLiteral("--view: no view \"%1\"\n").arg(parser.value(options.view)));
    window.show();
    if (!settingsProblem.isEmpty())
        window.statusBar()->showMessage(settingsProblem, 20000);
    if (!screenshot) { // dialogs wait for an answer, so a screenshot run shows none
        if (!choice.rejected.empty()) {
            const std::unique_ptr<QMessageBox> box(
                acu::createCatalogueErrorDialog(&window, cataloguePath, choice.rejected));
            box->exec();
        }
        if (!acu::firstStartNoticeAnswered(*settings)) {
            if (acu::askAtFirstStart(&window))
                window.setPregnancyMode(true);
            acu::setFirstStartNoticeAnswered(*settings);
            settings->sync(); // answered once, even if the app does not close normally
        }
    }

    if (screenshot) {
        const QString path = parser.value(options.screenshot);
        int status = 0;
        QTimer::singleShot(0, &window, [&] {
            const QString problem = acu::captureToPng(window, path);
            if (problem.isEmpty()) {
                print(stdout, QStringLiteral("Screenshot written to %1\n").arg(path));
            } else {
                print(stderr, QStringLiteral("--screenshot: %1\n").arg(problem));
                status = 1;
            }
            QCoreApplication::exit(status);
        });
        app.exec();
        return status;
    }
    return app.exec();
}
