// The point list model over the catalogue, checked by QAbstractItemModelTester.

#include "models/PointListModel.h"
#include "core/catalogue/CatalogueLoader.h"
#include "models/BuiltInCatalogue.h"
#include "models/CatalogueChoice.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QAbstractItemModelTester>

#include <QResource>

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const acu::Catalogue> minimalCatalogue()
{
    return acu::test::minimal();
}

} // namespace

// The model passes Qt's model checks, before and after a catalogue is set.
TEST(PointListModel, passesModelTester)
{
    acu::PointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCatalogue(minimalCatalogue());
    EXPECT_EQ(model.rowCount(), 2);
    model.setCatalogue(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

// The model keeps a resolver built from its catalogue: the one it is given, or its own
// when given none or one built from another catalogue.
TEST(PointListModel, resolverIsTheCataloguesOwn)
{
    acu::PointListModel model;
    EXPECT_EQ(model.resolver(), nullptr);

    const auto catalogue = minimalCatalogue();
    model.setCatalogue(catalogue);
    ASSERT_NE(model.resolver(), nullptr);
    EXPECT_EQ(&model.resolver()->catalogue(), catalogue.get());

    const auto given = std::make_shared<const acu::QueryResolver>(*catalogue);
    model.setCatalogue(catalogue, given);
    EXPECT_EQ(model.resolver(), given.get());

    const auto other = acu::test::shipped();
    model.setCatalogue(other, given);
    ASSERT_NE(model.resolver(), nullptr);
    EXPECT_EQ(&model.resolver()->catalogue(), other.get());

    model.setCatalogue(nullptr, given);
    EXPECT_EQ(model.resolver(), nullptr);
}

// Rows show the code, pinyin and first English name, and expose each field as a role.
TEST(PointListModel, rowsExposeCodeNamesAndPregnancy)
{
    acu::PointListModel model;
    model.setCatalogue(minimalCatalogue());
    const QModelIndex gv4 = model.index(0);
    EXPECT_EQ(gv4.data(Qt::DisplayRole).toString(),
              QStringLiteral("GV4 \u2068Mìngmén\u2069 \u2013 \u2068Life Gate\u2069"));
    EXPECT_EQ(gv4.data(acu::CodeRole).toString(), QStringLiteral("GV4"));
    EXPECT_EQ(gv4.data(acu::HanziRole).toString(), QStringLiteral("命门"));
    EXPECT_EQ(gv4.data(acu::RegionIdsRole).toStringList(), QStringList{QStringLiteral("lower-back")});
    EXPECT_EQ(gv4.data(acu::PregnancyLevelRole).toInt(), int(acu::PregnancyMark::None));
    const QModelIndex bl23 = model.index(1);
    EXPECT_EQ(bl23.data(Qt::DisplayRole).toString(), QStringLiteral("BL23 \u2068Shènshù\u2069"));
    EXPECT_EQ(bl23.data(acu::PregnancyLevelRole).toInt(), int(acu::PregnancyMark::Caution));
}

// A row's tool tip is plain text: the label, the characters, and the pregnancy status, each
// name in its own bidi isolate (the list's delegate escapes it when it shows it).
TEST(PointListModel, toolTip_isPlainTextWithIsolatedNames)
{
    acu::PointListModel model;
    model.setCatalogue(minimalCatalogue());
    EXPECT_EQ(model.index(0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("GV4 \u2068Mìngmén\u2069 \u2013 \u2068Life Gate\u2069 \u2068命门\u2069"));
    EXPECT_EQ(model.index(1).data(Qt::ToolTipRole).toString(),
              QStringLiteral("BL23 \u2068Shènshù\u2069 \u2068肾俞\u2069 \u2013 take care in pregnancy"));
}

// Codes find their rows; unknown codes and foreign indexes find nothing.
TEST(PointListModel, indexOfCodeAndPointAt)
{
    acu::PointListModel model;
    model.setCatalogue(minimalCatalogue());
    EXPECT_EQ(model.indexOfCode(QStringLiteral("BL23")).row(), 1);
    EXPECT_FALSE(model.indexOfCode(QStringLiteral("BL52")).isValid());
    EXPECT_EQ(model.pointAt(model.index(1))->code, "BL23");
    EXPECT_EQ(model.pointAt(QModelIndex()), nullptr);
    acu::PointListModel other;
    other.setCatalogue(minimalCatalogue());
    EXPECT_EQ(model.pointAt(other.index(0)), nullptr);
}

// The catalogue compiled into the program loads and holds exactly what data/catalogue.json
// does, stored uncompressed so that it is read where it lies.
TEST(BuiltInCatalogue, loadsAndMatchesTheShippedFile)
{
    const auto builtIn = acu::loadBuiltInCatalogue();
    ASSERT_TRUE(builtIn.ok()) << builtIn.errors().front().toString();
    const auto file = acu::loadCatalogueFile(acu::test::shippedCatalogue());
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(builtIn.catalogue().data(), file.catalogue().data());
    EXPECT_EQ(QResource(QString::fromLatin1(acu::kBuiltInCataloguePath)).compressionAlgorithm(),
              QResource::NoCompression);
}

// A resource that is not a compiled catalogue, or none, is refused naming the resource.
TEST(BuiltInCatalogue, resourceNotACompiledCatalogue_isRefusedNamingIt)
{
    const auto json =
        acu::loadCompiledResource(acu::findCompiledResource(":/acupoint-atlas/routines/three-points.json"));
    ASSERT_EQ(json.errors().size(), 1U);
    EXPECT_EQ(json.errors().front().toString(), ":/acupoint-atlas/routines/three-points.json, byte 0: not a compiled "
                                                "catalogue: it does not begin with \"ACUATLAS\"");
    const auto missing = acu::loadCompiledResource(acu::findCompiledResource(":/acupoint-atlas/none.bin"));
    ASSERT_EQ(missing.errors().size(), 1U);
    EXPECT_EQ(missing.errors().front().toString(),
              ":/acupoint-atlas/none.bin: the built-in catalogue is missing from this build");
}

// No file asked for: the built-in catalogue.
TEST(CatalogueChoice, noPath_builtIn)
{
    const auto choice = acu::chooseCatalogue(QString());
    ASSERT_NE(choice.catalogue, nullptr);
    EXPECT_EQ(choice.label(), QStringLiteral("built-in catalogue"));
    EXPECT_TRUE(choice.rejected.empty());
    ASSERT_NE(choice.resolver, nullptr);
    EXPECT_EQ(&choice.resolver->catalogue(), choice.catalogue.get());
}

// A good file is used and named.
TEST(CatalogueChoice, goodFile_isUsed)
{
    const QString path = QString::fromStdString(acu::test::fixture("valid/minimal.json").string());
    const auto choice = acu::chooseCatalogue(path);
    ASSERT_NE(choice.catalogue, nullptr);
    EXPECT_EQ(choice.catalogue->points().size(), 2u);
    EXPECT_EQ(choice.label(), path);
    ASSERT_NE(choice.resolver, nullptr);
    EXPECT_EQ(&choice.resolver->catalogue(), choice.catalogue.get());
}

// A bad file falls back to the built-in catalogue, keeping its errors and saying so.
TEST(CatalogueChoice, badFile_fallsBackWithErrors)
{
    const QString path = QString::fromStdString(acu::test::fixture("errors/impossible-code.json").string());
    const auto choice = acu::chooseCatalogue(path);
    ASSERT_NE(choice.catalogue, nullptr);
    EXPECT_EQ(choice.catalogue->points().size(), acu::loadBuiltInCatalogue().catalogue().points().size());
    EXPECT_EQ(choice.label(), QStringLiteral("built-in catalogue (\u2068%1\u2069 could not be loaded)").arg(path));
    ASSERT_EQ(choice.rejected.size(), 1u);
    EXPECT_EQ(choice.rejected[0].where, "/points/1/code");
    ASSERT_NE(choice.resolver, nullptr);
    EXPECT_EQ(&choice.resolver->catalogue(), choice.catalogue.get());
}
