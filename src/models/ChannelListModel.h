#pragma once

#include "FilterChoiceModel.h"
#include "core/catalogue/Catalogue.h"

namespace acu {

/// The channel selector's rows: "All channels" first, then each WHO channel the catalogue
/// has points of, in WHO order, with its number of points ("Lung (LU) (11)").
class ChannelListModel final : public FilterChoiceModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelListModel)

public:
    /// Item data role holding the channel's prefix ("" for all channels).
    static constexpr int ChannelRole = IdRole;

    explicit ChannelListModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue);
    /// The row of a channel prefix, or -1.
    [[nodiscard]] int rowOfChannel(const QString& prefix) const { return rowOfId(prefix); }
};

} // namespace acu
