// Searching from the window: readings as rows with their reasons, the status line, highlighting.

#include "core/catalogue/CatalogueLoader.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointItemDelegate.h"
#include "ui/list/PointListPanel.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

/// How many points the shipped catalogue holds: the whole list, unfiltered.
int shippedPointCount() { return static_cast<int>(acu::test::shipped()->points().size()); }

} // namespace

namespace {

struct SearchWindow {
    explicit SearchWindow(std::shared_ptr<const acu::Catalogue> catalogue = acu::test::shipped())
        : window(std::move(catalogue), QStringLiteral("test"))
    {
        list = window.findChild<QListView*>(QStringLiteral("pointList"));
        status = window.findChild<QLabel*>(QStringLiteral("searchStatus"));
    }

    QStringList rows(int role = acu::CodeRole) const
    {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out.append(list->model()->index(row, 0).data(role).toString());
        return out;
    }

    acu::MainWindow window;
    QListView* list = nullptr;
    QLabel* status = nullptr;
};

} // namespace

// An ambiguous label lists every reading, each with its reason.
TEST(Search, ambiguousLabel_listsEveryReadingWithReason)
{
    SearchWindow w;
    w.window.setSearchText(QStringLiteral("B53"));
    EXPECT_EQ(w.rows(), (QStringList{QStringLiteral("BL53"), QStringLiteral("BL39")}));
    EXPECT_EQ(w.rows(acu::MatchReasonRole).front(), QStringLiteral("another prefix for the channel: B53 is BL53 Bāohuāng"));
    EXPECT_TRUE(w.list->model()
                    ->index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("older chart numbering")));
    EXPECT_EQ(w.status->text(), QStringLiteral("2 points match"));
}

// Readings outside the catalogue (here one without LU6) are named in the status line.
TEST(Search, readingOutsideCatalogue_isExplained)
{
    SearchWindow w(acu::test::shippedWithoutLu6());
    w.window.setSearchText(QStringLiteral("P6"));
    EXPECT_EQ(w.rows(), QStringList{QStringLiteral("PC6")});
    EXPECT_EQ(w.status->text(),
              QStringLiteral("1 point matches\nAlso: \u2068French notation: P6 is LU6, not in this catalogue\u2069"));
}

// No match says why and suggests the nearest label.
TEST(Search, noMatch_saysWhyAndSuggests)
{
    SearchWindow w;
    w.window.setSearchText(QStringLiteral("BL99"));
    EXPECT_TRUE(w.rows().isEmpty());
    EXPECT_TRUE(w.status->text().startsWith(
        QStringLiteral("No match: \u2068BL99 cannot exist: the Bladder channel (BL) has 67 points\u2069.\n"
                       "Nearest: \u2068")))
        << w.status->text().toStdString();
}

// Best matches come first: exact code before names that start with the text.
TEST(Search, bestMatchesFirst)
{
    SearchWindow w;
    w.window.setSearchText(QStringLiteral("zhi"));
    EXPECT_EQ(w.rows(), (QStringList{QStringLiteral("SI7"), QStringLiteral("BL52"), QStringLiteral("BL54"),
                                     QStringLiteral("BL67"), QStringLiteral("TE6"), QStringLiteral("GV9")}));
    w.window.setSearchText(QString());
    EXPECT_EQ(w.rows().size(), shippedPointCount());
    EXPECT_TRUE(w.status->isHidden());
}

// The typed text is found in a label whatever its case, accents, spaces or hyphens.
TEST(Search, highlightSpan_ignoresCaseAccentsAndSeparators)
{
    using acu::PointItemDelegate;
    const QString label = QStringLiteral("BL52 Zhìshì \u2013 Will Chamber");
    EXPECT_EQ(PointItemDelegate::highlightSpan(label, QStringLiteral("zhishi")), (QPair<int, int>{5, 6}));
    EXPECT_EQ(PointItemDelegate::highlightSpan(label, QStringLiteral("bl-52")), (QPair<int, int>{0, 4}));
    EXPECT_EQ(PointItemDelegate::highlightSpan(label, QStringLiteral("zhi shi")), (QPair<int, int>{5, 6}));
    EXPECT_EQ(PointItemDelegate::highlightSpan(label, QStringLiteral("B47")), (QPair<int, int>{-1, 0}));
    EXPECT_EQ(PointItemDelegate::highlightSpan(label, QString()), (QPair<int, int>{-1, 0}));
}

// --select's reading: the best match is selected; nothing matching says why.
TEST(Search, selectBestMatch_selectsOrExplains)
{
    SearchWindow w;
    EXPECT_EQ(w.window.selectBestMatch(QStringLiteral("Will Chamber")), QString());
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
    EXPECT_EQ(w.window.selectBestMatch(QStringLiteral("BL99")),
              QStringLiteral("BL99 cannot exist: the Bladder channel (BL) has 67 points"));
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL52"));
    EXPECT_EQ(w.rows().size(), shippedPointCount()); // the list is not filtered by it
}

// The search field offers a clear button once it holds text, and the button empties it.
TEST(Search, clearButton_appearsWithTextAndClears)
{
    SearchWindow w;
    auto* field = w.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    ASSERT_NE(field, nullptr);
    w.window.setSearchText(QStringLiteral("BL52"));
    ASSERT_TRUE(field->isClearButtonEnabled());
    auto* clear = field->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
    ASSERT_NE(clear, nullptr);
    const auto buttons = field->findChildren<QToolButton*>();
    const auto button =
        std::find_if(buttons.begin(), buttons.end(), [clear](QToolButton* b) { return b->defaultAction() == clear; });
    ASSERT_NE(button, buttons.end());
    (*button)->click();
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(w.rows().size(), shippedPointCount());
}

// While searching every row has a reason line and is taller than the one-line rows shown
// without a search; clearing the search makes every row one line again.
TEST(Search, reasonRowsAreTaller_plainRowsUniform)
{
    SearchWindow w;
    w.window.resize(1280, 800);
    w.window.show();
    const auto height = [&](int row) { return w.list->visualRect(w.list->model()->index(row, 0)).height(); };
    const int plain = height(0);
    ASSERT_GT(plain, 0);
    for (int row = 1; row < w.list->model()->rowCount(); ++row)
        EXPECT_EQ(height(row), plain) << "row " << row;

    w.window.setSearchText(QStringLiteral("B53"));
    ASSERT_EQ(w.list->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        EXPECT_FALSE(w.list->model()->index(row, 0).data(acu::MatchReasonRole).toString().isEmpty());
        EXPECT_GT(height(row), plain) << "row " << row;
    }

    w.window.setSearchText(QString());
    EXPECT_EQ(w.list->model()->rowCount(), shippedPointCount());
    for (int row = 0; row < w.list->model()->rowCount(); ++row)
        EXPECT_EQ(height(row), plain) << "row " << row;
}

namespace {

QToolButton* button(const acu::MainWindow& window, const char* name)
{
    return window.findChild<QToolButton*>(QString::fromLatin1(name));
}

} // namespace

// Pregnancy hide on, all regions: the message says the pregnancy hide hides the match, and
// its button turns the hide off.
TEST(SearchMessage, hiddenInPregnancy_saysSoAndOffersToShow)
{
    SearchWindow w;
    w.window.setPregnancyMode(true);
    w.window.setHideContraindicated(true);
    w.window.setSearchText(QStringLiteral("hegu"));
    EXPECT_TRUE(w.rows().isEmpty());
    EXPECT_EQ(
        w.status->text(),
        QStringLiteral("1 point matches, none shown\nHidden: 1 point to avoid in pregnancy (Hide points is on)."));
    EXPECT_FALSE(button(w.window, "showHiddenPoints")->isHidden());
    EXPECT_TRUE(button(w.window, "searchAllRegions")->isHidden());
    button(w.window, "showHiddenPoints")->click();
    EXPECT_FALSE(w.window.actions().hideContraindicated->isChecked());
    EXPECT_EQ(w.rows(), QStringList{QStringLiteral("LI4")});
    EXPECT_EQ(w.status->text(), QStringLiteral("1 point matches"));
    EXPECT_TRUE(button(w.window, "showHiddenPoints")->isHidden());
}

// A region that leaves the match out says so, and its button searches all regions.
TEST(SearchMessage, outsideRegion_saysSoAndOffersAllRegions)
{
    SearchWindow w;
    w.window.setRegion(QStringLiteral("lower-back"));
    w.window.setSearchText(QStringLiteral("hegu"));
    EXPECT_EQ(w.status->text(), QStringLiteral("1 point matches, none shown\nHidden: 1 outside this region."));
    EXPECT_FALSE(button(w.window, "searchAllRegions")->isHidden());
    EXPECT_TRUE(button(w.window, "showHiddenPoints")->isHidden());
    button(w.window, "searchAllRegions")->click();
    EXPECT_EQ(w.window.persistentState().region, QString());
    EXPECT_EQ(w.rows(), QStringList{QStringLiteral("LI4")});
}

// Both causes at once: both are named and both buttons are offered.
TEST(SearchMessage, regionAndPregnancyHide_bothNamed)
{
    SearchWindow w;
    w.window.setPregnancyMode(true);
    w.window.setHideContraindicated(true);
    w.window.setRegion(QStringLiteral("lower-back"));
    w.window.setSearchText(QStringLiteral("hegu"));
    EXPECT_EQ(w.status->text(), QStringLiteral("1 point matches, none shown\nHidden: 1 outside this region; 1 point to "
                                               "avoid in pregnancy (Hide points is on)."));
    EXPECT_FALSE(button(w.window, "searchAllRegions")->isHidden());
    EXPECT_FALSE(button(w.window, "showHiddenPoints")->isHidden());
    button(w.window, "searchAllRegions")->click();
    EXPECT_EQ(
        w.status->text(),
        QStringLiteral("1 point matches, none shown\nHidden: 1 point to avoid in pregnancy (Hide points is on)."));
    EXPECT_TRUE(button(w.window, "searchAllRegions")->isHidden());
}

// Nothing hidden: no cause and no button.
TEST(SearchMessage, allShown_noCauseNoButtons)
{
    SearchWindow w;
    w.window.setPregnancyMode(true);
    w.window.setHideContraindicated(true);
    w.window.setSearchText(QStringLiteral("BL23"));
    EXPECT_EQ(w.status->text(), QStringLiteral("1 point matches"));
    EXPECT_TRUE(w.window.findChild<QWidget*>(QStringLiteral("searchActions"))->isHidden());
}

// The nearest label is a button that searches for it.
TEST(SearchMessage, nearestSuggestion_searchesForIt)
{
    SearchWindow w;
    w.window.setSearchText(QStringLiteral("Zhxxxshi"));
    ASSERT_TRUE(w.rows().isEmpty());
    EXPECT_TRUE(w.status->text().endsWith(QStringLiteral("\nNearest: \u2068Zhìshì (BL52)\u2069")))
        << w.status->text().toStdString();
    QToolButton* nearest = button(w.window, "searchNearest");
    ASSERT_FALSE(nearest->isHidden());
    EXPECT_EQ(nearest->text(), QStringLiteral("Search for \u201CZhìshì\u201D"));
    nearest->click();
    EXPECT_EQ(w.window.findChild<QLineEdit*>(QStringLiteral("searchField"))->text(), QStringLiteral("Zhìshì"));
    EXPECT_EQ(w.rows(), QStringList{QStringLiteral("BL52")});
    EXPECT_TRUE(nearest->isHidden());
}

// A suggestion's label is what the button searches for.
TEST(SearchMessage, suggestionQuery_isTheLabel)
{
    EXPECT_EQ(acu::PointListPanel::suggestionQuery(QStringLiteral("Zhìshì (BL52)")), QStringLiteral("Zhìshì"));
    EXPECT_EQ(acu::PointListPanel::suggestionQuery(QStringLiteral("BL52 Zhìshì")), QStringLiteral("BL52"));
    EXPECT_EQ(acu::PointListPanel::suggestionQuery(QStringLiteral("B 47 (BL52)")), QStringLiteral("B 47"));
}
