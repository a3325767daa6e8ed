#include "MedicalNotice.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace acu {

MedicalNotice::MedicalNotice(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("medicalNotice"));
    setAccessibleName(tr("Medical notice"));

    auto* headline = new QLabel(tr("A reference, not medical advice."), this);
    headline->setObjectName(QStringLiteral("medicalNoticeHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    auto* advice =
        new QLabel(tr("See a doctor for back pain that is severe, lasting or follows an injury."), this);
    advice->setObjectName(QStringLiteral("medicalNoticeAdvice"));
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);

    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("medicalNoticeMore"));
    more->setText(tr("Disclaimer…"));
    more->setAccessibleName(tr("Read the medical disclaimer"));
    more->setAutoRaise(true);
    connect(more, &QToolButton::clicked, this, &MedicalNotice::disclaimerRequested);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    layout->addWidget(headline, 0, 0);
    layout->addWidget(more, 0, 1, Qt::AlignRight);
    layout->addWidget(advice, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

} // namespace acu
