// The complaint selector's model, the proxy's complaint filter, and the view that shows
// most of a complaint's points.

#include "models/BodyMarkers.h"
#include "models/ComplaintListModel.h"
#include "models/PointFilterProxy.h"
#include "models/PointListModel.h"
#include "models/PointRoles.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const acu::Catalogue> shipped()
{
    return acu::test::shipped();
}

QStringList list(std::initializer_list<const char*> codes)
{
    QStringList out;
    for (const char* code : codes)
        out.append(QString::fromLatin1(code));
    return out;
}

} // namespace

// The model passes Qt's model checks while its catalogue changes.
TEST(ComplaintListModel, passesModelTester)
{
    acu::ComplaintListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogue(shipped().get());
    model.setCatalogue(nullptr);
    model.setCatalogue(acu::test::minimal().get());
    EXPECT_EQ(model.rowCount(), 1);
}

// "Any complaint" comes first, then each complaint with its number of points.
TEST(ComplaintListModel, rowsNameEachComplaintWithItsCount)
{
    acu::ComplaintListModel model;
    model.setCatalogue(shipped().get());
    EXPECT_EQ(model.rowCount(), static_cast<int>(shipped()->complaints().size()) + 1);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Any complaint"));
    EXPECT_EQ(model.index(0).data(acu::ComplaintListModel::ComplaintIdRole).toString(), QString());
    const int row = model.rowOfComplaint(QStringLiteral("sciatica"));
    EXPECT_EQ(row, 3);
    EXPECT_EQ(model.index(row).data().toString(), QStringLiteral("\u2068Sciatica\u2069 (3)"));
    EXPECT_EQ(model.index(row).data(Qt::AccessibleTextRole).toString(), QStringLiteral("\u2068Sciatica\u2069, 3 points"));
    EXPECT_EQ(model.index(row).data(acu::ComplaintListModel::CountRole).toInt(), 3);
    EXPECT_EQ(model.rowOfComplaint(QStringLiteral("gout")), -1);
}

// The proxy shows a complaint's points in its order, each with why it is there, and
// passes Qt's model checks while it filters.
TEST(PointFilterProxy, complaint_showsItsPointsInOrderWithReason)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setPointModel(&points);
    points.setCatalogue(shipped());
    QSignalSpy changed(&proxy, &acu::PointFilterProxy::filterChanged);
    proxy.setComplaint(QStringLiteral("sciatica"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(proxy.visibleCodes(), list({"BL40", "GB30", "GB29"}));
    EXPECT_EQ(proxy.index(0, 0).data(acu::MatchReasonRole).toString(), QStringLiteral("used for sciatica [2 sources]"));
    EXPECT_EQ(proxy.index(2, 0).data(acu::MatchReasonRole).toString(), QStringLiteral("used for sciatica [1 source]"));
    proxy.setComplaint(QString());
    EXPECT_EQ(proxy.rowCount(), static_cast<int>(shipped()->points().size()));
    EXPECT_EQ(proxy.index(0, 0).data(acu::MatchReasonRole).toString(), QString());
}

// With a complaint and search text, the text's readings of the complaint's points show.
TEST(PointFilterProxy, complaintAndText_showTheTextsReadingsOfTheComplaintsPoints)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    points.setCatalogue(shipped());
    proxy.setComplaint(QStringLiteral("sciatica"));
    proxy.setText(QStringLiteral("gb"));
    EXPECT_EQ(proxy.visibleCodes(), list({"GB29", "GB30"}));
}

// The view that shows most of the points wins; the current one stays on a tie.
TEST(BodyMarkers, viewShowingMost_prefersMostThenCurrent)
{
    const QList<acu::BodyViewInfo> views{
        {QStringLiteral("front"), {}, {}}, {QStringLiteral("back"), {}, {}}, {QStringLiteral("side"), {}, {}}};
    const auto marker = [](const char* code, const char* view) {
        return acu::BodyMarker{QString::fromLatin1(code), {}, QString::fromLatin1(view), {}, {}};
    };
    const QList<acu::BodyMarker> markers{marker("A", "front"), marker("B", "back"), marker("B", "back"),
                                         marker("C", "back"),  marker("C", "side"), marker("B", "side")};
    EXPECT_EQ(acu::viewShowingMost(views, markers, list({"A", "B", "C"})), QStringLiteral("back"));
    EXPECT_EQ(acu::viewShowingMost(views, markers, list({"A", "B", "C"}), QStringLiteral("side")),
              QStringLiteral("side"));
    EXPECT_EQ(acu::viewShowingMost(views, markers, list({"A"}), QStringLiteral("side")), QStringLiteral("front"));
    EXPECT_EQ(acu::viewShowingMost(views, markers, list({"Z"})), QString());
}
