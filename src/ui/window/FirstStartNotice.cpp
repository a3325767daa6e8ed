#include "ui/window/FirstStartNotice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::FirstStartNotice.
class FirstStartNoticeText {
    Q_DECLARE_TR_FUNCTIONS(acu::FirstStartNotice)
};

} // namespace

QMessageBox* createFirstStartNotice(QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("firstStartNotice"));
    box->setWindowTitle(FirstStartNoticeText::tr("Welcome to Acupoint Atlas"));
    box->setIcon(QMessageBox::Information);
    box->setTextFormat(Qt::RichText);
    box->setText(FirstStartNoticeText::tr(
        "<p><b>Acupoint Atlas is a reference, not medical advice.</b></p>"
        "<p>See a doctor instead of pressing points when back pain is severe, lasts or gets worse, "
        "follows an injury or a fall, or comes with numbness, weakness, fever, or loss of bladder or "
        "bowel control.</p>"));
    box->setInformativeText(
        FirstStartNoticeText::tr("<p><b>Are you pregnant, or pressing points for someone who is?</b> Traditional "
                                 "teaching forbids some points in pregnancy. Pregnancy mode marks them in the list "
                                 "and on the body map, and lets you hide them. You can change this at any time in "
                                 "the View menu.</p>"));
    box->addButton(FirstStartNoticeText::tr("Turn On Pregnancy Mode"), QMessageBox::AcceptRole);
    QPushButton* notNow = box->addButton(FirstStartNoticeText::tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(notNow);
    box->setEscapeButton(notNow);
    return box;
}

bool askAtFirstStart(QWidget* parent)
{
    QMessageBox* box = createFirstStartNotice(parent);
    box->exec();
    const bool accepted = box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    box->deleteLater();
    return accepted;
}

} // namespace acu
