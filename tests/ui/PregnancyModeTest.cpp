// Pregnancy mode: marks and hides exactly the contraindicated points, warns first, and
// comes back after a restart; the first-start notice asks about it.

#include "core/catalogue/CatalogueLoader.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/details/DetailView.h"
#include "DetailText.h"
#include "ui/window/FirstStartNotice.h"
#include "ui/window/MainWindow.h"
#include "ui/map/MarkerItem.h"
#include "ui/list/PointItemDelegate.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>

namespace {

/// How many points the shipped catalogue holds: the whole list, unfiltered.
int shippedPointCount() { return static_cast<int>(acu::test::shipped()->points().size()); }

} // namespace

namespace {

std::shared_ptr<const acu::Catalogue> shipped() { return acu::test::shipped(); }

QSet<QString> contraindicatedCodes()
{
    QSet<QString> codes;
    for (const auto& point : shipped()->points()) {
        if (acu::pregnancyLevel(point) == acu::CautionLevel::Contraindicated)
            codes.insert(QString::fromStdString(point.code));
    }
    return codes;
}

struct Window {
    Window()
        : window(shipped(), QStringLiteral("test"))
    {
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
        details = window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    }

    QSet<QString> listedCodes() const
    {
        QSet<QString> codes;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            codes.insert(list->model()->index(row, 0).data(acu::CodeRole).toString());
        return codes;
    }

    /// Codes of the markers shown in every view, and of those with each shown mark.
    void collectMarkers(QSet<QString>& shown, QSet<QString>& diamonds)
    {
        for (const auto& view : map->views()) {
            map->showView(view.id);
            for (auto* marker : map->currentMarkers()) {
                if (!marker->isVisible())
                    continue;
                shown.insert(marker->marker().code);
                if (marker->shownMark() == acu::PregnancyMark::Contraindicated)
                    diamonds.insert(marker->marker().code);
            }
        }
    }

    acu::MainWindow window;
    QListView* list = nullptr;
    acu::BodyMapView* map = nullptr;
    acu::DetailView* details = nullptr;
};

} // namespace

// The traditional list (GV2 among its sacral points; GB27, GB28 and ST26-ST29 among its
// lower-belly points), BL53, which an acupressure guide says to avoid in pregnancy, and SP1,
// SP2 and SP5, which the pregnancy page's table of contraindicated points names, are what the
// catalogue marks contraindicated, no more and no less.
TEST(PregnancyMode, contraindicatedSetIsTheTraditionalList)
{
    EXPECT_EQ(contraindicatedCodes(),
              (QSet<QString>{QStringLiteral("LI4"), QStringLiteral("SP6"), QStringLiteral("BL60"),
                             QStringLiteral("BL67"), QStringLiteral("GB21"), QStringLiteral("LU7"),
                             QStringLiteral("CV2"), QStringLiteral("CV3"), QStringLiteral("CV4"), QStringLiteral("CV5"),
                             QStringLiteral("CV6"), QStringLiteral("CV7"), QStringLiteral("BL27"),
                             QStringLiteral("BL28"), QStringLiteral("BL29"), QStringLiteral("BL30"),
                             QStringLiteral("BL31"), QStringLiteral("BL32"), QStringLiteral("BL33"),
                             QStringLiteral("BL34"), QStringLiteral("GV2"), QStringLiteral("BL53"),
                             QStringLiteral("GB27"), QStringLiteral("GB28"), QStringLiteral("ST26"),
                             QStringLiteral("ST27"), QStringLiteral("ST28"), QStringLiteral("ST29"),
                             QStringLiteral("SP1"), QStringLiteral("SP2"), QStringLiteral("SP5")}));
}

// Off, markers are plain; on, exactly the contraindicated points are diamonds.
TEST(PregnancyMode, marksExactlyTheContraindicatedPointsOnTheMap)
{
    Window w;
    QSet<QString> shown;
    QSet<QString> diamonds;
    w.collectMarkers(shown, diamonds);
    EXPECT_TRUE(diamonds.isEmpty());
    w.window.setPregnancyMode(true);
    shown.clear();
    w.collectMarkers(shown, diamonds);
    EXPECT_EQ(diamonds, contraindicatedCodes());
}

// The map's key, under the map, names the pregnancy marks in pregnancy mode; no-break
// spaces join the words of each entry, so that wrapping cannot split one.
TEST(PregnancyMode, mapLegendExplainsTheMarks)
{
    Window w;
    w.window.resize(900, 600);
    w.window.show();
    auto* legend = w.window.findChild<QLabel*>(QStringLiteral("mapLegend"));
    ASSERT_NE(legend, nullptr);
    EXPECT_FALSE(legend->text().contains(QStringLiteral("avoid")));
    w.window.setPregnancyMode(true);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString text = legend->text();
    for (const QString& entry : {QStringLiteral("\u25A0\u00A0pregnancy:\u00A0care"),
                                QStringLiteral("\u25C6\u00A0avoid\u00A0in\u00A0pregnancy"),
                                QStringLiteral("\u25CE\u00A0selected")})
        EXPECT_TRUE(text.contains(entry)) << entry.toStdString();
    EXPECT_GE(legend->mapTo(&w.window, QPoint(0, 0)).y(), w.map->mapTo(&w.window, QPoint(0, w.map->height())).y());
    EXPECT_TRUE(legend->isVisible());
}

// The list's badges follow the mode.
TEST(PregnancyMode, listBadgesFollowTheMode)
{
    Window w;
    auto* delegate = qobject_cast<acu::PointItemDelegate*>(w.list->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    EXPECT_EQ(acu::PointItemDelegate::badgeText(int(acu::PregnancyMark::Contraindicated)),
              QStringLiteral("\u25C6 avoid"));
    EXPECT_EQ(acu::PointItemDelegate::badgeText(int(acu::PregnancyMark::None)), QString());
    const QModelIndexList li4 = w.list->model()->match(w.list->model()->index(0, 0), acu::CodeRole,
                                                       QStringLiteral("LI4"), 1, Qt::MatchExactly);
    ASSERT_EQ(li4.size(), 1);
    EXPECT_TRUE(li4.front().data(Qt::ToolTipRole).toString().contains(QStringLiteral("forbidden in pregnancy")));
}

// Hiding removes exactly the contraindicated points from the list and the map, and only in pregnancy mode.
TEST(PregnancyMode, hidesExactlyTheContraindicatedPoints)
{
    Window w;
    QSet<QString> all;
    QSet<QString> unused;
    w.collectMarkers(all, unused);
    w.window.setHideContraindicated(true); // refused outside pregnancy mode
    EXPECT_EQ(w.listedCodes().size(), shippedPointCount());
    w.window.setPregnancyMode(true);
    w.window.actions().hideContraindicated->trigger();
    EXPECT_EQ(w.listedCodes(), QSet<QString>(all).subtract(contraindicatedCodes()));
    QSet<QString> shown;
    w.collectMarkers(shown, unused);
    EXPECT_EQ(shown, QSet<QString>(all).subtract(contraindicatedCodes()));
    w.window.setPregnancyMode(false); // leaving the mode shows them again
    EXPECT_EQ(w.listedCodes().size(), shippedPointCount());
}

// The warning follows the point's code and names at once with the mode off; in the mode, a
// point without one says so there.
TEST(PregnancyMode, detailPaneWarnsFirst)
{
    Window w;
    const auto warningFirst = [&](const QString& code, const QString& warning) {
        w.window.setCurrentCode(code);
        const QString text = acu::test::shownText(*w.details);
        EXPECT_TRUE(text.startsWith(code + QLatin1Char(' '))) << text.toStdString();
        const auto at = text.indexOf(warning);
        EXPECT_GE(at, 0) << text.toStdString();
        EXPECT_LT(at, text.indexOf(QStringLiteral("Channel:"))) << code.toStdString();
    };
    warningFirst(QStringLiteral("SP6"), QStringLiteral("\u26A0 Pregnancy: traditionally forbidden."));
    warningFirst(QStringLiteral("BL23"), QStringLiteral("\u26A0 Pregnancy: take care."));
    w.window.setCurrentCode(QStringLiteral("ST36"));
    EXPECT_EQ(acu::test::shownText(*w.details).indexOf(QStringLiteral("Pregnancy")), -1);
    w.window.setPregnancyMode(true);
    warningFirst(QStringLiteral("ST36"), QStringLiteral("Pregnancy: no caution known."));
}

// The mode and the hiding come back in a new window.
TEST(PregnancyMode, survivesARestart)
{
    acu::WindowState saved;
    {
        Window w;
        w.window.setPregnancyMode(true);
        w.window.setHideContraindicated(true);
        saved = w.window.persistentState();
    }
    EXPECT_TRUE(saved.pregnancyMode);
    EXPECT_TRUE(saved.hideContraindicated);
    Window w;
    w.window.restorePersistentState(saved);
    EXPECT_TRUE(w.window.pregnancyMode());
    EXPECT_TRUE(w.window.actions().hideContraindicated->isChecked());
    EXPECT_EQ(w.listedCodes().size(), shippedPointCount() - contraindicatedCodes().size());
}

// The first-start notice says it is not medical advice, when to see a doctor, and asks about pregnancy mode.
TEST(PregnancyMode, firstStartNoticeAsks)
{
    std::unique_ptr<QMessageBox> box(acu::createFirstStartNotice(nullptr));
    EXPECT_TRUE(box->text().contains(QStringLiteral("not medical advice")));
    EXPECT_TRUE(box->text().contains(QStringLiteral("See a doctor")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("pregnant")));
    ASSERT_EQ(box->buttons().size(), 2);
    EXPECT_EQ(box->escapeButton(), static_cast<QAbstractButton*>(box->defaultButton()));
    EXPECT_EQ(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
}
