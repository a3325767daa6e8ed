// The close-ups of the abdomen, the face, the ear, the chest, the spine, the elbow, the forearm and the leg: listed in
// the view selector, drawn, and, at fit-to-window in a window of the size the atlas opens at, the abdomen's columns of
// points apart.

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowSize.h"

#include <QComboBox>
#include <QLineF>
#include <QSvgRenderer>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// A marker's radius on screen in pixels, unselected (MarkerItem draws it at that size at any zoom).
constexpr double kMarkerRadius = 5.0;

/// A shown main window of the atlas's first size with the shipped catalogue.
struct Window {
    Window()
        : window(acu::test::shipped(), QStringLiteral("shipped catalogue"))
    {
        window.resize(acu::kPreferredWindowSize);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
        views = window.findChild<QComboBox*>(QStringLiteral("viewSelector"));
    }

    acu::MainWindow window;
    acu::BodyMapView* map = nullptr;
    QComboBox* views = nullptr;
};

} // namespace

// Each new close-up's drawing is compiled in and parses, with its viewBox the view's frame.
TEST(CloseUpViews, drawingsParse)
{
    for (const char* view :
         {"abdomen", "face", "ear", "chest", "back-spine", "elbow-front", "forearm-back", "leg-front"}) {
        QSvgRenderer renderer(QStringLiteral(":/acupoint-atlas/body/%1.svg").arg(QLatin1String(view)));
        EXPECT_TRUE(renderer.isValid()) << view;
        EXPECT_EQ(renderer.viewBoxF(), QRectF(0, 0, 400, 400)) << view;
        EXPECT_TRUE(renderer.elementExists(QStringLiteral("skin"))) << view;
    }
}

// The view selector offers the new close-ups, and choosing one shows its markers.
TEST(CloseUpViews, viewSelectorOffersThemAndTheyShowTheirMarkers)
{
    Window w;
    ASSERT_NE(w.views, nullptr);
    for (const char* view :
         {"abdomen", "face", "ear", "chest", "back-spine", "elbow-front", "forearm-back", "leg-front"}) {
        const int index = w.views->findData(QString::fromLatin1(view));
        ASSERT_GE(index, 0) << view;
        w.views->setCurrentIndex(index);
        emit w.views->activated(index); // as when the person picks it
        EXPECT_EQ(w.map->currentView(), QString::fromLatin1(view));
        EXPECT_GT(w.map->currentMarkers().size(), 15) << view;
    }
}

// At fit-to-window the Conception Vessel's CV3-CV7 and the Kidney points beside them (KI11-KI16,
// both sides) are drawn with their discs apart, which on the front view they are not.
TEST(CloseUpViews, abdomenAtFit_keepsTheLowerAbdominalMarkersApart)
{
    Window w;
    w.map->showView(QStringLiteral("abdomen"));
    w.map->fitToView();
    QCoreApplication::processEvents();
    QList<acu::MarkerItem*> column;
    for (auto* item : w.map->currentMarkers()) {
        const QString code = item->marker().code;
        for (const char* wanted : {"CV3", "CV4", "CV5", "CV6", "CV7", "KI11", "KI12", "KI13", "KI14", "KI15", "KI16"}) {
            if (code == QLatin1String(wanted))
                column.append(item);
        }
    }
    ASSERT_EQ(column.size(), 5 + 6 * 2);
    for (int i = 0; i < column.size(); ++i) {
        for (int j = i + 1; j < column.size(); ++j) {
            const QPointF a = w.map->mapFromScene(column[i]->scenePos());
            const QPointF b = w.map->mapFromScene(column[j]->scenePos());
            EXPECT_GT(QLineF(a, b).length(), 2 * kMarkerRadius)
                << column[i]->marker().code.toStdString() << " and " << column[j]->marker().code.toStdString();
        }
    }
}
