// Catalogue text and paths with markup and bidi controls, everywhere the window shows them
// outside the detail pane: each place shows the text as it is (escaped or as plain text),
// draws no image, table or colour from it, asks for no file it names, and keeps each field
// in its own bidi isolate. The catalogue, tests/fixtures/hostile/markup-text.json, is read
// but not validated: the validator may refuse some of its characters, and the window must
// be safe with whatever it is given.

#include "core/catalogue/CatalogueReader.h"
#include "support/QtPrinters.h"
#include "support/TestPaths.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/window/CatalogueErrorDialog.h"
#include "ui/window/InfoDialogs.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolTip>

#include <gtest/gtest.h>

#include <memory>

namespace {

// The fixture's hostile fields, as the catalogue holds them.
const QString kPinyin = QStringLiteral("<img src=\"file:///tmp/acu-hostile/pinyin.png\">Mìng<b>mén</b>\u202E");
const QString kEnglish =
    QStringLiteral("<font color=red>Life</font> <b>Gate</b><img src=\"file:///tmp/acu-hostile/english.png\">\u202E");
const QString kHanzi = QStringLiteral("<table><tr><td>命</td></tr></table><font color=red>门</font>\u202E");
const QString kRegion =
    QStringLiteral("<img src=\"file:///tmp/acu-hostile/region.png\"><font color=red>Lower</font> <b>back</b>\u202E");
const QString kView = QStringLiteral("<b>Back</b><img src=\"file:///tmp/acu-hostile/view.png\">\u202E");
const QString kSourceTitle = QStringLiteral("<img src=\"file:///tmp/acu-hostile/source.png\">A <b>standard</b>");
const QString kNoticeTitle =
    QStringLiteral("<img src=\"file:///tmp/acu-hostile/notice.png\">Not <b>medical</b> advice");
/// A catalogue path with markup in it.
const QString kPath = QStringLiteral("/tmp/<img src=\"file:///tmp/acu-hostile/path.png\"><b>atlas</b>\u202E.json");

QString iso(const QString& field)
{
    return QChar(0x2068) + field + QChar(0x2069);
}

/// GV4's label: code, pinyin, English name, each name isolated.
QString gv4Label()
{
    return QStringLiteral("GV4 ") + iso(kPinyin) + QStringLiteral(" \u2013 ") + iso(kEnglish);
}

std::shared_ptr<const acu::Catalogue> hostileCatalogue()
{
    QFile file(QString::fromStdString(acu::test::fixture("hostile/markup-text.json").string()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    acu::ReadResult read = acu::readCatalogueJson(std::string_view(json.constData(), std::size_t(json.size())));
    // The loader refuses its markup and bidi controls in names, by their characters, and
    // nothing else; the widgets must still show such text safely, so the data is used as
    // read, past that refusal.
    EXPECT_FALSE(read.errors.empty());
    for (const auto& error : read.errors)
        EXPECT_EQ(error.what.rfind("U+", 0), 0u) << error.toString();
    return std::make_shared<const acu::Catalogue>(std::move(read.data));
}

/// A text document that records the resources (images) it is asked to load instead of
/// loading them: rendering text that names a file must not ask for it.
class RecordingDocument final : public QTextDocument {
public:
    QStringList requested;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        requested.append(QString::number(type) + QLatin1Char(' ') + name.toString());
        return {};
    }
};

/// What a label or tool tip draws for text in a format: Qt reads Qt::AutoText as rich text
/// when Qt::mightBeRichText says so (a tool tip always uses Qt::AutoText).
struct Rendered {
    QString text;          ///< the characters shown
    QStringList requested; ///< resources the layout asked for
    int images = 0;
    int tables = 0;
    int formatted = 0; ///< runs in bold or in a colour of their own
};

Rendered render(const QString& text, Qt::TextFormat format)
{
    RecordingDocument document;
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich)
        document.setHtml(text);
    else
        document.setPlainText(text);
    QImage canvas(400, 200, QImage::Format_ARGB32);
    QPainter painter(&canvas);
    document.drawContents(&painter); // lays out and draws, as a label does
    painter.end();

    Rendered out;
    out.text = document.toPlainText();
    out.requested = document.requested;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat chars = it.fragment().charFormat();
            if (chars.isImageFormat())
                ++out.images;
            if (chars.fontWeight() > QFont::Normal || chars.hasProperty(QTextFormat::ForegroundBrush))
                ++out.formatted;
        }
    }
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (qobject_cast<QTextTable*>(frame))
            ++out.tables;
    }
    return out;
}

/// Expects the text, drawn in the format, to show exactly `shown` with nothing interpreted.
void expectShownAsIs(const QString& text, Qt::TextFormat format, const QString& shown)
{
    const Rendered r = render(text, format);
    EXPECT_EQ(r.text, shown);
    EXPECT_EQ(r.requested, QStringList());
    EXPECT_EQ(r.images, 0);
    EXPECT_EQ(r.tables, 0);
    EXPECT_EQ(r.formatted, 0);
}

/// The text of the tool tip a hover at `at` in `widget` brings up.
QString toolTipAt(QWidget* widget, QPoint at)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

struct HostileWindow {
    HostileWindow()
        : catalogue(hostileCatalogue())
        , window(catalogue, kPath)
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    std::shared_ptr<const acu::Catalogue> catalogue;
    acu::MainWindow window;
};

} // namespace

// The check itself: text with markup, drawn as a tool tip would draw it, shows images and
// tables and asks for the file an image names.
TEST(HostileText, check_seesMarkupInterpreted)
{
    Rendered r = render(kPinyin, Qt::AutoText);
    EXPECT_EQ(r.images, 1);
    r.requested.removeDuplicates();
    EXPECT_EQ(r.requested, QStringList{QStringLiteral("2 file:///tmp/acu-hostile/pinyin.png")}); // 2: an image
    EXPECT_EQ(render(kHanzi, Qt::AutoText).tables, 1);
}

// A list row's tool tip shows the pinyin, English name and characters as typed, each isolated.
TEST(HostileText, listRowToolTip_showsNamesAsText)
{
    HostileWindow w;
    auto* list = w.window.findChild<QListView*>(QStringLiteral("pointList"));
    ASSERT_NE(list, nullptr);
    const QModelIndex row = list->model()->index(0, 0);
    ASSERT_EQ(row.data(Qt::UserRole + 1).toString(), QStringLiteral("GV4"));
    const QString tip = toolTipAt(list->viewport(), list->visualRect(row).center());
    ASSERT_FALSE(tip.isEmpty());
    expectShownAsIs(tip, Qt::AutoText, gv4Label() + QLatin1Char(' ') + iso(kHanzi));
}

// A marker's tool tip on the map shows the point's label as typed.
TEST(HostileText, markerToolTip_showsLabelAsText)
{
    HostileWindow w;
    auto* map = w.window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
    ASSERT_NE(map, nullptr);
    acu::MarkerItem* marker = nullptr;
    for (auto* item : map->currentMarkers()) {
        if (item->marker().code == QStringLiteral("GV4"))
            marker = item;
    }
    ASSERT_NE(marker, nullptr);
    const QString tip = toolTipAt(map->viewport(), map->mapFromScene(marker->scenePos()));
    ASSERT_FALSE(tip.isEmpty());
    expectShownAsIs(tip, Qt::AutoText, gv4Label());
}

// The status bar names the catalogue's path as plain text, isolated from the count.
TEST(HostileText, catalogueStatus_showsPathAsPlainText)
{
    HostileWindow w;
    auto* status = w.window.findChild<QLabel*>(QStringLiteral("catalogueStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->textFormat(), Qt::PlainText);
    EXPECT_EQ(status->text(), iso(kPath) + QStringLiteral(": 2 points"));
    expectShownAsIs(status->text(), status->textFormat(), iso(kPath) + QStringLiteral(": 2 points"));
}

// Selecting a point puts its label, names isolated, in the status bar's message (which
// QStatusBar draws as plain text).
TEST(HostileText, selectionMessage_isTheIsolatedLabel)
{
    HostileWindow w;
    ASSERT_TRUE(w.window.setCurrentCode(QStringLiteral("GV4")));
    EXPECT_EQ(w.window.statusBar()->currentMessage(), gv4Label());
}

// The region selector shows the region's name as typed, isolated from its count; the view
// selector shows the view's name as typed. (Combo boxes draw their items as plain text.)
TEST(HostileText, regionAndViewSelectors_showNamesAsTyped)
{
    HostileWindow w;
    auto* regions = w.window.findChild<QComboBox*>(QStringLiteral("regionSelector"));
    auto* views = w.window.findChild<QComboBox*>(QStringLiteral("viewSelector"));
    ASSERT_NE(regions, nullptr);
    ASSERT_NE(views, nullptr);
    ASSERT_EQ(regions->count(), 2);
    EXPECT_EQ(regions->itemText(1), iso(kRegion) + QStringLiteral(" (2)"));
    ASSERT_EQ(views->count(), 1);
    EXPECT_EQ(views->itemText(0), kView);
}

// The map's legend, the list's legend and the pregnancy status are plain-text labels.
TEST(HostileText, legends_arePlainText)
{
    HostileWindow w;
    w.window.setPregnancyMode(true);
    for (const char* name : {"mapLegend", "listLegend", "pregnancyStatus"}) {
        auto* label = w.window.findChild<QLabel*>(QString::fromLatin1(name));
        ASSERT_NE(label, nullptr) << name;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << name;
    }
}

// The search's message line shows typed markup as text, isolated.
TEST(HostileText, searchMessage_showsTypedMarkupAsText)
{
    HostileWindow w;
    const QString typed = QStringLiteral("<img src=\"file:///tmp/acu-hostile/typed.png\">\u202E");
    w.window.setSearchText(typed);
    auto* status = w.window.findChild<QLabel*>(QStringLiteral("searchStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->textFormat(), Qt::PlainText);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("No match: \u2068"))) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(typed)) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("\u2069."))) << status->text().toStdString();
}

// The message bar shows a path with markup as plain text.
TEST(HostileText, messageBar_showsPathAsPlainText)
{
    HostileWindow w;
    w.window.showMessageBar(QStringLiteral("Settings cannot be saved to %1").arg(iso(kPath)));
    auto* bar = w.window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    auto* text = bar->findChild<QLabel*>(QStringLiteral("messageBarText"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->textFormat(), Qt::PlainText);
    EXPECT_EQ(text->text(), QStringLiteral("Settings cannot be saved to ") + iso(kPath));
}

// The catalogue error dialog shows the path and the error as plain text, each isolated.
// (Its informative text is a fixed sentence.)
TEST(HostileText, catalogueErrorDialog_showsPathAndErrorAsPlainText)
{
    const QString what = QStringLiteral("<b>bad</b>");
    std::unique_ptr<QMessageBox> box(
        acu::createCatalogueErrorDialog(nullptr, kPath, {{"/points/0", what.toStdString()}}));
    EXPECT_EQ(box->textFormat(), Qt::PlainText);
    EXPECT_EQ(box->text(),
              iso(kPath) + QStringLiteral(" could not be loaded: ") + iso(QStringLiteral("/points/0: ") + what));
}

// The About box names the sources with their markup escaped: shown, not drawn.
TEST(HostileText, aboutBox_escapesSourceTitles)
{
    const auto catalogue = hostileCatalogue();
    const Rendered r = render(acu::aboutHtml(*catalogue, QStringLiteral("<b>1</b>")), Qt::RichText);
    EXPECT_TRUE(r.text.contains(kSourceTitle)) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("<b>1</b>"))) << r.text.toStdString();
    EXPECT_EQ(r.requested, QStringList());
    EXPECT_EQ(r.images, 0);
    EXPECT_EQ(r.tables, 0);
}

// The disclaimer shows the catalogue's notices with their markup escaped.
TEST(HostileText, disclaimer_escapesNotices)
{
    const auto catalogue = hostileCatalogue();
    const Rendered r = render(acu::disclaimerHtml(*catalogue), Qt::RichText);
    EXPECT_TRUE(r.text.contains(kNoticeTitle)) << r.text.toStdString();
    EXPECT_EQ(r.requested, QStringList());
    EXPECT_EQ(r.images, 0);
    EXPECT_EQ(r.tables, 0);
}
