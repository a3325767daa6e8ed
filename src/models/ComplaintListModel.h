#pragma once

#include "FilterChoiceModel.h"
#include "core/catalogue/Catalogue.h"

namespace acu {

/// The complaint selector's rows: "Any complaint" first, then each catalogue complaint
/// with the number of points the sources use for it ("Sciatica (3)").
class ComplaintListModel final : public FilterChoiceModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintListModel)

public:
    /// Item data role holding the complaint id ("" for any complaint).
    static constexpr int ComplaintIdRole = IdRole;

    explicit ComplaintListModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue);
    /// The row of a complaint id, or -1.
    [[nodiscard]] int rowOfComplaint(const QString& complaintId) const { return rowOfId(complaintId); }
};

} // namespace acu
