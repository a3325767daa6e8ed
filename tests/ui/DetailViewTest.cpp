// The detail pane: pregnancy warning first, catalogue text shown as text, sources listed.

#include "core/catalogue/CatalogueLoader.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "support/TestPaths.h"
#include "ui/details/DetailView.h"
#include "ui/window/InfoDialogs.h"

#include <QRegularExpression>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace {

acu::Catalogue loadMinimal(const std::function<void(nlohmann::json&)>& change = {})
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"));
    auto doc = nlohmann::json::parse(in);
    if (change)
        change(doc);
    auto result = acu::loadCatalogue(doc.dump());
    EXPECT_TRUE(result.ok());
    return result.ok() ? result.takeCatalogue() : acu::Catalogue();
}

} // namespace

// A point with a pregnancy caution opens with the warning, before its name.
TEST(DetailView, pregnancyWarningComesFirst)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = view.toPlainText();
    const auto warning = text.indexOf(QStringLiteral("Pregnancy: take care"));
    ASSERT_GE(warning, 0) << text.toStdString();
    EXPECT_LT(warning, text.indexOf(QStringLiteral("BL23")));
    EXPECT_LT(warning, text.indexOf(QStringLiteral("Over the lumbar area.")));
}

// With no point chosen the pane shows a hint, and showing no point again brings it back.
TEST(DetailView, noPoint_showsHint)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    EXPECT_TRUE(view.document()->isEmpty());
    EXPECT_TRUE(view.placeholderText().startsWith(QStringLiteral("Choose a point in the list or on the body map")));
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    EXPECT_FALSE(view.document()->isEmpty());
    view.showPoint(catalogue, nullptr);
    EXPECT_TRUE(view.document()->isEmpty());
}

// A point without a pregnancy caution shows no warning.
TEST(DetailView, noCaution_noWarning)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_EQ(view.toPlainText().indexOf(QStringLiteral("Pregnancy")), -1);
}

// Markup in catalogue text is shown literally, never interpreted.
TEST(DetailView, markupInCatalogueText_isShownAsText)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][0]["location"][0]["text"] = "<img src=x><a href=\"http://e.invalid\">link</a><script>1</script>";
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_GE(view.toPlainText().indexOf(
                  QStringLiteral("<img src=x><a href=\"http://e.invalid\">link</a><script>1</script>")),
              0);
}

// Every cited source is listed with its title, numbered in order of first citation.
TEST(DetailView, citedSourcesAreListed)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    const QString text = view.toPlainText();
    EXPECT_GE(text.indexOf(QStringLiteral("Sources")), 0);
    EXPECT_GE(text.indexOf(QStringLiteral("A standard")), 0);
    EXPECT_GE(text.indexOf(QStringLiteral("An article, example, 2020")), 0);
    EXPECT_GE(text.indexOf(QStringLiteral("Hold 1 min [1]")), 0) << text.toStdString();
}

// A duration or repetition count without an upper bound reads "at least".
TEST(DetailView, openRanges_sayAtLeast)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][0]["duration"][0] = {{"min", 120}, {"sources", {"art"}}};
        doc["points"][0]["repetitions"] = {{{"min", 3}, {"sources", {"art"}}}};
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    const QString text = view.toPlainText();
    EXPECT_GE(text.indexOf(QStringLiteral("Hold at least 2 min [1]")), 0) << text.toStdString();
    EXPECT_GE(text.indexOf(QStringLiteral("Repeat at least 3 times [1]")), 0) << text.toStdString();
}

// A source's address is shown in full and clicking it asks the window, never opens it here.
TEST(DetailView, sourceAddress_isShownAndOnlySignalled)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["sources"][1]["url"] = "https://example.org/article?a=1&b=2";
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_GE(view.toPlainText().indexOf(QStringLiteral("https://example.org/article?a=1&b=2")), 0);
    EXPECT_FALSE(view.openExternalLinks());
    EXPECT_FALSE(view.openLinks());
}

// The About box lists every source, escaped; the disclaimer carries the catalogue's notices.
TEST(InfoDialogs, aboutListsSourcesAndDisclaimerHasNotices)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) { doc["sources"][0]["title"] = "A <b>standard</b>"; });
    const QString about = acu::aboutHtml(catalogue, QStringLiteral("1.0"));
    EXPECT_TRUE(about.contains(QStringLiteral("<li><i>A &lt;b&gt;standard&lt;/b&gt;</i></li>")));
    EXPECT_TRUE(about.contains(QStringLiteral("<li><i>An article</i>, example, 2020</li>")));
    EXPECT_TRUE(acu::disclaimerHtml(catalogue).contains(QStringLiteral("See a doctor for severe pain.")));
}

// A citation of several sources lists their numbers in ascending order, whatever order the
// catalogue gives them in.
TEST(DetailView, citationNumbersAscend)
{
    const auto catalogue = acu::test::shipped();
    const QRegularExpression bracket(QStringLiteral("\\[(\\d+(?:, \\d+)+)\\]"));
    int multiple = 0;
    for (const auto& point : catalogue->points()) {
        acu::DetailView view;
        view.showPoint(*catalogue, &point);
        auto matches = bracket.globalMatch(view.toPlainText());
        while (matches.hasNext()) {
            const QStringList parts = matches.next().captured(1).split(QStringLiteral(", "));
            for (int i = 1; i < parts.size(); ++i)
                EXPECT_LT(parts[i - 1].toInt(), parts[i].toInt()) << point.code << ": [" << parts.join(QStringLiteral(", ")).toStdString() << "]";
            ++multiple;
        }
    }
    EXPECT_GT(multiple, 0) << "no citation of several sources in the shipped catalogue";
}
