#pragma once

#include <QObject>

class QAction;

namespace acu {

/// Every window action, created in one place with its standard shortcut.
struct WindowActions {
    QAction* print = nullptr;
    QAction* printList = nullptr;
    QAction* printRoutine = nullptr; ///< the routine open in the runner; disabled until one is
    QAction* printPreview = nullptr;
    QAction* exportPdf = nullptr;
    QAction* exportListPdf = nullptr;
    QAction* copy = nullptr;
    QAction* find = nullptr;
    QAction* quit = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomFit = nullptr;
    QAction* back = nullptr;    ///< the point viewed before (Alt+Left)
    QAction* forward = nullptr; ///< the point viewed after, once back (Alt+Right)
    QAction* nextPoint = nullptr;
    QAction* previousPoint = nullptr;
    QAction* nextInChannel = nullptr;     ///< the next point of the current point's channel (])
    QAction* previousInChannel = nullptr; ///< the point before it on its channel ([)
    QAction* fullScreen = nullptr;
    QAction* pregnancyMode = nullptr;
    QAction* hideContraindicated = nullptr;
    QAction* appearanceSystem = nullptr; ///< View > Appearance: the desktop's palette
    QAction* appearanceLight = nullptr;  ///< the app's own light palette
    QAction* appearanceDark = nullptr;   ///< the app's own dark palette
    QAction* disclaimer = nullptr;
    QAction* about = nullptr;
};

/// Creates the actions, owned by parent.
[[nodiscard]] WindowActions createWindowActions(QObject* parent);

} // namespace acu
