// The baseline for start-up time: an empty Qt Widgets main window that, like
// `acupoint-atlas --screenshot`, writes itself to a PNG once it has painted and exits. It
// compiles the app's own capture code (src/ui/WindowCapture.cpp) and nothing else of the
// app, so both programs pay the same for the capture. See docs/performance.md.

#include "ui/window/WindowCapture.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [&] { QCoreApplication::exit(acu::captureToPng(window, path).isEmpty() ? 0 : 1); });
    return app.exec();
}
