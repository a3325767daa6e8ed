#pragma once

#include "models/history/RunHistory.h"

#include <QAbstractTableModel>

namespace acu {

/// The run history as a table, newest run first: date, routine, steps ("5 of 6"), pain
/// before, pain after and the change. Changes go through the model so that views follow;
/// each returns the error of a failed write (the change is kept in memory).
class RunHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column {
        DateColumn,
        RoutineColumn,
        StepsColumn,
        PainBeforeColumn,
        PainAfterColumn,
        ChangeColumn,
        ColumnCount
    };
    /// Raw values for sorting and tests: the start time (QDateTime, UTC) in every column.
    static constexpr int StartedRole = Qt::UserRole + 1;

    explicit RunHistoryModel(RunHistory history, QObject* parent = nullptr);

    [[nodiscard]] const RunHistory& history() const { return m_history; }
    /// The run shown in a row (row 0 is the newest).
    [[nodiscard]] const RunRecord& runAt(int row) const;

    /// Reads the file again (see RunHistory::load).
    HistoryLoad reload();
    [[nodiscard]] std::optional<CatalogueError> append(const RunRecord& run);
    [[nodiscard]] std::optional<CatalogueError> removeRun(int row);
    [[nodiscard]] std::optional<CatalogueError> clearAll();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] std::size_t runIndex(int row) const;

    RunHistory m_history;
};

/// "7", or "not rated".
[[nodiscard]] QString painText(const std::optional<int>& pain);
/// "−3", "+2", "0", or "" when either rating is missing.
[[nodiscard]] QString painChangeText(const std::optional<int>& before, const std::optional<int>& after);

} // namespace acu
