#include "ui/window/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>

namespace acu {

namespace {

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
    const auto tr = [](const char* text) { return QObject::tr(text); };
    WindowActions a;
    a.print = makeAction(parent, QStringLiteral("actionPrint"), tr("&Print…"), QStringLiteral("document-print"),
                         QKeySequence::keyBindings(QKeySequence::Print),
                         tr("Print the point's card, or the list when no point is chosen"));
    a.printList = makeAction(parent, QStringLiteral("actionPrintList"), tr("Print &List…"), {}, {},
                             tr("Print the points the list shows, a row each"));
    a.printRoutine = makeAction(parent, QStringLiteral("actionPrintRoutine"), tr("Print &Routine…"), {}, {},
                                tr("Print the sheet of the routine open in the runner"));
    a.printRoutine->setEnabled(false);
    a.printPreview = makeAction(parent, QStringLiteral("actionPrintPreview"), tr("Print Pre&view…"),
                                QStringLiteral("document-print-preview"), {}, tr("See what Print prints"));
    a.exportPdf = makeAction(parent, QStringLiteral("actionExportPdf"), tr("&Export as PDF…"),
                             QStringLiteral("document-export"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                             tr("Save the point's card, or the list when no point is chosen, as a PDF"));
    a.exportListPdf = makeAction(parent, QStringLiteral("actionExportListPdf"), tr("Export List as P&DF…"), {}, {},
                                 tr("Save the points the list shows as a PDF"));
    a.copy = makeAction(parent, QStringLiteral("actionCopy"), tr("&Copy Point"), QStringLiteral("edit-copy"),
                        QKeySequence::keyBindings(QKeySequence::Copy),
                        tr("Copy the point's details, with their sources, as text"));
    a.copy->setEnabled(false);
    a.find = makeAction(parent, QStringLiteral("actionFind"), tr("&Find…"), QStringLiteral("edit-find"),
                        QKeySequence::keyBindings(QKeySequence::Find), tr("Search by code or name"));
    a.quit = makeAction(parent, QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("application-exit"),
                        QKeySequence::keyBindings(QKeySequence::Quit), {});
    a.quit->setMenuRole(QAction::QuitRole);
    a.zoomIn = makeAction(parent, QStringLiteral("actionZoomIn"), tr("Zoom &In"), QStringLiteral("zoom-in"),
                          QKeySequence::keyBindings(QKeySequence::ZoomIn), {});
    a.zoomOut = makeAction(parent, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QStringLiteral("zoom-out"),
                           QKeySequence::keyBindings(QKeySequence::ZoomOut), {});
    a.zoomFit = makeAction(parent, QStringLiteral("actionZoomFit"), tr("&Fit to Window"),
                           QStringLiteral("zoom-fit-best"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, {});
    a.back = makeAction(parent, QStringLiteral("actionBack"), tr("&Back"), QStringLiteral("go-previous"),
                        withStandard(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back),
                        tr("Back to the point viewed before"));
    a.back->setEnabled(false);
    a.forward = makeAction(parent, QStringLiteral("actionForward"), tr("&Forward"), QStringLiteral("go-next"),
                           withStandard(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward),
                           tr("Forward to the point viewed after"));
    a.forward->setEnabled(false);
    a.nextPoint = makeAction(parent, QStringLiteral("actionNextPoint"), tr("&Next Point"), QStringLiteral("go-down"),
                             {QKeySequence(Qt::ALT | Qt::Key_Down)}, {});
    a.previousPoint = makeAction(parent, QStringLiteral("actionPreviousPoint"), tr("&Previous Point"),
                                 QStringLiteral("go-up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, {});
    // Plain keys, taken only where no text is typed (a text field keeps its brackets).
    a.nextInChannel = makeAction(parent, QStringLiteral("actionNextInChannel"), tr("Next on &Channel"), {},
                                 {QKeySequence(Qt::Key_BracketRight)},
                                 tr("The next point along the current point's channel: ST36 to ST37"));
    a.nextInChannel->setEnabled(false);
    a.previousInChannel = makeAction(parent, QStringLiteral("actionPreviousInChannel"), tr("Previous on C&hannel"),
                                     {}, {QKeySequence(Qt::Key_BracketLeft)},
                                     tr("The point before along the current point's channel: ST36 to ST35"));
    a.previousInChannel->setEnabled(false);
    a.fullScreen = makeAction(parent, QStringLiteral("actionFullScreen"), tr("F&ull Screen"),
                              QStringLiteral("view-fullscreen"), QKeySequence::keyBindings(QKeySequence::FullScreen),
                              {});
    a.fullScreen->setCheckable(true);
    a.pregnancyMode = makeAction(parent, QStringLiteral("actionPregnancyMode"), tr("&Pregnancy Mode"),
                                 QStringLiteral("emblem-important"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                                 tr("Show which points to avoid or take care with in pregnancy"));
    a.pregnancyMode->setCheckable(true);
    a.hideContraindicated = makeAction(parent, QStringLiteral("actionHideContraindicated"),
                                       tr("&Hide Points to Avoid in Pregnancy"), QStringLiteral("view-hidden"),
                                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
                                       tr("Hide the points traditionally forbidden in pregnancy"));
    a.hideContraindicated->setCheckable(true);
    a.hideContraindicated->setIconText(tr("Hide \u25C6 Points"));
    a.hideContraindicated->setEnabled(false);
    a.appearanceSystem = makeAction(parent, QStringLiteral("actionAppearanceSystem"), tr("&System"), {}, {},
                                    tr("Follow the desktop's colours, light or dark"));
    a.appearanceLight = makeAction(parent, QStringLiteral("actionAppearanceLight"), tr("&Light"), {}, {},
                                   tr("Dark text on light backgrounds, whatever the desktop uses"));
    a.appearanceDark = makeAction(parent, QStringLiteral("actionAppearanceDark"), tr("&Dark"), {}, {},
                                  tr("Light text on dark backgrounds, whatever the desktop uses"));
    auto* appearances = new QActionGroup(parent);
    for (QAction* action : {a.appearanceSystem, a.appearanceLight, a.appearanceDark}) {
        action->setCheckable(true);
        appearances->addAction(action);
    }
    a.appearanceSystem->setChecked(true);
    a.disclaimer = makeAction(parent, QStringLiteral("actionDisclaimer"), tr("&Medical Disclaimer"),
                              QStringLiteral("dialog-warning"), {}, {});
    a.about = makeAction(parent, QStringLiteral("actionAbout"), tr("&About Acupoint Atlas"),
                         QStringLiteral("help-about"), {}, {});
    a.about->setMenuRole(QAction::AboutRole);
    return a;
}

} // namespace acu
