// --screenshot's capture: the window's pixels as painted, written as a PNG.

#include "support/QtPrinters.h"
#include "ui/window/WindowCapture.h"

#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// A shown window with text and a coloured panel, so that a wrong or partial copy shows.
struct ShownWindow {
    ShownWindow()
    {
        auto* label = new QLabel(QStringLiteral("BL52 Zhìshì"));
        label->setAutoFillBackground(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, QColor(0x20, 0x60, 0xa0));
        label->setPalette(palette);
        window.setCentralWidget(label);
        window.resize(320, 200);
        window.show();
    }
    QMainWindow window;
};

QImage rgb(const QPixmap& pixmap) { return pixmap.toImage().convertToFormat(QImage::Format_RGB888); }

} // namespace

// The capture is the window as painted: the same pixels as rendering it again.
TEST(WindowCapture, capturePainted_matchesTheRenderedWindow)
{
    ShownWindow shown;
    const QPixmap captured = acu::capturePainted(shown.window);
    ASSERT_FALSE(captured.isNull());
    EXPECT_EQ(captured.size(), QSize(320, 200));
    EXPECT_EQ(rgb(captured), rgb(shown.window.grab()));
    EXPECT_EQ(rgb(captured).pixelColor(160, 100), QColor(0x20, 0x60, 0xa0));
}

// A widget inside a window is rendered on its own, at its own size.
TEST(WindowCapture, capturePainted_childWidgetIsRendered)
{
    ShownWindow shown;
    QWidget* label = shown.window.centralWidget();
    const QPixmap captured = acu::capturePainted(*label);
    ASSERT_FALSE(captured.isNull());
    EXPECT_EQ(captured.size(), label->size());
    EXPECT_EQ(rgb(captured).pixelColor(label->width() - 2, label->height() - 2), QColor(0x20, 0x60, 0xa0));
}

// captureToPng writes a PNG of the window; an unwritable path is reported, not ignored.
TEST(WindowCapture, captureToPng_writesOrSaysWhy)
{
    ShownWindow shown;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.png"));
    EXPECT_EQ(acu::captureToPng(shown.window, path), QString());
    const QImage written(path);
    EXPECT_EQ(written.size(), QSize(320, 200));
    EXPECT_EQ(written.pixelColor(160, 100), QColor(0x20, 0x60, 0xa0));

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/window.png"));
    EXPECT_EQ(acu::captureToPng(shown.window, missing), QStringLiteral("could not write %1").arg(missing));
}
