// The main window keeps the list, the map and the details in sync.

#include "ui/window/MainWindow.h"
#include "core/catalogue/CatalogueLoader.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/details/DetailView.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerChooser.h"
#include "ui/map/MarkerItem.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const acu::Catalogue> shipped()
{
    return acu::test::shipped();
}

/// A shown window with handles on its parts.
struct Window {
    explicit Window(std::shared_ptr<const acu::Catalogue> catalogue = shipped())
        : window(std::move(catalogue), QStringLiteral("test catalogue"))
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
        details = window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
        regions = window.findChild<QComboBox*>(QStringLiteral("regionSelector"));
        search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    }

    QString currentRowCode() const
    {
        return list->currentIndex().isValid() ? list->currentIndex().data(Qt::UserRole + 1).toString() : QString();
    }

    acu::MarkerItem* marker(const QString& code) const
    {
        for (auto* item : map->currentMarkers()) {
            if (item->marker().code == code)
                return item;
        }
        return nullptr;
    }

    acu::MainWindow window;
    QListView* list = nullptr;
    acu::BodyMapView* map = nullptr;
    acu::DetailView* details = nullptr;
    QComboBox* regions = nullptr;
    QLineEdit* search = nullptr;
};

} // namespace

// Clicking a marker on the map selects its list row and fills the detail pane (on the
// crowded back view at fit, through the menu of the points under the click).
TEST(MainWindow, clickingMarker_selectsListRowAndFillsDetails)
{
    Window w;
    w.map->showView(QStringLiteral("back"));
    acu::MarkerItem* marker = w.marker(QStringLiteral("GV4"));
    ASSERT_NE(marker, nullptr);
    const QPoint at = w.map->mapFromScene(marker->scenePos());
    QTest::mouseClick(w.map->viewport(), Qt::LeftButton, {}, at);
    auto* chooser = w.map->findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    for (QAction* action : chooser->actions()) {
        if (action->text().startsWith(QStringLiteral("GV4 ")))
            action->trigger();
    }
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("GV4"));
    EXPECT_EQ(w.currentRowCode(), QStringLiteral("GV4"));
    EXPECT_TRUE(marker->isSelectedMarker());
    EXPECT_GE(w.details->toPlainText().indexOf(QStringLiteral("Mìngmén")), 0);
}

// Clicking a list row selects the marker and shows the details.
TEST(MainWindow, clickingListRow_selectsMarkerAndFillsDetails)
{
    Window w;
    const QModelIndex row = w.list->model()->index(3, 0);
    const QString code = row.data(Qt::UserRole + 1).toString();
    QTest::mouseClick(w.list->viewport(), Qt::LeftButton, {}, w.list->visualRect(row).center());
    EXPECT_EQ(w.window.currentCode(), code);
    ASSERT_NE(w.marker(code), nullptr) << "the map switched to a view that shows " << code.toStdString();
    EXPECT_TRUE(w.marker(code)->isSelectedMarker());
    EXPECT_GE(w.details->toPlainText().indexOf(code), 0);
}

// Choosing a region filters the list and dims the other points' markers.
TEST(MainWindow, choosingRegion_filtersListAndMarkers)
{
    Window w;
    const int all = w.list->model()->rowCount();
    w.regions->setCurrentIndex(w.regions->findData(QStringLiteral("lower-back"), Qt::UserRole + 1));
    const int shown = w.list->model()->rowCount();
    EXPECT_LT(shown, all);
    EXPECT_GT(shown, 0);
    w.map->showView(QStringLiteral("back"));
    ASSERT_NE(w.marker(QStringLiteral("BL23")), nullptr);
    EXPECT_FALSE(w.marker(QStringLiteral("BL23"))->isDimmed());
    ASSERT_NE(w.marker(QStringLiteral("GB21")), nullptr);
    EXPECT_TRUE(w.marker(QStringLiteral("GB21"))->isDimmed());
}

// A selection survives a region change that keeps the point shown; one that hides it clears the row only.
TEST(MainWindow, selectionSurvivesFilterThatKeepsThePoint)
{
    Window w;
    ASSERT_TRUE(w.window.setCurrentCode(QStringLiteral("BL23")));
    ASSERT_TRUE(w.window.setRegion(QStringLiteral("lower-back")));
    EXPECT_EQ(w.currentRowCode(), QStringLiteral("BL23"));
    ASSERT_TRUE(w.window.setRegion(QStringLiteral("head-neck")));
    EXPECT_EQ(w.currentRowCode(), QString());
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL23"));
    ASSERT_TRUE(w.window.setRegion(QString()));
    EXPECT_EQ(w.currentRowCode(), QStringLiteral("BL23"));
}

// Selecting a point the current view does not show switches to a view that shows it.
TEST(MainWindow, selectingPoint_switchesToAViewShowingIt)
{
    Window w;
    w.map->showView(QStringLiteral("back"));
    ASSERT_TRUE(w.window.setCurrentCode(QStringLiteral("CV6")));
    EXPECT_TRUE(w.map->viewsShowing(QStringLiteral("CV6")).contains(w.map->currentView()));
    EXPECT_NE(w.map->currentView(), QStringLiteral("back"));
}

// Unknown codes, regions and views are refused.
TEST(MainWindow, unknownIds_areRefused)
{
    Window w;
    EXPECT_FALSE(w.window.setCurrentCode(QStringLiteral("BL99")));
    EXPECT_FALSE(w.window.setRegion(QStringLiteral("tail")));
    EXPECT_FALSE(w.window.showView(QStringLiteral("top")));
}

// Find focuses the search field; typing filters; Enter selects the best match.
TEST(MainWindow, keyboard_findTypeEnterSelects)
{
    Window w;
    QApplication::setActiveWindow(&w.window);
    w.window.actions().find->trigger();
    EXPECT_TRUE(w.search->hasFocus());
    QTest::keyClicks(w.search, QStringLiteral("B47"));
    EXPECT_EQ(w.list->model()->rowCount(), 2); // BL47 by the WHO numbers, BL52 by the older charts'
    QTest::keyClick(w.search, Qt::Key_Return);
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL47"));
}

// Next and previous point step through the list, wrapping at the ends.
TEST(MainWindow, nextAndPreviousPoint_stepThroughList)
{
    Window w;
    const auto* model = w.list->model();
    const QString first = model->index(0, 0).data(Qt::UserRole + 1).toString();
    const QString second = model->index(1, 0).data(Qt::UserRole + 1).toString();
    const QString last = model->index(model->rowCount() - 1, 0).data(Qt::UserRole + 1).toString();
    w.window.actions().nextPoint->trigger();
    EXPECT_EQ(w.window.currentCode(), first);
    w.window.actions().nextPoint->trigger();
    EXPECT_EQ(w.window.currentCode(), second);
    w.window.actions().previousPoint->trigger();
    w.window.actions().previousPoint->trigger();
    EXPECT_EQ(w.window.currentCode(), last);
}

// Zoom actions change the map's zoom; fit returns to 1.
TEST(MainWindow, zoomActions_changeMapZoom)
{
    Window w;
    w.window.actions().zoomIn->trigger();
    EXPECT_GT(w.map->zoom(), 1.0);
    w.window.actions().zoomOut->trigger();
    w.window.actions().zoomIn->trigger();
    w.window.actions().zoomFit->trigger();
    EXPECT_DOUBLE_EQ(w.map->zoom(), 1.0);
}

// The window's state comes back in a new window.
TEST(MainWindow, windowState_roundTripsThroughANewWindow)
{
    acu::WindowState saved;
    {
        Window w;
        w.window.setRegion(QStringLiteral("lower-back"));
        w.window.setCurrentCode(QStringLiteral("BL52"));
        w.window.showView(QStringLiteral("sacrum"));
        w.map->setZoom(2.0);
        saved = w.window.persistentState();
    }
    Window w;
    w.window.restorePersistentState(saved);
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
    EXPECT_EQ(w.currentRowCode(), QStringLiteral("BL52"));
    EXPECT_EQ(w.regions->currentData(Qt::UserRole + 1).toString(), QStringLiteral("lower-back"));
    EXPECT_EQ(w.map->currentView(), QStringLiteral("sacrum"));
    EXPECT_DOUBLE_EQ(w.map->zoom(), 2.0);
    EXPECT_EQ(w.window.persistentState().splitter, saved.splitter);
}

// Every control a user can reach has an accessible name.
TEST(MainWindow, everyFocusableControlHasAnAccessibleName)
{
    Window w;
    for (QWidget* widget : w.window.findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || qobject_cast<QAbstractButton*>(widget))
            continue;
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue; // viewports: the scroll area carries the name
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
}

// The status bar names the loaded catalogue and its size.
TEST(MainWindow, statusBar_namesCatalogue)
{
    Window w(acu::test::minimal());
    auto* status = w.window.findChild<QLabel*>(QStringLiteral("catalogueStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("\u2068test catalogue\u2069: 2 points"));
}

// The medical notice stays in view under the details, and its button opens the disclaimer.
TEST(MainWindow, medicalNotice_isShownAndOpensDisclaimer)
{
    Window w;
    auto* notice = w.window.findChild<QWidget*>(QStringLiteral("medicalNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    auto* advice = notice->findChild<QLabel*>(QStringLiteral("medicalNoticeAdvice"));
    ASSERT_NE(advice, nullptr);
    EXPECT_EQ(advice->text(),
              QStringLiteral("See a doctor for back pain that is severe, lasting or follows an injury."));

    auto* more = notice->findChild<QAbstractButton*>(QStringLiteral("medicalNoticeMore"));
    ASSERT_NE(more, nullptr);
    QString shownTitle;
    QTimer::singleShot(0, [&] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            shownTitle = dialog->windowTitle();
            dialog->close();
        }
    });
    more->click();
    EXPECT_EQ(shownTitle, QStringLiteral("Medical disclaimer"));
}

// The view selector is wide enough to show the longest view name whole, also in pregnancy
// mode, when the map's legend is at its longest (it once sat beside the selector and
// squeezed it).
TEST(MainWindow, viewSelector_fitsLongestViewName)
{
    Window w;
    auto* views = w.window.findChild<QComboBox*>(QStringLiteral("viewSelector"));
    ASSERT_NE(views, nullptr);
    ASSERT_GT(views->count(), 1);
    const auto expectNamesFit = [views](const char* mode) {
        QStyleOptionComboBox option;
        option.initFrom(views);
        const QRect text =
            views->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, views);
        const int room = views->width() - (option.rect.width() - text.width());
        for (int row = 0; row < views->count(); ++row)
            EXPECT_LE(views->fontMetrics().horizontalAdvance(views->itemText(row)), room)
                << mode << ": " << views->itemText(row).toStdString();
    };
    expectNamesFit("normal");
    w.window.setPregnancyMode(true);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    expectNamesFit("pregnancy mode");
}
