#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace acu {

class PainRatingBox;

/// What the runner shows once a run has finished or was stopped: "Done: N of M steps", an
/// optional pain rating for after, and the way back to the point details.
class RunnerEndPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerEndPage)

public:
    explicit RunnerEndPage(QWidget* parent = nullptr);

    /// finished: the run reached its end; else it was stopped. note: said under it when not
    /// empty ("Every step of this routine is on a point to avoid..."). Clears the pain rating.
    void showResult(const QString& routineTitle, int stepsCompleted, int stepsTotal, bool finished,
                    const QString& note = {});
    [[nodiscard]] std::optional<int> painAfter() const;
    [[nodiscard]] QPushButton* closeButton() const { return m_close; }

signals:
    void closeRequested();

private:
    QLabel* m_done = nullptr;
    QLabel* m_detail = nullptr;
    PainRatingBox* m_pain = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace acu
