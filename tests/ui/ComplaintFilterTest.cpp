// Finding points by what hurts in the window: the complaint selector, the map switching
// to a view that shows the complaint's points, the remembered choice, and the search field
// and --lookup giving the same answers.

#include "core/catalogue/CatalogueLoader.h"
#include "core/commands/LookupCommand.h"
#include "models/ComplaintListModel.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/SyntheticAtlas.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointListPanel.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/window/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace {

struct ComplaintWindow {
    explicit ComplaintWindow(std::shared_ptr<const acu::Catalogue> catalogue = acu::test::shipped())
        : window(std::move(catalogue), QStringLiteral("test"))
    {
        selector = window.findChild<QComboBox*>(QStringLiteral("complaintSelector"));
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        panel = window.findChild<acu::PointListPanel*>(QStringLiteral("pointListPanel"));
        map = window.findChild<acu::BodyMapView*>();
    }

    QStringList rows(int role = acu::CodeRole) const
    {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out.append(list->model()->index(row, 0).data(role).toString());
        return out;
    }

    /// Picks a complaint as a person does, by its row in the selector.
    void choose(const QString& id)
    {
        for (int row = 0; row < selector->count(); ++row) {
            if (selector->itemData(row, acu::ComplaintListModel::ComplaintIdRole).toString() == id) {
                selector->setCurrentIndex(row);
                return;
            }
        }
        FAIL() << id.toStdString();
    }

    /// The codes whose markers in the current view are not dimmed.
    QSet<QString> litMarkers() const
    {
        QSet<QString> codes;
        for (const auto* marker : map->currentMarkers()) {
            if (!marker->isDimmed())
                codes.insert(marker->marker().code);
        }
        return codes;
    }

    acu::MainWindow window;
    QComboBox* selector = nullptr;
    QListView* list = nullptr;
    acu::PointListPanel* panel = nullptr;
    acu::BodyMapView* map = nullptr;
};

QStringList codes(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* code : list)
        out.append(QString::fromLatin1(code));
    return out;
}

/// The codes --lookup prints for a query, catalogue points only, in order.
QStringList lookupCodes(const std::string& query, const acu::Catalogue& catalogue = *acu::test::shipped())
{
    std::ostringstream out;
    std::ostringstream err;
    acu::runLookupCommand(catalogue, query, acu::LookupFormat::Json, out, err);
    QStringList result;
    if (out.str().empty())
        return result;
    for (const auto& match : nlohmann::json::parse(out.str())) {
        if (match.at("inCatalogue").get<bool>())
            result.append(QString::fromStdString(match.at("code").get<std::string>()));
    }
    return result;
}

} // namespace

// Picking "Sciatica" lists its points, best supported first, each with why it is there.
TEST(ComplaintFilter, choosingSciatica_listsItsPointsWithReasons)
{
    ComplaintWindow w;
    ASSERT_NE(w.selector, nullptr);
    EXPECT_TRUE(w.selector->isVisibleTo(&w.window));
    QSignalSpy changed(w.panel, &acu::PointListPanel::complaintChanged);
    w.choose(QStringLiteral("sciatica"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(w.rows(), codes({"BL40", "GB30", "GB29"}));
    EXPECT_EQ(w.rows(acu::MatchReasonRole).front(), QStringLiteral("used for sciatica [2 sources]"));
    EXPECT_EQ(w.panel->complaint(), QStringLiteral("sciatica"));
}

// The map lights the complaint's points and dims the rest.
TEST(ComplaintFilter, choosingComplaint_mapLightsOnlyItsPoints)
{
    ComplaintWindow w;
    w.window.showView(QStringLiteral("back"));
    w.choose(QStringLiteral("sciatica"));
    EXPECT_EQ(w.map->currentView(), QStringLiteral("back"));
    EXPECT_EQ(w.litMarkers(), (QSet<QString>{QStringLiteral("BL40"), QStringLiteral("GB30")}));
}

// The map switches to the view that shows most of the complaint's points.
TEST(ComplaintFilter, choosingComplaint_mapSwitchesToTheViewShowingMost)
{
    ComplaintWindow w;
    w.window.showView(QStringLiteral("front"));
    w.choose(QStringLiteral("hip-pain"));
    EXPECT_EQ(w.map->currentView(), QStringLiteral("side"));
    EXPECT_EQ(w.litMarkers(), (QSet<QString>{QStringLiteral("GB29"), QStringLiteral("GB30")}));
}

// A view that shows as many of the points as any other is kept.
TEST(ComplaintFilter, choosingComplaint_keepsAViewThatShowsAsMany)
{
    ComplaintWindow w;
    w.window.setCurrentCode(QStringLiteral("GB30"));
    w.window.showView(QStringLiteral("side"));
    w.choose(QStringLiteral("sciatica")); // back and side each show two of its three points
    EXPECT_EQ(w.map->currentView(), QStringLiteral("side"));
}

// Back to "Any complaint" shows every point again.
TEST(ComplaintFilter, anyComplaint_showsEveryPoint)
{
    ComplaintWindow w;
    w.choose(QStringLiteral("sciatica"));
    w.choose(QString());
    EXPECT_EQ(w.rows().size(), static_cast<int>(acu::test::shipped()->points().size()));
}

// Choosing a complaint selects its best supported point, so that its details show.
TEST(ComplaintFilter, choosingComplaint_selectsItsBestSupportedPoint)
{
    ComplaintWindow w;
    w.window.setCurrentCode(QStringLiteral("LI4"));
    w.choose(QStringLiteral("sciatica"));
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL40"));
}

// A current point that belongs to the complaint stays current.
TEST(ComplaintFilter, choosingComplaint_keepsACurrentPointOfIt)
{
    ComplaintWindow w;
    w.window.setCurrentCode(QStringLiteral("GB30"));
    w.choose(QStringLiteral("sciatica"));
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("GB30"));
}

// The window's setComplaint checks the id; an unknown one changes nothing.
TEST(ComplaintFilter, setComplaint_unknownIdIsRefused)
{
    ComplaintWindow w;
    EXPECT_TRUE(w.window.setComplaint(QStringLiteral("insomnia")));
    EXPECT_EQ(w.rows(), codes({"HT7"}));
    EXPECT_FALSE(w.window.setComplaint(QStringLiteral("gout")));
    EXPECT_EQ(w.rows(), codes({"HT7"}));
}

// The chosen complaint is part of the window's remembered state and comes back with it.
TEST(ComplaintFilter, complaint_isRememberedWithTheWindowState)
{
    acu::WindowState state;
    {
        ComplaintWindow w;
        w.choose(QStringLiteral("headache"));
        state = w.window.persistentState();
    }
    EXPECT_EQ(state.complaint, QStringLiteral("headache"));
    ComplaintWindow restored;
    restored.window.restorePersistentState(state);
    EXPECT_EQ(restored.selector->currentText(), QStringLiteral("\u2068Headache\u2069 (6)"));
    EXPECT_EQ(restored.rows().size(), 6);
}

// A catalogue without complaints offers no complaint selector.
TEST(ComplaintFilter, catalogueWithoutComplaints_hidesTheSelector)
{
    ComplaintWindow w(acu::test::minimal());
    ASSERT_NE(w.selector, nullptr);
    EXPECT_FALSE(w.selector->isVisibleTo(&w.window));
}

// The search field and --lookup list the same points, in the same order, for every query.
TEST(LookupAndSearchField, giveTheSameAnswers)
{
    ComplaintWindow w;
    const char* const queries[] = {"kidney",  "union",    "Will",       "will chamber", "sciatica", "sciat",
                                   "lumbago", "low back", "stiff neck", "headache",     "insomnia", "hip",
                                   "neck",    "B47",      "B53",        "UB 47",        "4GI",      "Liv3",
                                   "BL23",    "bl5",      "zhi",        "Zhishi",       "志室",     "CV3-CV7",
                                   "BL27-34", "chamber",  "gate",       "BL99",         "xyz",      "sciatika",
                                   // whole channel names, the older bladder numbers under BL and
                                   // Bladder, and the national standard's GV29
                                   "Kidney 1", "Bladder 23", "Bladder 47", "BL47", "BL53",     "B53",
                                   "Governing Vessel 20", "Conception Vessel 6", "Triple Energizer 3",
                                   "San Jiao 3", "GV29", "Du 29", "Bladder 54"};
    for (const char* query : queries) {
        w.window.setSearchText(QString::fromUtf8(query));
        EXPECT_EQ(w.rows(), lookupCodes(query)) << query;
    }
}

// The same over a catalogue that holds every WHO point, where the WHO and the older bladder
// readings are both catalogue points.
TEST(LookupAndSearchField, giveTheSameAnswersOverTheWholeAtlas)
{
    auto loaded = acu::loadCatalogue(acu::test::syntheticAtlasJson().dump());
    ASSERT_TRUE(loaded.ok());
    const auto atlas = std::make_shared<const acu::Catalogue>(loaded.takeCatalogue());
    ComplaintWindow w(atlas);
    const char* const queries[] = {"BL47",      "B47",         "Bladder 47", "UB 47",     "BL54",
                                   "Bladder 54", "BL36",       "B50",        "GB10",      "GV29",
                                   "Kidney 1",  "Stomach 36",  "Large Intestine 4", "Ren Mai 6", "Heart Governor 6",
                                   "KI",        "bl5",         "Triple Burner 5",   "V47",       "BL60"};
    for (const char* query : queries) {
        w.window.setSearchText(QString::fromUtf8(query));
        EXPECT_EQ(w.rows(), lookupCodes(query, *atlas)) << query;
        EXPECT_FALSE(w.rows().isEmpty()) << query;
    }
}
