#include "models/history/RunHistory.h"

#include "core/history/RunLog.h"
#include "core/history/RunLogLimits.h"
#include "core/reading/TextFile.h"
#include "models/storage/DataFile.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace acu {

namespace {

/// How messages name this file; translated when used, after the translator is installed.
DataFileKind historyKind()
{
    return {QStringLiteral("history"), limits::kMaxRunLogFileBytes,
            QCoreApplication::translate("acu::RunHistory", "your run history"),
            QCoreApplication::translate("acu::RunHistory", "a run history file")};
}

std::string_view bytesView(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

/// A time the entry can hold; an invalid QDateTime becomes one the check refuses.
std::int64_t toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<std::int64_t>::min();
}

RunEntry toEntry(const RunRecord& run)
{
    return {toMs(run.started),
            toMs(run.ended),
            run.routineId.toStdString(),
            run.routineTitle.toStdString(),
            run.stepsCompleted,
            run.stepsTotal,
            run.painBefore,
            run.painAfter};
}

RunRecord toRecord(const RunEntry& entry)
{
    return {QDateTime::fromMSecsSinceEpoch(entry.startedMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(entry.endedMs, Qt::UTC),
            QString::fromStdString(entry.routineId),
            QString::fromStdString(entry.routineTitle),
            entry.stepsCompleted,
            entry.stepsTotal,
            entry.painBefore,
            entry.painAfter};
}

} // namespace

RunHistory::RunHistory()
    : RunHistory(defaultDataFolder())
{
}

RunHistory::RunHistory(QString folder)
    : m_folder(std::move(folder))
{
}

QString RunHistory::filePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("history.json"));
}

HistoryLoad RunHistory::load()
{
    HistoryLoad result;
    m_runs.clear();
    const QString path = filePath();
    const DataFileRead read = readDataFile(path, historyKind());
    if (read.error)
        result.errors.push_back(*read.error); // a file too large is moved aside unread by the next write
    if (!read.bytes)
        return result;
    const RunLogLoad loaded = readRunLogJson(bytesView(*read.bytes));
    m_runs.reserve(loaded.runs.size());
    for (const RunEntry& entry : loaded.runs)
        m_runs.push_back(toRecord(entry));
    if (loaded.ok())
        return result;
    result.errors = reading::inFile(path.toStdString(), loaded.errors);
    if (const auto problem = keepDamagedCopy(m_folder, historyKind().stem, *read.bytes, result.backupPath))
        result.errors.push_back(*problem);
    else
        result.errors.push_back(
            fileError(result.backupPath,
                      QCoreApplication::translate("acu::RunHistory", "a copy of the damaged file is kept here")));
    return result;
}

std::optional<CatalogueError> RunHistory::problemWith(const RunRecord& run)
{
    const CatalogueErrors problems = checkRunEntry(toEntry(run), "");
    if (problems.empty())
        return std::nullopt;
    return problems.front();
}

std::optional<CatalogueError> RunHistory::append(const RunRecord& run)
{
    if (auto problem = problemWith(run))
        return problem;
    if (m_runs.size() >= limits::kMaxRuns)
        m_runs.erase(m_runs.begin(),
                     m_runs.begin() + static_cast<std::ptrdiff_t>(m_runs.size() - limits::kMaxRuns + 1));
    m_runs.push_back(run);
    return save();
}

std::optional<CatalogueError> RunHistory::remove(std::size_t index)
{
    if (index >= m_runs.size())
        return std::nullopt;
    m_runs.erase(m_runs.begin() + static_cast<std::ptrdiff_t>(index));
    return save();
}

std::optional<CatalogueError> RunHistory::clear()
{
    m_runs.clear();
    return save();
}

std::optional<CatalogueError> RunHistory::save() const
{
    const QString path = filePath();
    if (const auto problem = prepareToReplace(
            path, historyKind(), [](const QByteArray& bytes) { return readRunLogJson(bytesView(bytes)).ok(); }))
        return problem;
    std::vector<RunEntry> entries;
    entries.reserve(m_runs.size());
    for (const RunRecord& run : m_runs)
        entries.push_back(toEntry(run));
    return writeAtomically(path, QByteArray::fromStdString(writeRunLogJson(entries)));
}

} // namespace acu
