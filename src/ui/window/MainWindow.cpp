#include "ui/window/MainWindow.h"

#include "models/BodyMarkers.h"
#include "models/ChannelListModel.h"
#include "models/ChannelNames.h"
#include "models/ChannelSteps.h"
#include "models/ComplaintListModel.h"
#include "models/MatchingView.h"
#include "models/PointListModel.h"
#include "models/RegionListModel.h"
#include "models/ShownText.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/routine/QtRunnerClock.h"
#include "models/routine/RoutineLibrary.h"
#include "ui/details/DetailView.h"
#include "ui/details/MedicalNotice.h"
#include "ui/details/SourceLinks.h"
#include "ui/history/HistoryActions.h"
#include "ui/history/HistoryWindow.h"
#include "ui/language/LanguageMenu.h"
#include "ui/list/PointListPanel.h"
#include "ui/map/BodyMapPanel.h"
#include "ui/map/BodyMapView.h"
#include "ui/print/PointClipboard.h"
#include "ui/print/PrintDialogs.h"
#include "ui/routine/AddToRoutineMenu.h"
#include "ui/routine/QtPromptSpeaker.h"
#include "ui/routine/RoutineActions.h"
#include "ui/routine/RoutineEdits.h"
#include "ui/routine/RoutineMenu.h"
#include "ui/routine/RoutinePanel.h"
#include "ui/window/CatalogueErrorDialog.h"
#include "ui/window/InfoDialogs.h"
#include "ui/window/MessageBar.h"
#include "ui/window/SettingsFile.h"
#include "ui/window/WindowSize.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace acu {

MainWindow::MainWindow(std::shared_ptr<const Catalogue> catalogue, const QString& catalogueLabel,
                       PreparedParts prepared, QWidget* parent)
    : QMainWindow(parent)
    , m_catalogue(std::move(catalogue))
    , m_points(new PointListModel(this))
    , m_regions(new RegionListModel(this))
    , m_complaints(new ComplaintListModel(this))
    , m_channels(new ChannelListModel(this))
    , m_actions(createWindowActions(this))
    , m_runHistory(new HistoryActions(this))
    , m_appearance(new AppearanceSwitcher(this))
    , m_languageMenu(new LanguageMenu(this))
{
    setWindowTitle(tr("Acupoint Atlas"));
    const QSize available = screen()->availableGeometry().size();
    setMinimumSize(minimumWindowSize(available));
    resize(firstWindowSize(available));
    setObjectName(QStringLiteral("mainWindow"));
    m_points->setCatalogue(m_catalogue, std::move(prepared.resolver));
    m_regions->setCatalogue(m_catalogue.get());
    m_complaints->setCatalogue(m_catalogue.get());
    m_channels->setCatalogue(m_catalogue.get());
    m_routineLibrary = new RoutineLibrary(this);
    m_routineEdits = new RoutineEdits(m_routineLibrary, m_catalogue,
                                      prepared.builtInRoutines ? std::move(*prepared.builtInRoutines)
                                                               : loadBuiltInRoutines(m_catalogue.get()).routines,
                                      this);
    m_routineActions = new RoutineActions(m_routineEdits, this);

    auto* central = new QWidget(this);
    m_messageBar = new MessageBar(central);
    m_splitter = new QSplitter(central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_listPanel = new PointListPanel(m_points, m_regions, m_splitter);
    m_listPanel->setComplaintModel(m_complaints);
    m_listPanel->setChannelModel(m_channels);
    m_mapPanel = new BodyMapPanel(m_splitter);
    m_mapPanel->map()->adoptDrawings(std::move(prepared.drawings));
    m_mapPanel->setContent(bodyViews(*m_catalogue),
                           prepared.markers ? std::move(*prepared.markers) : bodyMarkers(*m_catalogue));

    // The details and the routine runner take turns in one place; the notice stays under both.
    auto* detailPane = new QWidget(m_splitter);
    m_detailStack = new QStackedWidget(detailPane);
    // The details page: the point's details, and under them the button that adds it to a routine.
    auto* detailsPage = new QWidget(m_detailStack);
    m_details = new DetailView(detailsPage);
    m_detailStack->addWidget(detailsPage);
    auto* notice = new MedicalNotice(detailPane);
    connect(notice, &MedicalNotice::disclaimerRequested, m_actions.disclaimer, &QAction::trigger);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 6, 6, 6);
    auto* pageLayout = new QVBoxLayout(detailsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_details, 1);
    m_detailRoutineMenu = m_routineActions->createAddToRoutineMenu(detailsPage);
    m_addToRoutineButton = new QToolButton(detailsPage);
    m_addToRoutineButton->setObjectName(QStringLiteral("addToRoutineButton"));
    m_addToRoutineButton->setText(tr("Add to Routine"));
    m_addToRoutineButton->setToolTip(tr("Add this point to one of your routines, or to a new one"));
    m_addToRoutineButton->setPopupMode(QToolButton::InstantPopup);
    m_addToRoutineButton->setMenu(m_detailRoutineMenu);
    m_addToRoutineButton->setEnabled(false);
    pageLayout->addWidget(m_addToRoutineButton, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_detailStack, 1);
    detailLayout->addWidget(notice);

    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_mapPanel);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({360, 420, 500});
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createMenus();
    createToolBar();
    connectParts();
    openOwnRoutines(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_details->showPoint(*m_catalogue, nullptr);

    const int count = m_points->rowCount();
    // The label holds a path: plain text, isolated so that it cannot reorder the count.
    auto* status = new QLabel(count == 1 ? tr("%1: 1 point").arg(isolated(catalogueLabel))
                                         : tr("%1: %2 points").arg(isolated(catalogueLabel)).arg(count),
                              this);
    status->setObjectName(QStringLiteral("catalogueStatus"));
    status->setTextFormat(Qt::PlainText);
    m_pregnancyStatus = new QLabel(tr("\u25C6 Pregnancy mode"), this);
    m_pregnancyStatus->setObjectName(QStringLiteral("pregnancyStatus"));
    m_pregnancyStatus->setTextFormat(Qt::PlainText);
    m_pregnancyStatus->hide();
    statusBar()->addPermanentWidget(m_pregnancyStatus);
    statusBar()->addPermanentWidget(status);
}

MainWindow::~MainWindow()
{
    delete m_routinePanel; // before the clock and speaker it uses, which go before the children
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_actions.print, m_actions.printList, m_actions.printRoutine, m_actions.printPreview});
    file->addSeparator();
    file->addActions({m_actions.exportPdf, m_actions.exportListPdf});
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_routineActions->undoAction(), m_routineActions->redoAction()});
    edit->addSeparator();
    edit->addAction(m_actions.copy);
    edit->addSeparator();
    edit->addAction(m_actions.find);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_actions.zoomIn, m_actions.zoomOut, m_actions.zoomFit});
    view->addSeparator();
    view->addMenu(m_mapPanel->channelMenu());
    view->addSeparator();
    view->addActions({m_actions.pregnancyMode, m_actions.hideContraindicated});
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    appearance->addActions({m_actions.appearanceSystem, m_actions.appearanceLight, m_actions.appearanceDark});
    view->addMenu(m_languageMenu);
    view->addAction(m_actions.fullScreen);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addActions({m_actions.back, m_actions.forward});
    go->addSeparator();
    go->addActions({m_actions.previousPoint, m_actions.nextPoint});
    go->addActions({m_actions.previousInChannel, m_actions.nextInChannel});
    m_routineMenu = new RoutineMenu(
        [this] {
            // The person's routines as held, so that one not saved yet can be run too.
            return AvailableRoutines{m_routineEdits->builtIns(), m_routineLibrary->routines()};
        },
        menuBar());
    QMenu* routine = m_routineMenu->menu();
    routine->addSeparator();
    routine->addActions(m_routineActions->menuActions());
    routine->addSeparator();
    routine->addAction(m_runHistory->openHistory());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_actions.disclaimer, m_actions.about});
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    // What fits at the window's least width, 800 px: Previous and Next Point are in the Go
    // menu (Alt+Up, Alt+Down), the disclaimer in the Help menu and under the details.
    bar->addActions({m_actions.find, m_actions.back, m_actions.forward});
    bar->addSeparator();
    bar->addActions({m_actions.zoomIn, m_actions.zoomOut, m_actions.zoomFit});
    bar->addSeparator();
    bar->addActions({m_actions.pregnancyMode, m_actions.hideContraindicated});
}

void MainWindow::connectParts()
{
    BodyMapView* map = m_mapPanel->map();
    connect(m_listPanel, &PointListPanel::pointActivated, this, &MainWindow::setCurrentCode);
    connect(map, &BodyMapView::pointActivated, this, &MainWindow::setCurrentCode);
    connect(m_listPanel, &PointListPanel::visibleCodesChanged, map, &BodyMapView::setVisibleCodes);
    // A region or search turns the map to the view that shows most of its points (MatchingView).
    connect(m_listPanel, &PointListPanel::visibleCodesChanged, map,
            [this, map, matching = MatchingView()](const QStringList& shown) mutable {
                const bool narrowed =
                    !m_listPanel->region().isEmpty() || !m_listPanel->searchText().trimmed().isEmpty();
                const QString view =
                    matching.follow(map->views(), map->markers(), narrowed ? shown : QStringList(), map->currentView());
                if (!view.isEmpty())
                    map->showView(view);
            });
    connect(m_listPanel, &PointListPanel::showHiddenPointsRequested, this, [this] { setHideContraindicated(false); });
    // A chosen complaint shows its points on the map, and its best supported point in the
    // details unless the current point is one of them.
    connect(m_listPanel, &PointListPanel::complaintChanged, map, [this, map](const QString& id) {
        const QStringList shown = m_listPanel->visibleCodes();
        if (id.isEmpty() || shown.isEmpty())
            return;
        if (!shown.contains(m_currentCode) && !m_restoring)
            setCurrentCode(shown.constFirst());
        map->showViewShowingMost(shown); // stays in the selected point's view if it shows as many
    });

    connect(m_details, &DetailView::sourceAddressActivated, this,
            [this](const QUrl& url) { openSourceAddress(this, url); });
    connect(m_actions.find, &QAction::triggered, m_listPanel, &PointListPanel::focusSearch);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.zoomIn, &QAction::triggered, map, &BodyMapView::zoomIn);
    connect(m_actions.zoomOut, &QAction::triggered, map, &BodyMapView::zoomOut);
    connect(m_actions.zoomFit, &QAction::triggered, map, &BodyMapView::fitToView);
    connect(m_actions.back, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_actions.forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_actions.nextPoint, &QAction::triggered, this, [this] { m_listPanel->stepCurrent(1); });
    connect(m_actions.previousPoint, &QAction::triggered, this, [this] { m_listPanel->stepCurrent(-1); });
    connect(m_actions.fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_actions.pregnancyMode, &QAction::toggled, this, &MainWindow::setPregnancyMode);
    connect(m_languageMenu, &LanguageMenu::chosenChanged, this,
            [this] { showMessageBar(tr("The language changes when Acupoint Atlas starts again.")); });
    connect(m_actions.appearanceSystem, &QAction::triggered, this, [this] { setAppearance(Appearance::System); });
    connect(m_actions.appearanceLight, &QAction::triggered, this, [this] { setAppearance(Appearance::Light); });
    connect(m_actions.appearanceDark, &QAction::triggered, this, [this] { setAppearance(Appearance::Dark); });
    connect(m_actions.hideContraindicated, &QAction::toggled, this, &MainWindow::setHideContraindicated);
    connect(m_actions.about, &QAction::triggered, this, [this] { showAboutDialog(this, *m_catalogue); });
    connect(m_actions.disclaimer, &QAction::triggered, this, [this] { showDisclaimerDialog(this, *m_catalogue); });
    connectPrinting();
    connectChannels();
    connect(m_runHistory, &HistoryActions::problem, m_messageBar, &MessageBar::showMessage);
    connectRoutines();
}

void MainWindow::connectChannels()
{
    connect(m_actions.nextInChannel, &QAction::triggered, this,
            [this] { setCurrentCode(channelNeighbour(*m_catalogue, m_currentCode, 1)); });
    connect(m_actions.previousInChannel, &QAction::triggered, this,
            [this] { setCurrentCode(channelNeighbour(*m_catalogue, m_currentCode, -1)); });
    // A chosen channel draws its line, and shows its first point unless the current one is on it.
    connect(m_listPanel, &PointListPanel::channelChanged, this, [this](const QString& prefix) {
        const QStringList shown = m_listPanel->visibleCodes();
        if (prefix.isEmpty() || shown.isEmpty())
            return;
        m_mapPanel->setChannelChoice(prefix);
        if (!shown.contains(m_currentCode) && !m_restoring)
            setCurrentCode(shown.constFirst());
        m_mapPanel->map()->showViewShowingMost(shown);
    });
}

void MainWindow::updateChannelActions()
{
    m_actions.nextInChannel->setEnabled(!channelNeighbour(*m_catalogue, m_currentCode, 1).isEmpty());
    m_actions.previousInChannel->setEnabled(!channelNeighbour(*m_catalogue, m_currentCode, -1).isEmpty());
}

bool MainWindow::setChannel(const QString& prefix)
{
    if (!prefix.isEmpty() && m_channels->rowOfChannel(prefix) < 0)
        return false;
    m_listPanel->setChannel(prefix);
    return true;
}

void MainWindow::setChannelLines(const QString& choice)
{
    m_mapPanel->setChannelChoice(choice);
}

void MainWindow::connectRoutines()
{
    connect(m_listPanel, &PointListPanel::addToRoutineRequested, m_routineActions,
            &RoutineActions::showAddToRoutineMenu);
    connect(m_mapPanel->map(), &BodyMapView::addToRoutineRequested, m_routineActions,
            &RoutineActions::showAddToRoutineMenu);
    connect(m_routineActions, &RoutineActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_routineLibrary, &RoutineLibrary::saveFailed, this, [this](const QString& error) {
        showMessageBar(tr("Your routines could not be saved; your changes are kept while the window is open "
                          "and saved with the next change that can be: %1")
                           .arg(isolated(error)));
    });
    connect(m_routineLibrary, &RoutineLibrary::saveRecovered, this,
            [this] { statusBar()->showMessage(tr("Your routines are saved again.")); });
    connect(m_routineMenu, &RoutineMenu::runRequested, this, &MainWindow::openRoutine);
    connect(m_actions.printRoutine, &QAction::triggered, this, [this] {
        if (const Routine* routine = m_routinePanel ? m_routinePanel->routine() : nullptr)
            printWithDialog(this, routineSheet(*m_catalogue, *routine));
    });
}

void MainWindow::openOwnRoutines(const QString& folder)
{
    const StoreLoad load = m_routineEdits->open(folder);
    if (load.errors.empty())
        return;
    const QString problems = catalogueErrorText(load.errors);
    showMessageBar(load.backupPath.isEmpty()
                       ? tr("Your routines could not all be read:\n%1").arg(problems)
                       : tr("Your routines file is damaged; the routines that could be read are kept, and a copy of "
                            "the file is kept at %1:\n%2")
                             .arg(isolated(load.backupPath), problems));
}

RoutinePanel* MainWindow::routinePanel()
{
    if (m_routinePanel)
        return m_routinePanel;
    m_runnerClock = std::make_unique<QtRunnerClock>();
    m_speaker = std::make_unique<QtPromptSpeaker>();
    m_routinePanel = new RoutinePanel(*m_catalogue, *m_runnerClock, *m_speaker, m_detailStack);
    m_detailStack->addWidget(m_routinePanel);
    m_routinePanel->setPregnancyMode(pregnancyMode());
    m_routinePanel->setMuted(m_promptsMuted);
    connect(m_routinePanel, &RoutinePanel::runEnded, this, &MainWindow::recordRun);
    connect(m_routinePanel, &RoutinePanel::mutedChanged, this, [this](bool muted) { m_promptsMuted = muted; });
    connect(m_routinePanel, &RoutinePanel::opened, this, [this] {
        m_detailStack->setCurrentWidget(m_routinePanel);
        m_actions.printRoutine->setEnabled(true);
    });
    connect(m_routinePanel, &RoutinePanel::closed, this, [this] { m_detailStack->setCurrentIndex(0); });
    connect(m_routinePanel, &RoutinePanel::pointRequested, this, [this](const QString& code) {
        // A step the person chose to run on a point hidden in pregnancy mode shows it again.
        const Point* point = m_catalogue->findPoint(code.toStdString());
        if (point && m_actions.hideContraindicated->isChecked() &&
            pregnancyLevel(*point) == CautionLevel::Contraindicated)
            setHideContraindicated(false);
        setCurrentCode(code);
    });
    return m_routinePanel;
}

void MainWindow::openRoutine(const Routine& routine)
{
    routinePanel()->openRoutine(routine);
}

void MainWindow::connectPrinting()
{
    connect(m_actions.print, &QAction::triggered, this, [this] { printWithDialog(this, currentPrintout()); });
    connect(m_actions.printList, &QAction::triggered, this, [this] { printWithDialog(this, listPrintout()); });
    connect(m_actions.printPreview, &QAction::triggered, this, [this] { previewPrintout(this, currentPrintout()); });
    connect(m_actions.exportPdf, &QAction::triggered, this,
            [this] { exportPdfWithDialog(this, currentPrintout(), suggestedPdfName()); });
    connect(m_actions.exportListPdf, &QAction::triggered, this,
            [this] { exportPdfWithDialog(this, listPrintout(), QStringLiteral("points.pdf")); });
    connect(m_actions.copy, &QAction::triggered, this, [this] {
        if (const Point* point = m_catalogue->findPoint(m_currentCode.toStdString()))
            QApplication::clipboard()->setMimeData(pointMimeData(*m_catalogue, *point).release());
    });
}

Printout MainWindow::currentPrintout() const
{
    if (const Point* point = m_catalogue->findPoint(m_currentCode.toStdString()))
        return pointCard(*m_catalogue, *point);
    return listPrintout();
}

Printout MainWindow::listPrintout() const
{
    std::vector<const Point*> points;
    for (const QString& code : m_listPanel->visibleCodes()) {
        if (const Point* point = m_catalogue->findPoint(code.toStdString()))
            points.push_back(point);
    }
    return selectionSheet(*m_catalogue, std::move(points), listDescription());
}

QString MainWindow::listDescription() const
{
    // Each filter in a phrase of its own, joined as a list: no sentence is glued from pieces.
    QStringList parts;
    const Region* region = m_catalogue->findRegion(m_listPanel->region().toStdString());
    const Complaint* complaint = m_catalogue->findComplaint(m_listPanel->complaint().toStdString());
    if (complaint)
        parts << tr("Complaint: %1").arg(QString::fromStdString(complaint->name));
    if (region)
        parts << tr("Region: %1").arg(QString::fromStdString(region->name));
    else if (!complaint)
        parts << tr("All regions");
    if (const QString channel = m_listPanel->channel(); !channel.isEmpty())
        parts << tr("Channel: %1").arg(channelTitle(channel));
    if (const QString search = m_listPanel->searchText().trimmed(); !search.isEmpty())
        parts << tr("Search: \u201C%1\u201D").arg(search);
    if (m_actions.hideContraindicated->isChecked())
        parts << tr("Without the points to avoid in pregnancy");
    QString description = parts.takeFirst();
    for (const QString& part : std::as_const(parts))
        description =
            tr("%1, %2", "the filters of a printed list, one after another, as in Region: Lower back, Channel: Bladder")
                .arg(description, part);
    return description;
}

QString MainWindow::suggestedPdfName() const
{
    const Point* point = m_catalogue->findPoint(m_currentCode.toStdString());
    if (!point)
        return QStringLiteral("points.pdf");
    // Letters without their tone marks, so that the name is plain ASCII: "BL52-Zhishi.pdf".
    QString pinyin = QString::fromStdString(point->names.pinyin).normalized(QString::NormalizationForm_D);
    pinyin.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    return QStringLiteral("%1-%2.pdf").arg(m_currentCode, pinyin);
}

bool MainWindow::setCurrentCode(const QString& code)
{
    const Point* point = m_catalogue->findPoint(code.toStdString());
    if (!point)
        return false;
    if (code == m_currentCode)
        return true;
    m_currentCode = code;
    m_listPanel->setCurrentCode(code);
    m_mapPanel->map()->setSelectedCode(code);
    m_details->showPoint(*m_catalogue, point);
    m_actions.copy->setEnabled(true);
    m_detailRoutineMenu->setCode(code);
    m_addToRoutineButton->setEnabled(true);
    statusBar()->showMessage(pointLabel(*point));
    m_history.visit(code); // a step back or forward visits the history's current entry: no new one
    updateHistoryActions();
    updateChannelActions();
    return true;
}

void MainWindow::goBack()
{
    showFromHistory(m_history.back());
}

void MainWindow::goForward()
{
    showFromHistory(m_history.forward());
}

void MainWindow::showFromHistory(const QString& code)
{
    if (!code.isEmpty())
        setCurrentCode(code);
}

void MainWindow::updateHistoryActions()
{
    m_actions.back->setEnabled(m_history.canGoBack());
    m_actions.forward->setEnabled(m_history.canGoForward());
}

QString MainWindow::selectBestMatch(const QString& query)
{
    const Resolution found = m_listPanel->resolve(query);
    if (found.matches.empty())
        return QString::fromStdString(found.problem);
    setCurrentCode(QString::fromStdString(found.matches.front().code));
    return {};
}

bool MainWindow::setRegion(const QString& regionId)
{
    if (!regionId.isEmpty() && !m_catalogue->findRegion(regionId.toStdString()))
        return false;
    m_listPanel->setRegion(regionId);
    return true;
}

bool MainWindow::setComplaint(const QString& complaintId)
{
    if (!complaintId.isEmpty() && !m_catalogue->findComplaint(complaintId.toStdString()))
        return false;
    m_listPanel->setComplaint(complaintId);
    return true;
}

void MainWindow::setPregnancyMode(bool on)
{
    m_actions.pregnancyMode->setChecked(on); // re-enters through toggled once when it changes
    m_listPanel->setPregnancyMode(on);
    m_mapPanel->setPregnancyMode(on);
    m_details->setPregnancyMode(on);
    if (m_routinePanel)
        m_routinePanel->setPregnancyMode(on);
    m_pregnancyStatus->setVisible(on);
    m_actions.hideContraindicated->setEnabled(on);
    if (!on)
        setHideContraindicated(false);
}

bool MainWindow::pregnancyMode() const
{
    return m_actions.pregnancyMode->isChecked();
}

void MainWindow::setHideContraindicated(bool hide)
{
    hide = hide && pregnancyMode();
    m_actions.hideContraindicated->setChecked(hide);
    m_listPanel->setHideContraindicated(hide);
    m_mapPanel->map()->setHideContraindicated(hide);
}

void MainWindow::setAppearance(Appearance appearance)
{
    m_appearance->apply(appearance);
    QAction* checked = appearance == Appearance::Light  ? m_actions.appearanceLight
                       : appearance == Appearance::Dark ? m_actions.appearanceDark
                                                        : m_actions.appearanceSystem;
    checked->setChecked(true);
}

Appearance MainWindow::appearance() const
{
    return m_appearance->appearance();
}

void MainWindow::setSearchText(const QString& text)
{
    m_listPanel->setSearchText(text);
}

bool MainWindow::showView(const QString& viewId)
{
    if (!m_catalogue->findView(viewId.toStdString()))
        return false;
    m_mapPanel->map()->showView(viewId);
    return true;
}

void MainWindow::setMapZoom(double zoom)
{
    m_mapPanel->map()->setZoom(zoom);
}

QWidget* MainWindow::showRunHistory()
{
    return m_runHistory->showHistory();
}

void MainWindow::recordRun(const RunRecord& run)
{
    m_runHistory->recordRun(run);
}

void MainWindow::showMessageBar(const QString& text)
{
    m_messageBar->showMessage(text);
}

WindowState MainWindow::persistentState() const
{
    WindowState state;
    state.geometry = saveGeometry();
    state.splitter = m_splitter->saveState();
    state.selectedCode = m_currentCode;
    state.region = m_listPanel->region();
    state.complaint = m_listPanel->complaint();
    state.channel = m_listPanel->channel();
    state.channelLines = m_mapPanel->channelChoice();
    state.onlyWithInstructions = m_listPanel->onlyWithInstructions();
    state.view = m_mapPanel->map()->currentView();
    state.zoom = m_mapPanel->map()->zoom();
    state.pregnancyMode = pregnancyMode();
    state.hideContraindicated = m_actions.hideContraindicated->isChecked();
    state.promptsMuted = m_promptsMuted;
    state.appearance = appearanceId(appearance());
    state.language = m_languageMenu->chosen();
    return state;
}

void MainWindow::restorePersistentState(const WindowState& state)
{
    // With a saved point, a restored complaint or channel shows it, not its own first point:
    // nothing the person did not open goes into Back's history.
    const QScopedValueRollback restoring(m_restoring, !state.selectedCode.isEmpty());
    setAppearance(appearanceFromId(state.appearance).value_or(Appearance::System));
    m_languageMenu->setChosen(state.language);
    if (!state.geometry.isEmpty())
        restoreGeometry(state.geometry);
    if (!state.splitter.isEmpty())
        m_splitter->restoreState(state.splitter);
    setPregnancyMode(state.pregnancyMode);
    setHideContraindicated(state.hideContraindicated);
    setRegion(state.region);
    setComplaint(state.complaint);
    setChannel(state.channel);
    m_mapPanel->setChannelChoice(state.channelLines); // after the channel, which chooses its own line
    m_listPanel->setOnlyWithInstructions(state.onlyWithInstructions);
    if (!state.view.isEmpty())
        showView(state.view);
    if (!state.selectedCode.isEmpty())
        setCurrentCode(state.selectedCode);
    if (!state.view.isEmpty())
        showView(state.view);
    m_mapPanel->map()->setZoom(state.zoom);
    m_promptsMuted = state.promptsMuted;
    if (m_routinePanel)
        m_routinePanel->setMuted(m_promptsMuted);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const auto settings = openSettings();
    saveWindowState(*settings, persistentState());
    QMainWindow::closeEvent(event);
}

} // namespace acu
