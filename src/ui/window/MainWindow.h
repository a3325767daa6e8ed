#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"
#include "core/search/QueryResolver.h"
#include "models/BodyMarkers.h"
#include "models/PointHistory.h"
#include "models/history/RunRecord.h"
#include "ui/map/BodyDrawing.h"
#include "ui/print/Printout.h"
#include "ui/theme/Appearance.h"
#include "ui/window/WindowActions.h"
#include "ui/window/WindowSettings.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSplitter;
class QToolButton;
class QStackedWidget;

namespace acu {

class AddToRoutineMenu;
class BodyMapPanel;
class ChannelListModel;
class ComplaintListModel;
class DetailView;
class HistoryActions;
class LanguageMenu;
class MessageBar;
class PointListModel;
class PointListPanel;
class PromptSpeaker;
class RegionListModel;
class RoutineActions;
class RoutineEdits;
class RoutineLibrary;
class RoutineMenu;
class RoutinePanel;
class RunnerClock;
struct Routine;

/// The main window. It owns the models, lays out the three panels (point list, body map,
/// details), keeps one current point in sync between them, and remembers its state.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Parts of the window made ahead, off the main thread (main() makes them on its second
    /// core while the main thread loads the font database). Whatever is missing is made
    /// by the window.
    struct PreparedParts {
        std::shared_ptr<const QueryResolver> resolver;       ///< built from the window's catalogue
        PreparedDrawings drawings;                           ///< body drawings by view id
        std::optional<QList<BodyMarker>> markers;            ///< bodyMarkers(catalogue)
        std::optional<std::vector<Routine>> builtInRoutines; ///< loadBuiltInRoutines(&catalogue).routines
    };

    /// catalogueLabel names the loaded catalogue in the status bar ("built-in catalogue").
    MainWindow(std::shared_ptr<const Catalogue> catalogue, const QString& catalogueLabel, PreparedParts prepared = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Makes a point current everywhere: list row, map marker (switching view if needed)
    /// and details. Returns false for a code the catalogue does not have.
    bool setCurrentCode(const QString& code);
    [[nodiscard]] QString currentCode() const { return m_currentCode; }
    /// Selects the point a query most plausibly means (a code, label or name, as the search
    /// field reads it). Returns "" on success, or why nothing matched.
    QString selectBestMatch(const QString& query);
    /// Filters the list and map to a region ("" for all). Returns false for an unknown id.
    bool setRegion(const QString& regionId);
    /// Filters the list and map to a complaint's points ("" for any), switching the map to
    /// the view that shows most of them. Returns false for an unknown id.
    bool setComplaint(const QString& complaintId);
    /// Lists one channel's points in its order ("" for all) and draws its line on the map,
    /// turning to the view that shows most of them. Returns false for an unknown prefix.
    bool setChannel(const QString& prefix);
    /// Which channel lines the map draws (ChannelChoice.h: "selected", "all", "none" or a prefix).
    void setChannelLines(const QString& choice);
    /// Pregnancy mode: list badges and marker shapes show the pregnancy status, and the
    /// points to avoid can be hidden.
    void setPregnancyMode(bool on);
    [[nodiscard]] bool pregnancyMode() const;
    /// Hides the points traditionally forbidden in pregnancy (pregnancy mode only).
    void setHideContraindicated(bool hide);
    /// View > Appearance: the desktop's palette, or the app's own light or dark one.
    void setAppearance(Appearance appearance);
    [[nodiscard]] Appearance appearance() const;
    /// Types text into the search field, filtering the list.
    void setSearchText(const QString& text);
    /// Shows a body view. Returns false for an unknown id.
    bool showView(const QString& viewId);
    /// Zooms the body map (BodyMapView::setZoom).
    void setMapZoom(double zoom);

    /// What File > Print and Export print: the current point's card, or, when no point is
    /// current, the sheet of the points the list shows.
    [[nodiscard]] Printout currentPrintout() const;
    /// The sheet of the points the list shows, named by the list's filter.
    [[nodiscard]] Printout listPrintout() const;
    /// A file name for the printout: "BL52-Zhishi.pdf", "points.pdf".
    [[nodiscard]] QString suggestedPdfName() const;
    /// Tells the person something once, in a bar above the panels, without a dialog:
    /// plain text, until they dismiss it.
    void showMessageBar(const QString& text);

    /// Reads the person's own routines from folder (by default the application's data
    /// folder), replacing those held; a damaged file is reported in the message bar with
    /// where its copy is kept.
    void openOwnRoutines(const QString& folder);
    [[nodiscard]] RoutineEdits* routineEdits() const { return m_routineEdits; }
    [[nodiscard]] RoutineActions* routineActions() const { return m_routineActions; }
    /// Shows routine's start page in the runner panel, in the details' place beside the map.
    void openRoutine(const Routine& routine);
    /// The runner panel (its runEnded reports each run), made the first time it is needed
    /// so that it costs the start nothing.
    [[nodiscard]] RoutinePanel* routinePanel();
    [[nodiscard]] RoutineMenu* routineMenu() const { return m_routineMenu; }

    [[nodiscard]] WindowState persistentState() const;
    void restorePersistentState(const WindowState& state);
    [[nodiscard]] const WindowActions& actions() const { return m_actions; }
    /// Back and Forward through the points viewed; they add no history of their own.
    void goBack();
    void goForward();
    /// Shows the run history window (Routine > History…) and returns it.
    QWidget* showRunHistory();

public slots:
    /// Logs a run in the run history; a write that fails is told in the message bar (the run
    /// is kept in memory and saved with the next change).
    void recordRun(const acu::RunRecord& run);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBar();
    void connectParts();
    void connectPrinting();
    void connectRoutines();
    /// "Region: Lower back, search "B47"": what the list shows.
    [[nodiscard]] QString listDescription() const;
    void showFromHistory(const QString& code);
    void updateHistoryActions();
    /// Next and Previous on Channel: enabled when the current point has a neighbour that way.
    void updateChannelActions();
    void connectChannels();

    std::shared_ptr<const Catalogue> m_catalogue;
    PointListModel* m_points = nullptr;
    RegionListModel* m_regions = nullptr;
    ComplaintListModel* m_complaints = nullptr;
    ChannelListModel* m_channels = nullptr;
    PointListPanel* m_listPanel = nullptr;
    BodyMapPanel* m_mapPanel = nullptr;
    DetailView* m_details = nullptr;
    RoutinePanel* m_routinePanel = nullptr; ///< made by routinePanel()
    bool m_restoring = false;               ///< restorePersistentState is running
    bool m_promptsMuted = false;            ///< the runner's mute switch, also before it is made
    QStackedWidget* m_detailStack = nullptr;
    RoutineMenu* m_routineMenu = nullptr;
    QSplitter* m_splitter = nullptr;
    MessageBar* m_messageBar = nullptr;
    WindowActions m_actions;
    std::unique_ptr<RunnerClock> m_runnerClock;
    std::unique_ptr<PromptSpeaker> m_speaker;
    QString m_currentCode;
    QLabel* m_pregnancyStatus = nullptr;
    PointHistory m_history;
    RoutineLibrary* m_routineLibrary = nullptr;
    RoutineEdits* m_routineEdits = nullptr;
    RoutineActions* m_routineActions = nullptr;
    QToolButton* m_addToRoutineButton = nullptr;
    AddToRoutineMenu* m_detailRoutineMenu = nullptr;
    HistoryActions* m_runHistory = nullptr;
    AppearanceSwitcher* m_appearance = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
};

} // namespace acu
