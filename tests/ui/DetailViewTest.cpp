// The detail pane: the point's code and name first, its pregnancy warning short under
// them, catalogue text shown as text, words instead of internal names, sources listed and
// linked.

#include "ui/details/DetailView.h"
#include "DetailText.h"
#include "core/catalogue/CatalogueLoader.h"
#include "core/catalogue/CatalogueReader.h"
#include "core/catalogue/EnumNames.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "support/TestPaths.h"
#include "ui/window/InfoDialogs.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>

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

// A point opens with its code and name; its pregnancy warning follows at once, before
// anything else the catalogue says about it.
TEST(DetailView, codeAndNameFirst_thenThePregnancyWarning)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    EXPECT_TRUE(text.startsWith(QStringLiteral("BL23  Shènshù 肾俞 (腎俞)\n"))) << text.toStdString();
    const auto warning = text.indexOf(QStringLiteral("\u26A0 Pregnancy: take care. Ask a midwife or doctor first."));
    ASSERT_GE(warning, 0) << text.toStdString();
    EXPECT_LT(warning, text.indexOf(QStringLiteral("Channel:")));
    EXPECT_LT(warning, text.indexOf(QStringLiteral("Level with L2")));
}

// A name of the acupressure tradition is shown as such, on a line of its own after the
// translations, with its source: it is not a translation of the characters.
TEST(DetailView, acupressureName_saysWhoseNameItIs)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][1]["names"]["english"] =
            nlohmann::json::array({{{"text", "Kidney Shu"}, {"kind", "translation"}, {"sources", {"std"}}},
                                   {{"text", "Sea of Vitality"}, {"kind", "acupressure"}, {"sources", {"art"}}}});
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    const auto translation = text.indexOf(QStringLiteral("Kidney Shu"));
    const auto acupressure = text.indexOf(QStringLiteral("\nAcupressure name: Sea of Vitality"));
    ASSERT_GE(translation, 0) << text.toStdString();
    ASSERT_GE(acupressure, 0) << text.toStdString();
    EXPECT_LT(translation, acupressure);
}

// Where the traditional characters are the same as the simplified ones, the pane shows
// them once, not twice.
TEST(DetailView, traditionalSameAsSimplified_showsTheCharactersOnce)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][1]["names"]["hanzi"] = "志室";
        doc["points"][1]["names"]["hanziTraditional"] = "志室";
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    EXPECT_TRUE(text.startsWith(QStringLiteral("BL23  Shènshù 志室\n"))) << text.toStdString();
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
    EXPECT_EQ(acu::test::shownText(view).indexOf(QStringLiteral("Pregnancy")), -1);
}

// Markup in catalogue text is shown literally, never interpreted.
TEST(DetailView, markupInCatalogueText_isShownAsText)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][0]["location"][0]["text"] = "<img src=x><a href=\"http://e.invalid\">link</a><script>1</script>";
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_GE(acu::test::shownText(view).indexOf(
                  QStringLiteral("<img src=x><a href=\"http://e.invalid\">link</a><script>1</script>")),
              0);
}

// Every cited source is listed with its title, numbered in order of first citation.
TEST(DetailView, citedSourcesAreListed)
{
    const auto catalogue = loadMinimal();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    const QString text = acu::test::shownText(view);
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
    const auto catalogue =
        loadMinimal([](nlohmann::json& doc) { doc["sources"][1]["url"] = "https://example.org/article?a=1&b=2"; });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_GE(acu::test::shownText(view).indexOf(QStringLiteral("https://example.org/article?a=1&b=2")), 0);
    EXPECT_FALSE(view.openExternalLinks());
    EXPECT_FALSE(view.openLinks());
}

// The About box lists every source, escaped; the disclaimer carries the catalogue's notices.
TEST(InfoDialogs, aboutListsSourcesAndDisclaimerHasNotices)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) { doc["sources"][0]["title"] = "A <b>standard</b>"; });
    const QString about = acu::aboutHtml(catalogue, QStringLiteral("1.0"));
    EXPECT_TRUE(about.contains(QStringLiteral("<li><i>\u2068A &lt;b&gt;standard&lt;/b&gt;\u2069</i></li>")));
    EXPECT_TRUE(about.contains(
        QStringLiteral("<li><i>\u2068An article\u2069</i>, \u2068example\u2069, \u20682020\u2069</li>")));
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
        auto matches = bracket.globalMatch(acu::test::shownText(view));
        while (matches.hasNext()) {
            const QStringList parts = matches.next().captured(1).split(QStringLiteral(", "));
            for (int i = 1; i < parts.size(); ++i)
                EXPECT_LT(parts[i - 1].toInt(), parts[i].toInt())
                    << point.code << ": [" << parts.join(QStringLiteral(", ")).toStdString() << "]";
            ++multiple;
        }
    }
    EXPECT_GT(multiple, 0) << "no citation of several sources in the shipped catalogue";
}

namespace {

/// minimal.json with the pregnancy notice and, on BL23, a pregnancy caution of the given text.
acu::Catalogue withPregnancyNotice(const std::string& caution = "Over the lumbar area.")
{
    return loadMinimal([&](nlohmann::json& doc) {
        doc["notices"].push_back({{"id", "pregnancy"},
                                  {"title", "Pregnancy"},
                                  {"text", "Traditional teaching forbids some points in pregnancy."},
                                  {"sources", {"std"}}});
        doc["points"][1]["cautions"][0]["text"] = caution;
    });
}

/// A shown pane of the given size.
struct ShownView {
    explicit ShownView(QSize size = {480, 600})
    {
        view.resize(size);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
    acu::DetailView view;
};

} // namespace

// The warning is the level and one reason: the general notice is not repeated in it.
TEST(DetailView, warningIsShort_generalNoticeBehindWhy)
{
    const auto catalogue = withPregnancyNotice();
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    EXPECT_GE(text.indexOf(QStringLiteral("\u26A0 Pregnancy: take care. Ask a midwife or doctor first.\n"
                                          "Over the lumbar area. [1] Why?\n")),
              0)
        << text.toStdString();
    EXPECT_EQ(text.indexOf(QStringLiteral("Traditional teaching forbids")), -1);
}

// Clicking "Why?" opens the general pregnancy notice in the warning; "Hide why" closes it.
TEST(DetailView, whyLink_showsTheGeneralNoticeInPlace)
{
    const auto catalogue = withPregnancyNotice();
    ShownView shown;
    shown.view.showPoint(catalogue, catalogue.findPoint("BL23"));
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("Why?")));
    const QString text = acu::test::shownText(shown.view);
    EXPECT_GE(text.indexOf(QStringLiteral("Hide why\nTraditional teaching forbids some points in pregnancy. [2]")), 0)
        << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("Traditional teaching")), text.indexOf(QStringLiteral("Channel:")));
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("Hide why")));
    EXPECT_EQ(acu::test::shownText(shown.view).indexOf(QStringLiteral("Traditional teaching")), -1);
}

// A caution of several sentences shows its first one and "More"; "More" shows the rest.
TEST(DetailView, longCaution_showsFirstSentenceThenMore)
{
    const auto catalogue =
        withPregnancyNotice("Over the lumbar area. Ask a midwife first. Some sources say more about it.");
    ShownView shown;
    shown.view.showPoint(catalogue, catalogue.findPoint("BL23"));
    QString text = acu::test::shownText(shown.view);
    EXPECT_GE(text.indexOf(QStringLiteral("\nOver the lumbar area. [1] More Why?\n")), 0) << text.toStdString();
    EXPECT_EQ(text.indexOf(QStringLiteral("Ask a midwife first.")), -1);
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("More")));
    text = acu::test::shownText(shown.view);
    EXPECT_GE(text.indexOf(QStringLiteral("Over the lumbar area. Ask a midwife first. Some sources say more about it. "
                                          "[1] Less Why?")),
              0)
        << text.toStdString();
}

// A first sentence longer than the warning's line is cut at a word and marked.
TEST(DetailView, leadText_cutsALongFirstSentenceAtAWord)
{
    const QString sentence = QStringLiteral("word ").repeated(60).trimmed() + QLatin1Char('.');
    const acu::LeadText lead = acu::leadText(sentence, 22);
    EXPECT_EQ(lead.lead, QStringLiteral("word word word word\u2026"));
    EXPECT_TRUE(lead.shortened);
    EXPECT_EQ(acu::leadText(QStringLiteral("One. Two.")).lead, QStringLiteral("One."));
    EXPECT_FALSE(acu::leadText(QStringLiteral("Only one sentence.")).shortened);
}

// A source number is a link: clicking it scrolls the pane to that source in the list.
TEST(DetailView, citationNumber_scrollsToItsSource)
{
    const auto catalogue = acu::test::shipped();
    ShownView shown({480, 300});
    shown.view.showPoint(*catalogue, catalogue->findPoint("BL40"));
    ASSERT_EQ(shown.view.verticalScrollBar()->value(), 0);
    const QTextCursor title = shown.view.document()->find(QStringLiteral("Middle of the Crook"));
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("1"), title.selectionEnd()));
    const QTextCursor source = shown.view.document()->find(QStringLiteral("1. "), title.selectionEnd());
    ASSERT_FALSE(source.isNull());
    const QRectF rect = shown.view.document()->documentLayout()->blockBoundingRect(source.block());
    EXPECT_GT(shown.view.verticalScrollBar()->value(), 0);
    EXPECT_NEAR(rect.top() - shown.view.verticalScrollBar()->value(), 0, rect.height() + 1);
}

// Every citation in the shipped catalogue's panes links to an anchor that exists.
TEST(DetailView, everyCitationLinksToASourceEntry)
{
    const auto catalogue = acu::test::shipped();
    acu::DetailView view;
    for (const auto& point : catalogue->points()) {
        const QString html = acu::pointDetailsHtml(*catalogue, point);
        const QRegularExpression href(QStringLiteral("href=\"#(source-\\d+)\""));
        auto links = href.globalMatch(html);
        int count = 0;
        while (links.hasNext()) {
            const QString anchor = links.next().captured(1);
            EXPECT_TRUE(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(anchor))) << point.code;
            ++count;
        }
        EXPECT_GT(count, 0) << point.code;
    }
}

// No enum spelling or source id reaches the reader: "appliedBy:" is "Who presses it:",
// "six-self-points" is the article's title and number.
TEST(DetailView, noInternalNamesInTheText)
{
    const auto catalogue = acu::test::shipped();
    acu::DetailView view;
    for (const auto& point : catalogue->points()) {
        view.showPoint(*catalogue, &point);
        const QString text = acu::test::shownText(view);
        for (const auto& source : catalogue->sources())
            EXPECT_FALSE(text.contains(QString::fromStdString(source.id))) << point.code << ": " << source.id;
        for (const auto& [topic, name] : acu::EnumTable<acu::DisagreementTopic>::entries) {
            const QRegularExpression label(
                QStringLiteral("^%1:").arg(QString::fromUtf8(name.data(), qsizetype(name.size()))),
                QRegularExpression::MultilineOption);
            EXPECT_FALSE(text.contains(label)) << point.code << ": " << name;
        }
    }
    view.showPoint(*catalogue, catalogue->findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    EXPECT_TRUE(
        text.contains(QStringLiteral("Who presses it: The 2023 guide says a therapist or assistant should press "
                                     "it; 6 Self-acupressure points to relieve back pain [")))
        << text.toStdString();
}

// "How long" leads with what most sources say, then each source's figure.
TEST(DetailView, howLong_leadsWithWhatMostSourcesSay)
{
    const auto catalogue = acu::test::shipped();
    acu::DetailView view;
    view.showPoint(*catalogue, catalogue->findPoint("BL40"));
    const QString text = acu::test::shownText(view);
    const auto summary = text.indexOf(QStringLiteral("Most sources (2 of 3): hold 2 min.\n"));
    ASSERT_GE(summary, 0) << text.toStdString();
    EXPECT_LT(summary, text.indexOf(QStringLiteral("Hold 30 s (about 30 seconds each time)")));
    EXPECT_GE(text.indexOf(QStringLiteral("Hold 10 to 15 min (")), 0);
    view.showPoint(*catalogue, catalogue->findPoint("BL23"));
    EXPECT_GE(acu::test::shownText(view).indexOf(QStringLiteral("All 3 sources: hold 1 min.\n")), 0);
    view.showPoint(*catalogue, catalogue->findPoint("CV6"));
    EXPECT_GE(acu::test::shownText(view).indexOf(QStringLiteral("Both sources: hold 1 min.\n")), 0);
}

// A bilateral point says how its sources press the two sides, with their numbers.
TEST(DetailView, howLong_saysWhatBothSidesMeans)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        doc["points"][1]["technique"] = {
            {{"text", "Press with the thumbs, both sides together."}, {"sources", {"art"}}},
            {{"text", "Do one side, then the other."}, {"sources", {"std"}}}};
        doc["points"][1]["duration"] = {{{"min", 60}, {"max", 60}, {"sources", {"art"}}}};
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("BL23"));
    const QString text = acu::test::shownText(view);
    EXPECT_GE(
        text.indexOf(QStringLiteral("Both sides: both at once [1]; one side, then the other [2].\nHold 1 min [1]")), 0)
        << text.toStdString();
}

// Many aliases: the first few are listed, then how many more, and a link shows them all.
TEST(DetailView, manyAliases_listedUpToACapThenAllOnRequest)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        auto& aliases = doc["points"][0]["aliases"];
        for (int i = 1; i < 30; ++i)
            aliases.push_back({{"label", "Label " + std::to_string(i)}, {"scheme", "name"}});
    });
    ShownView shown;
    shown.view.showPoint(catalogue, catalogue.findPoint("GV4"));
    QString text = acu::test::shownText(shown.view);
    EXPECT_TRUE(text.contains(QStringLiteral("Label 11 \u2013 name\n")));
    EXPECT_FALSE(text.contains(QStringLiteral("Label 12 ")));
    EXPECT_TRUE(text.contains(QStringLiteral("and 18 more. Show all 30 labels"))) << text.toStdString();
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("Show all 30 labels")));
    text = acu::test::shownText(shown.view);
    EXPECT_TRUE(text.contains(QStringLiteral("Label 29 \u2013 name"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("more. Show all")));
}

// Each catalogue field is bidi-isolated, so a right-to-left override in one stays inside it.
// The loader refuses such characters; the pane is safe even with a catalogue read past that.
TEST(DetailView, catalogueFieldsAreBidiIsolated)
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"));
    auto doc = nlohmann::json::parse(in);
    doc["points"][0]["aliases"][0]["label"] = "Du\u202E4";
    doc["points"][0]["location"][0]["text"] = "Below L2\u202E.";
    acu::ReadResult read = acu::readCatalogueJson(doc.dump());
    ASSERT_EQ(read.errors.size(), 2u); // the two overrides, refused by the loader
    const acu::Catalogue catalogue(std::move(read.data));
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    const QString text = view.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("\u2068Du\u202E4\u2069 \u2013"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\u2068Below L2\u202E.\u2069 [")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("\u2068GV4\u2069  \u2068Mìngmén\u2069 \u2068命门\u2069")));
}

// In a small window (900x600, and with fonts twice the size, as at a device pixel ratio of
// 2) the point's code and name are in view without scrolling, even on a point with long cautions.
TEST(DetailView, codeAndNameInViewAt900x600)
{
    const auto catalogue = acu::test::shipped();
    for (const int scale : {1, 2}) {
        ShownView shown({440, 420}); // the pane's size in a 900x600 window
        QFont font = shown.view.font();
        font.setPointSizeF(font.pointSizeF() * scale);
        shown.view.setFont(font);
        shown.view.setPregnancyMode(true);
        for (const char* code : {"BL27", "LI4", "BL52"}) {
            shown.view.showPoint(*catalogue, catalogue->findPoint(code));
            const QRectF heading = acu::test::firstBlockInViewport(shown.view);
            EXPECT_TRUE(shown.view.document()->firstBlock().text().contains(QString::fromLatin1(code)));
            EXPECT_GE(heading.top(), 0) << code;
            EXPECT_LE(heading.bottom(), shown.view.viewport()->height()) << code << " at scale " << scale;
        }
    }
}

// Opening "Why?" keeps the reader where they were; showing another point closes it and
// starts at the top.
TEST(DetailView, openedTextsCloseOnTheNextPoint)
{
    const auto catalogue = withPregnancyNotice();
    ShownView shown;
    shown.view.showPoint(catalogue, catalogue.findPoint("BL23"));
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("Why?")));
    EXPECT_TRUE(shown.view.options().showWhy);
    shown.view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_FALSE(shown.view.options().showWhy);
    EXPECT_EQ(shown.view.verticalScrollBar()->value(), 0);
}

// A click on a source's address is passed on, not opened; internal links are not.
TEST(DetailView, onlySourceAddressesAreSignalled)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) { doc["sources"][1]["url"] = "https://example.org/a"; });
    ShownView shown;
    QSignalSpy spy(&shown.view, &acu::DetailView::sourceAddressActivated);
    shown.view.showPoint(catalogue, catalogue.findPoint("GV4"));
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("1")));
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(acu::test::clickLink(shown.view, QStringLiteral("https://example.org/a")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.org/a")));
}

// A point no source says how to press says so plainly; a point with instructions does not.
TEST(DetailView, pointWithoutInstructions_saysTheSourcesGiveNone)
{
    const auto catalogue = acu::test::shipped();
    const QString plainly = QStringLiteral("The sources here give no pressing instructions for this point: no "
                                           "technique, no duration and no number of repetitions.");
    acu::DetailView view;
    view.showPoint(*catalogue, catalogue->findPoint("ST36"));
    EXPECT_TRUE(acu::test::shownText(view).contains(QStringLiteral("How to press\n") + plainly))
        << acu::test::shownText(view).toStdString();
    view.showPoint(*catalogue, catalogue->findPoint("LI4"));
    EXPECT_FALSE(acu::test::shownText(view).contains(plainly));
}

// Who presses it alone is no instruction: a point with only appliedBy still says none are given.
TEST(DetailView, appliedByAlone_isNoInstruction)
{
    const auto catalogue = loadMinimal([](nlohmann::json& doc) {
        auto& gv4 = doc["points"][0];
        gv4.erase("duration");
        gv4["appliedBy"] = {{{"who", "self"}, {"sources", {"art"}}}};
    });
    acu::DetailView view;
    view.showPoint(catalogue, catalogue.findPoint("GV4"));
    EXPECT_TRUE(acu::test::shownText(view).contains(QStringLiteral("give no pressing instructions")));
}
