#include "ui/details/MedicalNotice.h"

#include "ui/theme/CautionColour.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace acu {

namespace {

QColor blend(const QColor& over, const QColor& under, double amount)
{
    return QColor::fromRgbF(float(over.redF() * amount + under.redF() * (1 - amount)),
                            float(over.greenF() * amount + under.greenF() * (1 - amount)),
                            float(over.blueF() * amount + under.blueF() * (1 - amount)));
}

} // namespace

MedicalNotice::MedicalNotice(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("medicalNotice"));
    setAccessibleName(tr("Medical notice"));

    auto* headline = new QLabel(tr("A reference, not medical advice."), this);
    headline->setObjectName(QStringLiteral("medicalNoticeHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);

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
    layout->setContentsMargins(8, 4, 4, 6);
    layout->setVerticalSpacing(0);
    layout->addWidget(headline, 0, 0);
    layout->addWidget(more, 0, 1, Qt::AlignRight);
    layout->addWidget(advice, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

QColor MedicalNotice::fillColor() const { return blend(kCautionColour, palette().color(QPalette::Window), 0.14); }

QColor MedicalNotice::borderColor() const { return blend(kCautionColour, palette().color(QPalette::Window), 0.7); }

void MedicalNotice::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(borderColor(), 1));
    painter.setBrush(fillColor());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
}

} // namespace acu
