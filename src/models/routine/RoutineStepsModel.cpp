#include "models/routine/RoutineStepsModel.h"

#include "models/BodyMarkers.h"

#include <QMimeData>

namespace acu {

RoutineStepsModel::RoutineStepsModel(const Catalogue* catalogue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{
}

void RoutineStepsModel::setSteps(std::vector<RoutineStep> steps, bool editable)
{
    beginResetModel();
    m_steps = std::move(steps);
    m_editable = editable;
    endResetModel();
}

int RoutineStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int RoutineStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoutineStepsModel::holdText(const Range& hold)
{
    if (!hold.max)
        return tr("at least %1 s").arg(hold.min);
    if (*hold.max == hold.min)
        return tr("%1 s").arg(hold.min);
    return tr("%1\u2013%2 s").arg(hold.min).arg(*hold.max);
}

QString RoutineStepsModel::repetitionsText(const std::optional<Range>& repetitions)
{
    if (!repetitions || (repetitions->max == 1 && repetitions->min == 1))
        return tr("once");
    if (!repetitions->max)
        return tr("at least %1 times").arg(repetitions->min);
    if (*repetitions->max == repetitions->min)
        return tr("%1 times").arg(repetitions->min);
    return tr("%1\u2013%2 times").arg(repetitions->min).arg(*repetitions->max);
}

QString RoutineStepsModel::sideText(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return tr("Right");
    case RoutineSide::Left:
        return tr("Left");
    case RoutineSide::Both:
        return tr("Both");
    case RoutineSide::Midline:
        return tr("Midline");
    }
    return {};
}

QString RoutineStepsModel::pointText(const RoutineStep& step) const
{
    if (const Point* point = m_catalogue ? m_catalogue->findPoint(step.code) : nullptr)
        return pointLabel(*point);
    return tr("%1 (not in this catalogue)").arg(QString::fromStdString(step.code));
}

QVariant RoutineStepsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RoutineStep& step = m_steps[static_cast<std::size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PointColumn:
        return pointText(step);
    case SideColumn:
        return sideText(step.side);
    case HoldColumn:
        return holdText(step.holdSeconds);
    case RepetitionsColumn:
        return repetitionsText(step.repetitions);
    default:
        return {};
    }
}

QVariant RoutineStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case PointColumn:
        return tr("Point");
    case SideColumn:
        return tr("Side");
    case HoldColumn:
        return tr("Hold");
    case RepetitionsColumn:
        return tr("Repetitions");
    default:
        return {};
    }
}

Qt::ItemFlags RoutineStepsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable)
        return flags;
    return index.isValid() ? flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled : flags | Qt::ItemIsDropEnabled;
}

Qt::DropActions RoutineStepsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RoutineStepsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RoutineStepsModel::mimeTypes() const
{
    return {QString::fromLatin1(kStepMimeType)};
}

QMimeData* RoutineStepsModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.constFirst().isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kStepMimeType), QByteArray::number(indexes.constFirst().row()));
    return data;
}

bool RoutineStepsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int /*column*/,
                                     const QModelIndex& parent)
{
    if (!m_editable || !data || action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(kStepMimeType)))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kStepMimeType)).toInt(&ok);
    const int count = rowCount();
    if (!ok || from < 0 || from >= count)
        return false;
    // Dropped on a step: into its place; between steps: before row; below the last: the end.
    int before = parent.isValid() ? parent.row() : (row < 0 ? count : row);
    if (parent.isValid() && parent.row() > from)
        ++before; // onto a later step: after it, where the person let go
    const int to = before > from ? before - 1 : before;
    if (to == from)
        return false;
    emit moveRequested(from, to);
    return true;
}

} // namespace acu
