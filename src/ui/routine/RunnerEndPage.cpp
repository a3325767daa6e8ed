#include "ui/routine/RunnerEndPage.h"

#include "ui/routine/PainRatingBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace acu {

RunnerEndPage::RunnerEndPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runnerEndPage"));
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("endDone"));
    m_done->setTextFormat(Qt::PlainText);
    m_done->setWordWrap(true);
    QFont big = m_done->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_done->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("endDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_pain = new PainRatingBox(this);
    m_pain->setObjectName(QStringLiteral("painAfter"));
    // The label above its box, so that the page keeps to a narrow pane.
    auto* painLabel = new QLabel(tr("&Pain now (0\u2013" "10), if you like:"), this);
    painLabel->setBuddy(m_pain);
    painLabel->setWordWrap(true);
    auto* painForm = new QVBoxLayout;
    painForm->addWidget(painLabel);
    painForm->addWidget(m_pain, 0, Qt::AlignLeft);
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("closeEnd"));
    m_close->setDefault(true);
    m_close->setToolTip(tr("Back to the point details"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_done);
    layout->addWidget(m_detail);
    layout->addLayout(painForm);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_close, &QPushButton::clicked, this, &RunnerEndPage::closeRequested);
}

void RunnerEndPage::showResult(const QString& routineTitle, int stepsCompleted, int stepsTotal, bool finished,
                               const QString& note)
{
    m_done->setText(stepsTotal == 1 ? tr("Done: %1 of 1 step").arg(stepsCompleted)
                                    : tr("Done: %1 of %2 steps").arg(stepsCompleted).arg(stepsTotal));
    QString detail = finished ? tr("%1: finished.").arg(routineTitle) : tr("%1: stopped.").arg(routineTitle);
    if (!note.isEmpty())
        detail += QStringLiteral("\n") + note;
    m_detail->setText(detail);
    m_pain->setRating(std::nullopt);
}

std::optional<int> RunnerEndPage::painAfter() const
{
    return m_pain->rating();
}

} // namespace acu
