#include "ui/routine/RunnerStartPage.h"

#include "core/routine/RoutinePlan.h"
#include "models/routine/RoutineRunner.h"
#include "ui/routine/PainRatingBox.h"
#include "ui/theme/CautionColour.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace acu {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QLabel* wrappedLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "<p><b>Pregnancy: read before you start</b></p><p>Step 2, SP6: ...</p>"; empty when no
/// step's point has a pregnancy caution.
QString pregnancyHtml(const Catalogue& catalogue, const Routine& routine)
{
    QString lines;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const Point* point = catalogue.findPoint(routine.steps[i].code);
        if (!point)
            continue;
        for (const auto& caution : point->cautions) {
            if (caution.topic == CautionTopic::Pregnancy)
                lines += QStringLiteral("<p>%1</p>")
                             .arg(RunnerStartPage::tr("Step %1, %2: %3")
                                      .arg(i + 1)
                                      .arg(QString::fromStdString(point->code), QString::fromStdString(caution.text))
                                      .toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p>%2").arg(RunnerStartPage::tr("Pregnancy: read before you start"), lines);
}

} // namespace

RunnerStartPage::RunnerStartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runnerStartPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps to the pane's width
    auto* content = new QWidget(scroll);
    m_title = wrappedLabel(content, QStringLiteral("startTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = wrappedLabel(content, QStringLiteral("startSummary"));
    m_pregnancy = wrappedLabel(content, QStringLiteral("startPregnancy"));
    m_pregnancy->setMargin(8);
    m_pregnancy->setStyleSheet(QStringLiteral("QLabel { border: 2px solid %1; }").arg(kCautionColour.name()));
    m_avoided = wrappedLabel(content, QStringLiteral("startAvoided"));
    m_showAvoided = new QCheckBox(tr("Run them too"), content);
    m_showAvoided->setObjectName(QStringLiteral("showAvoidedSteps"));
    m_helpers = wrappedLabel(content, QStringLiteral("startHelpers"));

    m_pain = new PainRatingBox(content);
    m_pain->setObjectName(QStringLiteral("painBefore"));
    // The label above its box, so that the page keeps to a narrow pane.
    auto* painLabel = new QLabel(tr("&Pain now (0\u2013" "10), if you like:"), content);
    painLabel->setBuddy(m_pain);
    painLabel->setWordWrap(true);
    auto* painForm = new QVBoxLayout;
    painForm->addWidget(painLabel);
    painForm->addWidget(m_pain, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_pregnancy);
    layout->addWidget(m_avoided);
    layout->addWidget(m_showAvoided);
    layout->addWidget(m_helpers);
    layout->addLayout(painForm);
    layout->addStretch(1);
    scroll->setWidget(content);

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startRun"));
    m_start->setDefault(true);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeStart"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(close);
    buttons->addStretch(1);
    buttons->addWidget(m_start);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, &RunnerStartPage::startRequested);
    connect(close, &QPushButton::clicked, this, &RunnerStartPage::closeRequested);
}

void RunnerStartPage::showRoutine(const Catalogue& catalogue, const Routine& routine, bool pregnancyMode)
{
    m_title->setText(esc(routine.title));
    const long long seconds = totalSeconds(buildPlan(routine, RoutineRunner::Options{}.getReadySeconds));
    const QString steps = routine.steps.size() == 1 ? tr("1 step") : tr("%1 steps").arg(routine.steps.size());
    m_summary->setText(QStringLiteral("<p>%1</p><p>%2</p>")
                           .arg(tr("%1, about %2 min with the pauses to get ready.")
                                    .arg(steps)
                                    .arg((seconds + 59) / 60)
                                    .toHtmlEscaped(),
                                esc(routine.notes)));

    const QString pregnancy = pregnancyHtml(catalogue, routine);
    m_pregnancy->setText(pregnancy);
    m_pregnancy->setVisible(!pregnancy.isEmpty());

    QString avoided;
    const auto avoid = stepsToAvoidInPregnancy(routine, catalogue);
    for (std::size_t i = 0; i < avoid.size(); ++i) {
        if (avoid[i])
            avoided += QStringLiteral("<li>%1</li>")
                           .arg(tr("\u25C6 Step %1, %2")
                                    .arg(i + 1)
                                    .arg(QString::fromStdString(routine.steps[i].code))
                                    .toHtmlEscaped());
    }
    const bool marking = pregnancyMode && !avoided.isEmpty();
    if (marking)
        m_avoided->setText(QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                               .arg(tr("Pregnancy mode: these steps are on points to avoid in pregnancy and are "
                                       "skipped.")
                                        .toHtmlEscaped(),
                                    avoided));
    m_avoided->setVisible(marking);
    m_showAvoided->setVisible(marking);
    m_showAvoided->setChecked(false);

    QString helpers;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        if (routine.steps[i].needsHelper)
            helpers += QStringLiteral("<li>%1</li>")
                           .arg(tr("Step %1, %2")
                                    .arg(i + 1)
                                    .arg(QString::fromStdString(routine.steps[i].code))
                                    .toHtmlEscaped());
    }
    if (!helpers.isEmpty())
        m_helpers->setText(
            QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                .arg(tr("These steps need a helper: someone else presses the point.").toHtmlEscaped(), helpers));
    m_helpers->setVisible(!helpers.isEmpty());
    m_pain->setRating(std::nullopt);
}

bool RunnerStartPage::showAvoidedSteps() const
{
    return !m_showAvoided->isHidden() && m_showAvoided->isChecked();
}

std::optional<int> RunnerStartPage::painBefore() const
{
    return m_pain->rating();
}

} // namespace acu
