#include "models/history/RunHistoryModel.h"

#include "core/history/RunLogLimits.h"

#include <QLocale>

namespace acu {

QString painText(const std::optional<int>& pain)
{
    return pain ? QString::number(*pain) : RunHistoryModel::tr("not rated");
}

QString painChangeText(const std::optional<int>& before, const std::optional<int>& after)
{
    if (!before || !after)
        return {};
    const int change = *after - *before;
    if (change < 0)
        return QStringLiteral("\u2212%1").arg(-change);
    return change > 0 ? QStringLiteral("+%1").arg(change) : QStringLiteral("0");
}

RunHistoryModel::RunHistoryModel(RunHistory history, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(std::move(history))
{
}

std::size_t RunHistoryModel::runIndex(int row) const
{
    return m_history.runs().size() - 1 - static_cast<std::size_t>(row);
}

const RunRecord& RunHistoryModel::runAt(int row) const
{
    return m_history.runs()[runIndex(row)];
}

HistoryLoad RunHistoryModel::reload()
{
    beginResetModel();
    HistoryLoad load = m_history.load();
    endResetModel();
    return load;
}

std::optional<CatalogueError> RunHistoryModel::append(const RunRecord& run)
{
    if (auto problem = RunHistory::problemWith(run))
        return problem;
    if (m_history.runs().size() >= limits::kMaxRuns) { // the oldest run (the last row) goes as the new one comes
        beginResetModel();
        auto problem = m_history.append(run);
        endResetModel();
        return problem;
    }
    beginInsertRows({}, 0, 0);
    auto problem = m_history.append(run);
    endInsertRows();
    return problem;
}

std::optional<CatalogueError> RunHistoryModel::removeRun(int row)
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    beginRemoveRows({}, row, row);
    auto problem = m_history.remove(runIndex(row));
    endRemoveRows();
    return problem;
}

std::optional<CatalogueError> RunHistoryModel::clearAll()
{
    if (rowCount() == 0)
        return m_history.clear();
    beginRemoveRows({}, 0, rowCount() - 1);
    auto problem = m_history.clear();
    endRemoveRows();
    return problem;
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.runs().size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord& run = runAt(index.row());
    if (role == StartedRole)
        return run.started;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= StepsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat);
    case RoutineColumn:
        return run.routineTitle;
    case StepsColumn:
        return tr("%1 of %2").arg(run.stepsCompleted).arg(run.stepsTotal);
    case PainBeforeColumn:
        return painText(run.painBefore);
    case PainAfterColumn:
        return painText(run.painAfter);
    case ChangeColumn:
        return painChangeText(run.painBefore, run.painAfter);
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RoutineColumn:
        return tr("Routine");
    case StepsColumn:
        return tr("Steps");
    case PainBeforeColumn:
        return tr("Pain before");
    case PainAfterColumn:
        return tr("Pain after");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace acu
