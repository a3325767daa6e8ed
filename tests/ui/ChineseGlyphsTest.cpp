// The Chinese names can be read: every character of every point's name is drawn with a
// real glyph, not the missing-glyph box, on a machine set up with the README's command.

#include "models/BuiltInCatalogue.h"
#include "support/QtPrinters.h"
#include "ui/details/DetailView.h"

#include <QGlyphRun>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace {

/// The characters of text that the font (or a fallback Qt picks for it) has no glyph for.
QString missingGlyphs(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (layout.createLine().isValid()) {
    }
    layout.endLayout();
    QString missing;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        for (const quint32 glyph : run.glyphIndexes()) {
            if (glyph == 0) // glyph 0 is .notdef, drawn as the box
                missing = text;
        }
    }
    return missing;
}

} // namespace

// Simplified and traditional characters of the shipped catalogue have glyphs in the detail
// pane's font.
TEST(ChineseGlyphs, everyPointNameHasGlyphsInTheDetailPaneFont)
{
    const auto loaded = acu::loadBuiltInCatalogue();
    ASSERT_TRUE(loaded.ok());
    acu::DetailView view;
    QFont heading = view.font();
    heading.setBold(true);
    for (const QFont& font : {view.font(), heading}) {
        for (const auto& point : loaded.catalogue().points()) {
            for (const auto& name : {point.names.hanzi, point.names.hanziTraditional}) {
                if (name.empty())
                    continue;
                EXPECT_EQ(missingGlyphs(QString::fromStdString(name), font), QString())
                    << point.code << ": no font for its characters";
            }
        }
    }
}

// The check itself sees a missing glyph: a private-use character no font draws.
TEST(ChineseGlyphs, aCharacterWithoutAFontIsReported)
{
    const QString privateUse(QChar(0xE123));
    EXPECT_EQ(missingGlyphs(privateUse, QFont()), privateUse);
}
