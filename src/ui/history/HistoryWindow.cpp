#include "ui/history/HistoryWindow.h"

#include "models/history/RunHistoryModel.h"
#include "ui/history/PainChart.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acu {

namespace {

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

QString writeProblem(const CatalogueError& error)
{
    return HistoryWindow::tr("Your run history could not be saved (%1). The change is kept until the app closes.")
        .arg(QString::fromStdString(error.toString()));
}

} // namespace

HistoryWindow::HistoryWindow(RunHistoryModel* model, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_chart(new PainChart(this))
    , m_table(new QTableView(this))
    , m_delete(new QPushButton(tr("&Delete Run\u2026"), this))
    , m_clear(new QPushButton(tr("C&lear History\u2026"), this))
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Run History \u2013 Acupoint Atlas"));
    resize(760, 600);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunHistoryModel::RoutineColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Runs, newest first"));

    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &HistoryWindow::deleteSelected);

    auto* closeKey = new QAction(this);
    closeKey->setShortcut(QKeySequence::Cancel);
    closeKey->setShortcutContext(Qt::WindowShortcut);
    addAction(closeKey);
    connect(closeKey, &QAction::triggered, this, &QWidget::close);

    m_delete->setObjectName(QStringLiteral("deleteRunButton"));
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_delete, &QPushButton::clicked, this, &HistoryWindow::deleteSelected);
    connect(m_clear, &QPushButton::clicked, this, &HistoryWindow::clearAll);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 3);
    layout->addWidget(buttons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateFromModel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryWindow::updateFromModel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateFromModel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWindow::updateFromModel);
    updateFromModel();
}

void HistoryWindow::updateFromModel()
{
    m_chart->setRuns(m_model->history().runs());
    m_delete->setEnabled(m_table->selectionModel()->hasSelection());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

void HistoryWindow::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    const RunRecord& run = m_model->runAt(row);
    const QString text = tr("Delete the run of \u201C%1\u201D on %2 from your history?")
                             .arg(run.routineTitle, m_model->index(row, RunHistoryModel::DateColumn).data().toString());
    if (!m_confirm(this, tr("Delete Run"), text))
        return;
    if (const auto error = m_model->removeRun(row))
        emit problem(writeProblem(*error));
}

void HistoryWindow::clearAll()
{
    if (m_model->rowCount() == 0)
        return;
    const QString text =
        m_model->rowCount() == 1
            ? tr("Delete the one run in your history? This cannot be undone.")
            : tr("Delete all %1 runs in your history? This cannot be undone.").arg(m_model->rowCount());
    if (!m_confirm(this, tr("Clear History"), text))
        return;
    if (const auto error = m_model->clearAll())
        emit problem(writeProblem(*error));
}

} // namespace acu
