// Markers built from the catalogue: one per position, both sides for bilateral points.

#include "models/BodyMarkers.h"
#include "core/catalogue/CatalogueLoader.h"
#include "support/QtPrinters.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

// Each position becomes a marker with the point's label and pregnancy mark.
TEST(BodyMarkers, onePerPositionWithLabelAndMark)
{
    const auto catalogue = acu::loadCatalogueFile(acu::test::fixture("valid/minimal.json")).takeCatalogue();
    const auto markers = acu::bodyMarkers(catalogue);
    ASSERT_EQ(markers.size(), 3);
    EXPECT_EQ(markers[0].code, QStringLiteral("GV4"));
    EXPECT_EQ(markers[0].label, QStringLiteral("GV4 \u2068Mìngmén\u2069 \u2013 \u2068Life Gate\u2069"));
    EXPECT_EQ(markers[0].position, QPointF(200, 430));
    EXPECT_EQ(markers[0].pregnancy, acu::PregnancyMark::None);
    EXPECT_EQ(markers[0].side, acu::Side::Midline);
    EXPECT_EQ(markers[1].code, QStringLiteral("BL23"));
    EXPECT_EQ(markers[2].position, QPointF(218, 430));
    EXPECT_EQ(markers[2].pregnancy, acu::PregnancyMark::Caution);
    EXPECT_EQ(markers[1].side, acu::Side::Left);
    EXPECT_EQ(markers[2].side, acu::Side::Right);
    const auto views = acu::bodyViews(catalogue);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].size, QSizeF(400, 1000));
}
