#pragma once

#include "FilterChoiceModel.h"
#include "core/catalogue/Catalogue.h"

namespace acu {

/// The region selector's rows: "All regions" first, then each catalogue region, each with the
/// number of points in it ("Lower back (8)").
class RegionListModel final : public FilterChoiceModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionListModel)

public:
    /// Item data role holding the region id ("" for All).
    static constexpr int RegionIdRole = IdRole;

    explicit RegionListModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue);
    /// The row of a region id, or -1.
    [[nodiscard]] int rowOfRegion(const QString& regionId) const { return rowOfId(regionId); }
};

} // namespace acu
