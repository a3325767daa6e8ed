#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace acu {

/// The steps of one routine as a table (point, side, hold, repetitions), for the routine
/// editor. A step whose point the catalogue does not have is shown as such, never left out.
/// In an editable routine a step can be dragged to another place; the model does not move it
/// itself but asks by moveRequested, and shows the routine it is given next.
class RoutineStepsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineStepsModel)

public:
    enum Column { PointColumn, SideColumn, HoldColumn, RepetitionsColumn, ColumnCount };
    /// The mime type of a dragged step: its row as text.
    static constexpr const char* kStepMimeType = "application/x-acupoint-atlas-step";

    /// The catalogue must outlive the model.
    explicit RoutineStepsModel(const Catalogue* catalogue, QObject* parent = nullptr);

    void setSteps(std::vector<RoutineStep> steps, bool editable);
    [[nodiscard]] const std::vector<RoutineStep>& steps() const { return m_steps; }
    [[nodiscard]] bool editable() const { return m_editable; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// "60–120 s", "at least 120 s".
    [[nodiscard]] static QString holdText(const Range& hold);
    /// "once", "3–4 times", "at least 3 times".
    [[nodiscard]] static QString repetitionsText(const std::optional<Range>& repetitions);
    [[nodiscard]] static QString sideText(RoutineSide side);

signals:
    /// A step was dropped so that it would be at index to afterwards.
    void moveRequested(int from, int to);

private:
    [[nodiscard]] QString pointText(const RoutineStep& step) const;

    const Catalogue* m_catalogue;
    std::vector<RoutineStep> m_steps;
    bool m_editable = false;
};

} // namespace acu
