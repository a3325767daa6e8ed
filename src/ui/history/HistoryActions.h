#pragma once

#include "models/history/RunRecord.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace acu {

class HistoryWindow;
class RunHistoryModel;

/// The run history's part of the main window: the Routine > History… action, the history
/// (read from disk the first time it is needed) and its window, and logging a run. What goes
/// wrong (a damaged file, a write the disk refuses) is told through problem().
class HistoryActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryActions)

public:
    /// window: the main window, which the history window stays beside. folder: where
    /// history.json is (the application's data folder by default).
    explicit HistoryActions(QWidget* window, const QString& folder = {});

    /// "History…": opens the history window.
    [[nodiscard]] QAction* openHistory() const { return m_open; }
    /// The history, read from its file on first use.
    [[nodiscard]] RunHistoryModel* model();
    /// Shows the history window (made on first use) and brings it to the front.
    HistoryWindow* showHistory();
    /// Adds a run to the history; a refused run or a failed write is told through problem().
    void recordRun(const RunRecord& run);

signals:
    void problem(const QString& text);

private:
    QWidget* m_window = nullptr;
    QString m_folder;
    QAction* m_open = nullptr;
    RunHistoryModel* m_model = nullptr;
    QPointer<HistoryWindow> m_view;
};

} // namespace acu
