// Complaints in the catalogue: reading them, looking them up, and the shipped ones.

#include "core/catalogue/CatalogueLoader.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

#include <set>

namespace {

const acu::Catalogue& withComplaints()
{
    static const auto catalogue = acu::test::loadOnce(acu::test::fixture("valid/with-complaints.json"));
    return *catalogue;
}

const acu::Catalogue& shipped()
{
    return *acu::test::shipped();
}

std::vector<std::string> codesOf(const acu::Complaint& complaint)
{
    std::vector<std::string> codes;
    for (const auto& link : complaint.points)
        codes.push_back(link.code);
    return codes;
}

} // namespace

// A complaint is read with its id, name, synonyms and cited point links, in file order.
TEST(ComplaintCatalogue, complaint_readsEveryField)
{
    const acu::Complaint* complaint = withComplaints().findComplaint("lower-back-pain");
    ASSERT_NE(complaint, nullptr);
    EXPECT_EQ(complaint->name, "Lower back pain");
    EXPECT_EQ(complaint->synonyms, (std::vector<std::string>{"lumbago", "low back"}));
    ASSERT_EQ(complaint->points.size(), 2u);
    EXPECT_EQ(complaint->points[0].code, "BL23");
    EXPECT_EQ(complaint->points[0].sources, (acu::SourceIds{"std", "art"}));
    EXPECT_EQ(complaint->points[1].code, "GV4");
    EXPECT_EQ(complaint->points[1].sources, (acu::SourceIds{"art"}));
}

// An id no complaint has finds nothing.
TEST(ComplaintCatalogue, findComplaint_unknownId_isNull)
{
    EXPECT_EQ(withComplaints().findComplaint("sciatica"), nullptr);
}

// A catalogue written before complaints existed still loads, with no complaints.
TEST(ComplaintCatalogue, catalogueWithoutComplaints_loadsWithNone)
{
    EXPECT_TRUE(acu::test::minimal()->complaints().empty());
}

// The shipped catalogue has the complaints the articles tie points to, in this order.
TEST(ComplaintCatalogue, shipped_holdsTheArticlesComplaints)
{
    std::vector<std::string> ids;
    for (const auto& complaint : shipped().complaints())
        ids.push_back(complaint.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"back-pain",
                                             "lower-back-pain",
                                             "sciatica",
                                             "hip-pain",
                                             "leg-pain",
                                             "upper-back-pain",
                                             "neck-pain",
                                             "shoulder-pain",
                                             "headache",
                                             "cervical-spondylosis",
                                             "herniated-disc",
                                             "muscle-spasms",
                                             "stress",
                                             "tiredness",
                                             "insomnia",
                                             "nausea",
                                             "dizziness",
                                             "toothache",
                                             "facial-tension",
                                             "belly-pain",
                                             "bladder-problems",
                                             "irregular-periods",
                                             "male-sexual-problems"}));
}

// Sciatica: the two points two articles share come first, each link citing its articles.
TEST(ComplaintCatalogue, shipped_sciaticaCitesItsArticles)
{
    const acu::Complaint* sciatica = shipped().findComplaint("sciatica");
    ASSERT_NE(sciatica, nullptr);
    EXPECT_EQ(codesOf(*sciatica), (std::vector<std::string>{"BL40", "GB30", "GB29"}));
    EXPECT_EQ(sciatica->points[0].sources, (acu::SourceIds{"back-pain-guide-2023", "three-points"}));
    EXPECT_EQ(sciatica->points[1].sources, (acu::SourceIds{"mainhoonaari", "three-points"}));
    EXPECT_EQ(sciatica->points[2].sources, (acu::SourceIds{"three-points"}));
}

// Every shipped complaint lists its best supported points first, and cites articles only.
TEST(ComplaintCatalogue, shipped_linksAreOrderedBySupportAndCiteArticles)
{
    for (const auto& complaint : shipped().complaints()) {
        for (std::size_t i = 0; i < complaint.points.size(); ++i) {
            const auto& link = complaint.points[i];
            if (i > 0) {
                EXPECT_GE(complaint.points[i - 1].sources.size(), link.sources.size())
                    << complaint.id << " " << link.code;
            }
            for (const auto& id : link.sources) {
                const acu::Source* source = shipped().findSource(id);
                ASSERT_NE(source, nullptr) << id;
                EXPECT_EQ(source->kind, acu::SourceKind::Article) << complaint.id << " " << link.code << " " << id;
            }
        }
    }
}
