#include "ui/window/FirstStartNotice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace acu {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("acu::FirstStartNotice", text); }

} // namespace

QMessageBox* createFirstStartNotice(QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("firstStartNotice"));
    box->setWindowTitle(tr("Welcome to Acupoint Atlas"));
    box->setIcon(QMessageBox::Information);
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<p><b>Acupoint Atlas is a reference, not medical advice.</b></p>"
                    "<p>See a doctor instead of pressing points when back pain is severe, lasts or gets worse, "
                    "follows an injury or a fall, or comes with numbness, weakness, fever, or loss of bladder or "
                    "bowel control.</p>"));
    box->setInformativeText(tr("<p><b>Are you pregnant, or pressing points for someone who is?</b> Traditional "
                               "teaching forbids some points in pregnancy. Pregnancy mode marks them in the list "
                               "and on the body map, and lets you hide them. You can change this at any time in "
                               "the View menu.</p>"));
    box->addButton(tr("Turn On Pregnancy Mode"), QMessageBox::AcceptRole);
    QPushButton* notNow = box->addButton(tr("Not Now"), QMessageBox::RejectRole);
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
