#include "ui/window/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

namespace acu {

namespace {

/// The texts of this file, translated in context acu::WindowActions.
class WindowActionsText {
    Q_DECLARE_TR_FUNCTIONS(acu::WindowActions)
};

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QString& icon,
                    const QList<QKeySequence>& shortcuts, const QString& tip)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    QString toolTip = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip;
    if (!shortcuts.isEmpty())
        toolTip += QStringLiteral(" (%1)").arg(shortcuts.constFirst().toString(QKeySequence::NativeText));
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

/// first, then the platform's bindings for the standard key, without repeats.
QList<QKeySequence> withStandard(const QKeySequence& first, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys{first};
    for (const auto& binding : QKeySequence::keyBindings(key)) {
        if (!keys.contains(binding))
            keys.append(binding);
    }
    return keys;
}

} // namespace

WindowActions createWindowActions(QObject* parent)
{
    WindowActions a;
    a.print = makeAction(parent, QStringLiteral("actionPrint"), WindowActionsText::tr("&Print…"),
                         QStringLiteral("document-print"), QKeySequence::keyBindings(QKeySequence::Print),
                         WindowActionsText::tr("Print the point's card, or the list when no point is chosen"));
    a.printList = makeAction(parent, QStringLiteral("actionPrintList"), WindowActionsText::tr("Print &List…"), {}, {},
                             WindowActionsText::tr("Print the points the list shows, a row each"));
    a.printRoutine = makeAction(parent, QStringLiteral("actionPrintRoutine"), WindowActionsText::tr("Print &Routine…"),
                                {}, {}, WindowActionsText::tr("Print the sheet of the routine open in the runner"));
    a.printRoutine->setEnabled(false);
    a.printPreview =
        makeAction(parent, QStringLiteral("actionPrintPreview"), WindowActionsText::tr("Print Pre&view…"),
                   QStringLiteral("document-print-preview"), {}, WindowActionsText::tr("See what Print prints"));
    a.exportPdf =
        makeAction(parent, QStringLiteral("actionExportPdf"), WindowActionsText::tr("&Export as PDF…"),
                   QStringLiteral("document-export"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                   WindowActionsText::tr("Save the point's card, or the list when no point is chosen, as a PDF"));
    a.exportListPdf =
        makeAction(parent, QStringLiteral("actionExportListPdf"), WindowActionsText::tr("Export List as P&DF…"), {}, {},
                   WindowActionsText::tr("Save the points the list shows as a PDF"));
    a.copy = makeAction(parent, QStringLiteral("actionCopy"), WindowActionsText::tr("&Copy Point"),
                        QStringLiteral("edit-copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                        WindowActionsText::tr("Copy the point's details, with their sources, as text"));
    a.copy->setEnabled(false);
    a.find =
        makeAction(parent, QStringLiteral("actionFind"), WindowActionsText::tr("&Find…"), QStringLiteral("edit-find"),
                   QKeySequence::keyBindings(QKeySequence::Find), WindowActionsText::tr("Search by code or name"));
    a.quit = makeAction(parent, QStringLiteral("actionQuit"), WindowActionsText::tr("&Quit"),
                        QStringLiteral("application-exit"), QKeySequence::keyBindings(QKeySequence::Quit), {});
    a.quit->setMenuRole(QAction::QuitRole);
    a.zoomIn = makeAction(parent, QStringLiteral("actionZoomIn"), WindowActionsText::tr("Zoom &In"),
                          QStringLiteral("zoom-in"), QKeySequence::keyBindings(QKeySequence::ZoomIn), {});
    a.zoomOut = makeAction(parent, QStringLiteral("actionZoomOut"), WindowActionsText::tr("Zoom &Out"),
                           QStringLiteral("zoom-out"), QKeySequence::keyBindings(QKeySequence::ZoomOut), {});
    a.zoomFit = makeAction(parent, QStringLiteral("actionZoomFit"), WindowActionsText::tr("&Fit to Window"),
                           QStringLiteral("zoom-fit-best"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, {});
    a.back =
        makeAction(parent, QStringLiteral("actionBack"), WindowActionsText::tr("&Back"), QStringLiteral("go-previous"),
                   withStandard(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back),
                   WindowActionsText::tr("Back to the point viewed before"));
    a.back->setEnabled(false);
    a.forward = makeAction(parent, QStringLiteral("actionForward"), WindowActionsText::tr("&Forward"),
                           QStringLiteral("go-next"),
                           withStandard(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward),
                           WindowActionsText::tr("Forward to the point viewed after"));
    a.forward->setEnabled(false);
    a.nextPoint = makeAction(parent, QStringLiteral("actionNextPoint"), WindowActionsText::tr("&Next Point"),
                             QStringLiteral("go-down"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, {});
    a.previousPoint =
        makeAction(parent, QStringLiteral("actionPreviousPoint"), WindowActionsText::tr("&Previous Point"),
                   QStringLiteral("go-up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, {});
    // Plain keys, taken only where no text is typed (a text field keeps its brackets).
    a.nextInChannel =
        makeAction(parent, QStringLiteral("actionNextInChannel"), WindowActionsText::tr("Next on &Channel"), {},
                   {QKeySequence(Qt::Key_BracketRight)},
                   WindowActionsText::tr("The next point along the current point's channel: ST36 to ST37"));
    a.nextInChannel->setEnabled(false);
    a.previousInChannel =
        makeAction(parent, QStringLiteral("actionPreviousInChannel"), WindowActionsText::tr("Previous on C&hannel"), {},
                   {QKeySequence(Qt::Key_BracketLeft)},
                   WindowActionsText::tr("The point before along the current point's channel: ST36 to ST35"));
    a.previousInChannel->setEnabled(false);
    a.fullScreen =
        makeAction(parent, QStringLiteral("actionFullScreen"), WindowActionsText::tr("F&ull Screen"),
                   QStringLiteral("view-fullscreen"), QKeySequence::keyBindings(QKeySequence::FullScreen), {});
    a.fullScreen->setCheckable(true);
    a.pregnancyMode =
        makeAction(parent, QStringLiteral("actionPregnancyMode"), WindowActionsText::tr("&Pregnancy Mode"),
                   QStringLiteral("emblem-important"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                   WindowActionsText::tr("Show which points to avoid or take care with in pregnancy"));
    a.pregnancyMode->setCheckable(true);
    a.hideContraindicated = makeAction(parent, QStringLiteral("actionHideContraindicated"),
                                       WindowActionsText::tr("&Hide Points to Avoid in Pregnancy"),
                                       QStringLiteral("view-hidden"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
                                       WindowActionsText::tr("Hide the points traditionally forbidden in pregnancy"));
    a.hideContraindicated->setCheckable(true);
    a.hideContraindicated->setIconText(WindowActionsText::tr("Hide \u25C6 Points"));
    a.hideContraindicated->setEnabled(false);
    a.appearanceSystem = makeAction(parent, QStringLiteral("actionAppearanceSystem"), WindowActionsText::tr("&System"),
                                    {}, {}, WindowActionsText::tr("Follow the desktop's colours, light or dark"));
    a.appearanceLight =
        makeAction(parent, QStringLiteral("actionAppearanceLight"), WindowActionsText::tr("&Light"), {}, {},
                   WindowActionsText::tr("Dark text on light backgrounds, whatever the desktop uses"));
    a.appearanceDark =
        makeAction(parent, QStringLiteral("actionAppearanceDark"), WindowActionsText::tr("&Dark"), {}, {},
                   WindowActionsText::tr("Light text on dark backgrounds, whatever the desktop uses"));
    auto* appearances = new QActionGroup(parent);
    for (QAction* action : {a.appearanceSystem, a.appearanceLight, a.appearanceDark}) {
        action->setCheckable(true);
        appearances->addAction(action);
    }
    a.appearanceSystem->setChecked(true);
    a.disclaimer = makeAction(parent, QStringLiteral("actionDisclaimer"), WindowActionsText::tr("&Medical Disclaimer"),
                              QStringLiteral("dialog-warning"), {}, {});
    a.about = makeAction(parent, QStringLiteral("actionAbout"), WindowActionsText::tr("&About Acupoint Atlas"),
                         QStringLiteral("help-about"), {}, {});
    a.about->setMenuRole(QAction::AboutRole);
    return a;
}

} // namespace acu
