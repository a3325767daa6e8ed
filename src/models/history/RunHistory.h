#pragma once

#include "core/catalogue/CatalogueError.h"
#include "models/history/RunRecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace acu {

/// What loading the run history found wrong: nothing when the file was fine or did not exist
/// yet; for a damaged file its errors and, last, where its copy is kept.
struct HistoryLoad {
    CatalogueErrors errors;
    /// Where a damaged file was copied before anything could overwrite it; empty when not damaged.
    QString backupPath;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// The runs of routines the person did, oldest first, kept in history.json in the data folder
/// of their own routines (docs/history-format.md). At most limits::kMaxRuns runs: appending to
/// a full history drops the oldest. Every change is written at once, atomically (QSaveFile);
/// a change the disk refuses stays in memory and is written with the next one. A file that
/// cannot be read cleanly is copied aside as history.damaged-HASH.json before it is replaced,
/// and one too large to read is renamed history.too-large-N.json.
class RunHistory final {
public:
    /// The history in the application's data folder.
    RunHistory();
    explicit RunHistory(QString folder);

    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] const std::vector<RunRecord>& runs() const { return m_runs; }

    /// Replaces the runs in memory with the file's. No file yet is no runs and no error. A
    /// damaged file is reported, copied aside, and its good runs kept.
    HistoryLoad load();

    /// The first rule of the format the run breaks, at its field ("/painBefore": "must be a
    /// rating from 0 to 10, found 11"), or nullopt.
    [[nodiscard]] static std::optional<CatalogueError> problemWith(const RunRecord& run);

    /// Adds a run as the newest. A run that breaks a rule of the format (a rating outside
    /// 0-10, an end before its start, ...) is refused with the error at its field and not
    /// added; a write that fails returns the error and keeps the run in memory.
    [[nodiscard]] std::optional<CatalogueError> append(const RunRecord& run);
    /// Removes the run at index (oldest first). The error of a failed write, if any.
    [[nodiscard]] std::optional<CatalogueError> remove(std::size_t index);
    /// Removes every run. The error of a failed write, if any.
    [[nodiscard]] std::optional<CatalogueError> clear();

private:
    [[nodiscard]] std::optional<CatalogueError> save() const;

    QString m_folder;
    std::vector<RunRecord> m_runs;
};

} // namespace acu
