// The baseline for start-up time: an empty Qt Widgets main window that renders itself to a
// PNG once it has painted and exits, as `acupoint-atlas --screenshot` does. See
// docs/performance.md.

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QPixmap>
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
    QTimer::singleShot(0, &window, [&] {
        QCoreApplication::processEvents();
        QCoreApplication::exit(window.grab().toImage().convertToFormat(QImage::Format_RGB888).save(path, "PNG", 80) ? 0 : 1);
    });
    return app.exec();
}
