#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace acu {

class PainChart;
class RunHistoryModel;

/// The run history in a window of its own, beside the main window: the pain chart above the
/// table of runs (newest first), and buttons to delete the selected run and to clear the
/// history, each after a confirmation (Delete in the table deletes too; Escape closes the
/// window). A write that fails is told through problem().
class HistoryWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    /// Asks the person a yes-or-no question (title, text); true for yes.
    using Confirmation = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;

    explicit HistoryWindow(RunHistoryModel* model, QWidget* parent = nullptr);

    /// Replaces the question asked before deleting (a message box by default).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    [[nodiscard]] PainChart* chart() const { return m_chart; }
    [[nodiscard]] QTableView* table() const { return m_table; }

    /// Deletes the selected run, if the person confirms.
    void deleteSelected();
    /// Deletes every run, if the person confirms.
    void clearAll();

signals:
    /// A change that could not be written: what to tell the person.
    void problem(const QString& text);

private:
    void updateFromModel();

    RunHistoryModel* m_model = nullptr;
    PainChart* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_clear = nullptr;
    Confirmation m_confirm;
};

} // namespace acu
