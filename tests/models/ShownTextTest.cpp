// Shown text: fields in bidi isolates, plain text as tool tips that are always escaped.

#include "models/ShownText.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// A field is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.
TEST(ShownText, isolated_wrapsTheField)
{
    EXPECT_EQ(acu::isolated(QStringLiteral("Zhìshì")), QStringLiteral("\u2068Zhìshì\u2069"));
    EXPECT_EQ(acu::isolated(QString()), QStringLiteral("\u2068\u2069"));
}

// A right-to-left override inside stays inside: the closing isolate ends it.
TEST(ShownText, isolated_keepsAnOverrideInside)
{
    EXPECT_EQ(acu::isolated(QStringLiteral("\u202Eabc")), QStringLiteral("\u2068\u202Eabc\u2069"));
}

// A stray POP DIRECTIONAL ISOLATE, which would close the field's isolate early, is dropped.
TEST(ShownText, isolated_dropsAStrayPop)
{
    EXPECT_EQ(acu::isolated(QStringLiteral("a\u2069\u202Eb")), QStringLiteral("\u2068a\u202Eb\u2069"));
}

// Isolates the field opens and leaves open are closed before the field's own.
TEST(ShownText, isolated_closesIsolatesLeftOpen)
{
    EXPECT_EQ(acu::isolated(QStringLiteral("a\u2067b\u2066c")),
              QStringLiteral("\u2068a\u2067b\u2066c\u2069\u2069\u2069"));
    EXPECT_EQ(acu::isolated(QStringLiteral("a\u2067b\u2069c")), QStringLiteral("\u2068a\u2067b\u2069c\u2069"));
}

// Markup and entities are escaped inside a paragraph, so Qt reads the tip as rich text and
// shows every character as typed.
TEST(ShownText, plainToolTip_escapesInsideAParagraph)
{
    EXPECT_EQ(
        acu::plainToolTip(QStringLiteral("<img src=\"file:///x\"> & <b>y</b>")),
        QStringLiteral("<p style=\"margin:0\">&lt;img src=&quot;file:///x&quot;&gt; &amp; &lt;b&gt;y&lt;/b&gt;</p>"));
}

// Each line becomes a paragraph of its own.
TEST(ShownText, plainToolTip_linesBecomeParagraphs)
{
    EXPECT_EQ(acu::plainToolTip(QStringLiteral("a\nb")),
              QStringLiteral("<p style=\"margin:0\">a</p><p style=\"margin:0\">b</p>"));
}
