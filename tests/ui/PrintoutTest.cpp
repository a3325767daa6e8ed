// Point cards and selection sheets as PDF: the text in reading order, pages that never cut
// a row, the document's metadata, the drawing as vectors, and refusals with a reason. The
// PDFs are read back with poppler's pdftotext, pdfinfo and pdfimages.

#include "ui/print/Printout.h"
#include "models/routine/BuiltInRoutines.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/print/PageComposer.h"
#include "ui/print/PdfExport.h"
#include "ui/print/PointClipboard.h"

#include <QMimeData>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

#include <gtest/gtest.h>

namespace {

/// Runs a poppler tool and returns what it printed.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
}

int pageCount(const QString& path)
{
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// text with runs of white space as single spaces, so that wrapped lines compare as one.
QString flat(const QString& text)
{
    return text.simplified();
}

class Printouts : public ::testing::Test {
protected:
    QString pdf(const QString& name) const { return m_dir.filePath(name); }
    const acu::Catalogue& shipped() const { return *acu::test::shipped(); }

private:
    QTemporaryDir m_dir;
};

} // namespace

// Blocks never straddle a page: one that does not fit starts the next page at the top.
TEST(PlaceBlocks, aBlockThatDoesNotFitStartsTheNextPage)
{
    const auto placed = acu::placeBlocks({40, 40, 40, 30, 100}, 200, 100, 5);
    ASSERT_EQ(placed.size(), 5u);
    EXPECT_EQ(placed[0], (acu::BlockPlacement{0, QRectF(0, 0, 200, 40)}));
    EXPECT_EQ(placed[1], (acu::BlockPlacement{0, QRectF(0, 45, 200, 40)}));
    EXPECT_EQ(placed[2], (acu::BlockPlacement{1, QRectF(0, 0, 200, 40)}));
    EXPECT_EQ(placed[3], (acu::BlockPlacement{1, QRectF(0, 45, 200, 30)}));
    EXPECT_EQ(placed[4], (acu::BlockPlacement{2, QRectF(0, 0, 200, 100)}));
}

// A block taller than a page gets a page of its own instead of looping or vanishing.
TEST(PlaceBlocks, aBlockTallerThanAPageGetsAPageOfItsOwn)
{
    const auto placed = acu::placeBlocks({10, 250, 10}, 200, 100, 0);
    EXPECT_EQ(placed[0].page, 0);
    EXPECT_EQ(placed[1], (acu::BlockPlacement{1, QRectF(0, 0, 200, 250)}));
    EXPECT_EQ(placed[2].page, 2);
}

// A point whose traditional characters are the same as its simplified ones shows them once on
// its card; one whose forms differ shows the traditional ones in brackets.
TEST_F(Printouts, pointCardShowsTraditionalCharactersOnlyWhereTheyDiffer)
{
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *shipped().findPoint("BL52")), pdf(QStringLiteral("bl52.pdf"))),
              QString());
    const QString same = flat(pdfText(pdf(QStringLiteral("bl52.pdf"))));
    EXPECT_GE(same.indexOf(QStringLiteral("Zhìshì 志室")), 0) << same.toStdString();
    EXPECT_EQ(same.indexOf(QStringLiteral("(志室)")), -1) << same.toStdString();
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *shipped().findPoint("BL23")), pdf(QStringLiteral("bl23.pdf"))),
              QString());
    const QString differ = flat(pdfText(pdf(QStringLiteral("bl23.pdf"))));
    EXPECT_GE(differ.indexOf(QStringLiteral("肾俞 (腎俞)")), 0) << differ.toStdString();
}

// The point card reads in order: code and names, the pregnancy caution, where the point is,
// how to find and press it, the sources, the medical notice; on one page.
TEST_F(Printouts, pointCardTextIsInReadingOrderOnOnePage)
{
    const acu::Point* point = shipped().findPoint("BL23");
    ASSERT_NE(point, nullptr);
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *point), pdf(QStringLiteral("bl23.pdf"))), QString());
    const QString text = flat(pdfText(pdf(QStringLiteral("bl23.pdf"))));
    const QStringList inOrder{QStringLiteral("BL23"),
                              QStringLiteral("Shènshū"),
                              QStringLiteral("Pregnancy: take care"),
                              QStringLiteral("Where it is"),
                              flat(QString::fromStdString(point->location.front().text)).left(40),
                              QStringLiteral("How to find it"),
                              QStringLiteral("How to press it"),
                              QStringLiteral("Sources"),
                              QStringLiteral("WHO Standard Acupuncture Point Locations"),
                              QStringLiteral("A reference, not medical advice")};
    qsizetype at = 0;
    for (const QString& expected : inOrder) {
        const qsizetype found = text.indexOf(expected, at);
        ASSERT_GE(found, 0) << "\"" << expected.toStdString()
                            << "\" missing or out of order in: " << text.toStdString();
        at = found + expected.size();
    }
    EXPECT_EQ(pageCount(pdf(QStringLiteral("bl23.pdf"))), 1);
}

// The point with the most text still fits its card on one page.
TEST_F(Printouts, everyPointCardIsOnePage)
{
    for (const auto& point : shipped().points()) {
        const QString path = pdf(QString::fromStdString(point.code) + QStringLiteral(".pdf"));
        ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), point), path), QString()) << point.code;
        EXPECT_EQ(pageCount(path), 1) << point.code;
    }
}

// The body drawing goes into the PDF as vectors: no raster image in it.
TEST_F(Printouts, pointCardDrawingIsVectors)
{
    const QString path = pdf(QStringLiteral("li4.pdf"));
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *shipped().findPoint("LI4")), path), QString());
    const QStringList lines =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString(); // the two header lines only
    // The picture's caption names the close-up and the whole view with both sides.
    const QString text = flat(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("Back of the right hand"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(": both sides"))) << text.toStdString();
}

// Title, author and creator are set.
TEST_F(Printouts, pdfNamesTitleAuthorAndCreator)
{
    const QString path = pdf(QStringLiteral("meta.pdf"));
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *shipped().findPoint("BL52")), path), QString());
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Title:\\s+BL52 Zhìshì: point card"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Acupoint Atlas")))) << info.toStdString();
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    EXPECT_TRUE(meta.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Acupoint Atlas</rdf:li>")))
        << meta.toStdString();
}

// A sheet of many points runs over several pages, and every row is whole on one page: the
// start and the end of its text are on the same page.
TEST_F(Printouts, selectionSheetBreaksPagesBetweenRows)
{
    acu::CatalogueData data;
    data.sources.push_back({"s", acu::SourceKind::Article, "A source", {}, {}, {}, {}, {}});
    const int rows = 120;
    for (int n = 1; n <= rows; ++n) {
        acu::Point point;
        point.code = "BL" + std::to_string(n % 67 + 1);
        point.names.pinyin = "Row";
        point.names.hanzi = "行";
        std::string text = "Row " + std::to_string(n) + " starts.";
        for (int word = 0; word < 8 + n % 9; ++word)
            text += " filler text to wrap the row over more than one line";
        point.location.push_back({text + " Row " + std::to_string(n) + " ends.", {"s"}});
        data.points.push_back(std::move(point));
    }
    const acu::Catalogue catalogue(std::move(data));
    std::vector<const acu::Point*> points;
    for (const auto& point : catalogue.points())
        points.push_back(&point);
    const QString path = pdf(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(acu::exportPdf(acu::selectionSheet(catalogue, points, QStringLiteral("All regions")), path), QString());
    const int pages = pageCount(path);
    ASSERT_GE(pages, 3);
    std::vector<int> pageOfRow(rows + 1, 0);
    for (int page = 1; page <= pages; ++page) {
        const QString text = flat(pdfText(path, page));
        for (int n = 1; n <= rows; ++n) {
            const bool starts = text.contains(QStringLiteral("Row %1 starts.").arg(n));
            const bool ends = text.contains(QStringLiteral("Row %1 ends.").arg(n));
            EXPECT_EQ(starts, ends) << "row " << n << " is cut at page " << page;
            if (starts) {
                EXPECT_EQ(pageOfRow[n], 0) << "row " << n << " printed twice";
                pageOfRow[n] = page;
            }
        }
    }
    for (int n = 1; n <= rows; ++n)
        EXPECT_GT(pageOfRow[n], 0) << "row " << n << " missing";
    EXPECT_TRUE(std::is_sorted(pageOfRow.begin() + 1, pageOfRow.end())) << "rows out of order";
}

// A sheet names what it shows and how many points.
TEST_F(Printouts, selectionSheetSaysWhatItShows)
{
    const QString path = pdf(QStringLiteral("region.pdf"));
    std::vector<const acu::Point*> points{shipped().findPoint("BL23"), shipped().findPoint("BL52")};
    ASSERT_EQ(acu::exportPdf(acu::selectionSheet(shipped(), points, QStringLiteral("Region: Lower back")), path),
              QString());
    const QString text = flat(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("Region: Lower back · 2 points"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("BL23")), text.indexOf(QStringLiteral("BL52")));
    EXPECT_TRUE(text.contains(QStringLiteral("Take care in pregnancy"))) << text.toStdString();
}

// Where the PDF cannot go, the reason is given and nothing is left behind.
TEST_F(Printouts, exportRefusesAMissingFolderAndAFolder)
{
    const auto card = acu::pointCard(shipped(), *shipped().findPoint("GV4"));
    EXPECT_EQ(acu::exportPdf(card, pdf(QStringLiteral("no/such/folder/x.pdf"))),
              QStringLiteral("the folder %1 does not exist").arg(pdf(QStringLiteral("no/such/folder"))));
    EXPECT_EQ(acu::exportPdf(card, pdf(QString())), QStringLiteral("%1 is not a regular file").arg(pdf(QString())));
}

// An existing PDF is replaced whole.
TEST_F(Printouts, exportReplacesAnExistingFile)
{
    const QString path = pdf(QStringLiteral("again.pdf"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("not a pdf");
    old.close();
    ASSERT_EQ(acu::exportPdf(acu::pointCard(shipped(), *shipped().findPoint("GV4")), path), QString());
    EXPECT_EQ(pageCount(path), 1);
}

// Copy puts plain text with the sources written out, and the same as HTML.
TEST(PointClipboard, holdsPlainTextAndHtmlWithSources)
{
    const auto& catalogue = *acu::test::shipped();
    const auto data = acu::pointMimeData(catalogue, *catalogue.findPoint("BL52"));
    ASSERT_TRUE(data->hasText());
    ASSERT_TRUE(data->hasHtml());
    const QString text = data->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("BL52 Zhìshì"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sources\n[1] "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("WHO Standard Acupuncture Point Locations"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("Pregnancy")), text.indexOf(QStringLiteral("Where it is")));
    EXPECT_TRUE(data->html().contains(QStringLiteral("<h1>BL52"))) << data->html().toStdString();
}

// A name of the acupressure tradition is copied on a line of its own that says whose it is.
TEST(PointClipboard, acupressureNameSaysWhoseItIs)
{
    acu::Point point;
    point.code = "BL23";
    point.names.pinyin = "Shenshu";
    point.names.english = {{"Kidney Shu", acu::EnglishNameKind::Translation, {}},
                           {"Sea of Vitality", acu::EnglishNameKind::Acupressure, {}}};
    const acu::Catalogue catalogue;
    const auto data = acu::pointMimeData(catalogue, point);
    EXPECT_TRUE(data->text().contains(QStringLiteral("\nKidney Shu\nAcupressure name: Sea of Vitality\n")))
        << data->text().toStdString();
    EXPECT_TRUE(data->html().contains(QStringLiteral("<p class=\"english\">Acupressure name: Sea of Vitality</p>")))
        << data->html().toStdString();
}

// Catalogue text is escaped in the clipboard's HTML.
TEST(PointClipboard, escapesCatalogueText)
{
    acu::Point point;
    point.code = QStringLiteral("GV4").toStdString();
    point.names.pinyin = "<b>bold</b>";
    point.location.push_back({"<img src=\"file:///etc/passwd\">", {}});
    const acu::Catalogue catalogue;
    const auto data = acu::pointMimeData(catalogue, point);
    EXPECT_FALSE(data->html().contains(QStringLiteral("<img"))) << data->html().toStdString();
    EXPECT_FALSE(data->html().contains(QStringLiteral("<b>bold"))) << data->html().toStdString();
    EXPECT_TRUE(data->text().contains(QStringLiteral("<b>bold</b>")));
}

// A routine sheet lists its pregnancy cautions first, then every step in order with its
// point, side and numbers, then the sources and the medical notice.
TEST_F(Printouts, routineSheetListsPregnancyFirstThenEveryStep)
{
    const auto routines = acu::loadBuiltInRoutines(&shipped()).routines;
    const auto guide = std::find_if(routines.begin(), routines.end(),
                                    [](const acu::Routine& r) { return r.id == "back-pain-guide-2023"; });
    ASSERT_NE(guide, routines.end());
    const QString path = pdf(QStringLiteral("routine.pdf"));
    ASSERT_EQ(acu::exportPdf(acu::routineSheet(shipped(), *guide), path), QString());
    const QString text = flat(pdfText(path));
    qsizetype at = text.indexOf(QStringLiteral("Pregnancy: read before you start"));
    ASSERT_GE(at, 0) << text.toStdString();
    for (std::size_t i = 0; i < guide->steps.size(); ++i) {
        const QString step =
            QStringLiteral("Step %1 \u00B7 %2").arg(i + 1).arg(QString::fromStdString(guide->steps[i].code));
        const qsizetype found = text.indexOf(step, at);
        ASSERT_GT(found, at) << step.toStdString() << " missing or out of order";
        at = found;
    }
    EXPECT_GT(text.indexOf(QStringLiteral("Sources"), at), at);
    EXPECT_GT(text.indexOf(QStringLiteral("A reference, not medical advice"), at), at);
    EXPECT_TRUE(text.contains(QStringLiteral("Needs a helper"))) << text.toStdString();
    EXPECT_GT(pageCount(path), 1);
}
