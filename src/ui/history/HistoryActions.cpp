#include "ui/history/HistoryActions.h"

#include "models/history/RunHistoryModel.h"
#include "models/storage/DataFile.h"
#include "ui/history/HistoryWindow.h"

#include <QAction>
#include <QWidget>

namespace acu {

HistoryActions::HistoryActions(QWidget* window, const QString& folder)
    : QObject(window)
    , m_window(window)
    , m_folder(folder.isEmpty() ? defaultDataFolder() : folder)
    , m_open(new QAction(tr("&History\u2026"), this))
{
    m_open->setObjectName(QStringLiteral("historyAction"));
    m_open->setStatusTip(tr("Show the routines you have run and your pain ratings over time"));
    connect(m_open, &QAction::triggered, this, &HistoryActions::showHistory);
}

RunHistoryModel* HistoryActions::model()
{
    if (m_model)
        return m_model;
    m_model = new RunHistoryModel(RunHistory(m_folder), this);
    const HistoryLoad load = m_model->reload();
    if (!load.ok()) {
        QStringList lines{tr("Your run history could not be read cleanly:")};
        for (const auto& error : load.errors)
            lines.append(QString::fromStdString(error.toString()));
        emit problem(lines.join(QLatin1Char('\n')));
    }
    return m_model;
}

HistoryWindow* HistoryActions::showHistory()
{
    if (!m_view) {
        m_view = new HistoryWindow(model(), m_window);
        connect(m_view, &HistoryWindow::problem, this, &HistoryActions::problem);
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    return m_view;
}

void HistoryActions::recordRun(const RunRecord& run)
{
    RunHistoryModel* history = model();
    if (const auto refused = RunHistory::problemWith(run)) {
        emit problem(tr("The run of \u201C%1\u201D was not added to your history: %2")
                         .arg(run.routineTitle, QString::fromStdString(refused->toString())));
        return;
    }
    if (const auto error = history->append(run))
        emit problem(tr("The run of \u201C%1\u201D could not be saved in your history (%2). It is kept until the "
                        "app closes and saved with the next run.")
                         .arg(run.routineTitle, QString::fromStdString(error->toString())));
}

} // namespace acu
