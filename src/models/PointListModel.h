#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/search/QueryResolver.h"

#include <QAbstractListModel>

#include <memory>

namespace acu {

/// One row per catalogue point, in catalogue order. Read-only.
class PointListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointListModel)

public:
    explicit PointListModel(QObject* parent = nullptr);

    /// Replaces the catalogue; views are reset. A resolver built from the same catalogue
    /// may come with it (the app builds one on its second core while the font database
    /// loads); otherwise, or when it was built from another catalogue, one is built here.
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue,
                      std::shared_ptr<const QueryResolver> resolver = nullptr);
    [[nodiscard]] const Catalogue* catalogue() const { return m_catalogue.get(); }
    /// Resolves queries against the catalogue; nullptr before a catalogue is set.
    [[nodiscard]] const QueryResolver* resolver() const { return m_resolver.get(); }

    /// The point shown in a row, or nullptr for an invalid index.
    [[nodiscard]] const Point* pointAt(const QModelIndex& index) const;
    /// The row of the point with this code, or an invalid index.
    [[nodiscard]] QModelIndex indexOfCode(const QString& code) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Catalogue> m_catalogue;
    std::shared_ptr<const QueryResolver> m_resolver; ///< keeps its catalogue alive (makeSharedResolver)
};

} // namespace acu
