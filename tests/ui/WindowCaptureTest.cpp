// --screenshot's capture: the window's pixels as painted, written in the format the file's
// suffix names, to a place checked first.

#include "support/QtPrinters.h"
#include "ui/window/WindowCapture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

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
    QFile probe(missing); // what Qt says when the folder is missing
    ASSERT_FALSE(probe.open(QIODevice::WriteOnly));
    EXPECT_EQ(acu::captureToPng(shown.window, missing),
              QStringLiteral("could not write %1: %2").arg(missing, probe.errorString()));
}

namespace {

/// The first bytes of a file.
QByteArray head(const QString& path, qint64 count)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(count) : QByteArray();
}

/// ".bmp, .jpeg, ...", as the capture lists the suffixes it writes.
QString suffixList()
{
    QList<QByteArray> formats = QImageWriter::supportedImageFormats();
    std::sort(formats.begin(), formats.end());
    QStringList suffixes;
    for (const auto& format : formats)
        suffixes.append(QStringLiteral(".") + QString::fromLatin1(format));
    return suffixes.join(QStringLiteral(", "));
}

} // namespace

// The suffix names the format: .jpg and .JPG write JPEG, .bmp BMP, .png PNG.
TEST(WindowCapture, captureToFile_writesTheFormatTheSuffixNames)
{
    ShownWindow shown;
    QTemporaryDir dir;
    const QString jpg = dir.filePath(QStringLiteral("window.jpg"));
    const QString upperJpg = dir.filePath(QStringLiteral("window.JPG"));
    const QString bmp = dir.filePath(QStringLiteral("window.bmp"));
    const QString png = dir.filePath(QStringLiteral("window.png"));
    for (const QString& path : {jpg, upperJpg, bmp, png})
        EXPECT_EQ(acu::captureToFile(shown.window, path), QString()) << path.toStdString();

    EXPECT_EQ(head(jpg, 3), QByteArray("\xff\xd8\xff"));
    EXPECT_EQ(head(upperJpg, 3), QByteArray("\xff\xd8\xff"));
    EXPECT_EQ(head(bmp, 2), QByteArray("BM"));
    EXPECT_EQ(head(png, 8), QByteArray("\x89PNG\r\n\x1a\n"));
    EXPECT_EQ(QImageReader(jpg).format(), QByteArray("jpeg"));
    EXPECT_EQ(QImage(jpg).size(), QSize(320, 200));
    EXPECT_EQ(QImage(bmp).pixelColor(160, 100), QColor(0x20, 0x60, 0xa0));
}

// An existing regular file is replaced whole, and no temporary file is left beside it.
TEST(WindowCapture, captureToFile_replacesAnExistingFile)
{
    ShownWindow shown;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.png"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    EXPECT_EQ(acu::captureTargetProblem(path), QString());
    EXPECT_EQ(acu::captureToFile(shown.window, path), QString());
    EXPECT_EQ(QImage(path).size(), QSize(320, 200));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("window.png")});
}

// A new file in an existing folder may be written, with any suffix QImageWriter writes.
TEST(WindowCapture, captureTargetProblem_newFileInAFolder_isAccepted)
{
    QTemporaryDir dir;
    EXPECT_EQ(acu::captureTargetProblem(dir.filePath(QStringLiteral("window.png"))), QString());
    EXPECT_EQ(acu::captureTargetProblem(dir.filePath(QStringLiteral("window.jpg"))), QString());
    EXPECT_EQ(acu::captureTargetProblem(dir.filePath(QStringLiteral("window.JPEG"))), QString());
    EXPECT_EQ(acu::captureTargetProblem(dir.filePath(QStringLiteral("window.bmp"))), QString());
}

// A FIFO is refused (writing to one blocks until something reads it).
TEST(WindowCapture, captureTargetProblem_fifo_isRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.png"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    EXPECT_EQ(acu::captureTargetProblem(path), path + QStringLiteral(" is a FIFO (named pipe), not a regular file"));
}

// A folder, a device and a link to nothing are refused, each named for what it is.
TEST(WindowCapture, captureTargetProblem_notARegularFile_isRefused)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder.png"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_EQ(acu::captureTargetProblem(folder), folder + QStringLiteral(" is a folder, not a regular file"));
    EXPECT_EQ(acu::captureTargetProblem(QStringLiteral("/dev/null")),
              QStringLiteral("/dev/null is a device, not a regular file"));

    const QString dangling = dir.filePath(QStringLiteral("dangling.png"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("nothing.png")), dangling));
    EXPECT_EQ(acu::captureTargetProblem(dangling),
              dangling + QStringLiteral(" is a symbolic link to a file that does not exist"));
}

// A file in a folder that does not exist, or under a file, is refused with the folder named.
TEST(WindowCapture, captureTargetProblem_missingFolder_isRefused)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such"));
    const QString path = missing + QStringLiteral("/window.png");
    EXPECT_EQ(acu::captureTargetProblem(path), path + QStringLiteral(": the folder %1 does not exist").arg(missing));

    const QString file = dir.filePath(QStringLiteral("file.txt"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString underFile = file + QStringLiteral("/window.png");
    EXPECT_EQ(acu::captureTargetProblem(underFile), underFile + QStringLiteral(": %1 is not a folder").arg(file));
}

// A read-only file or folder is refused (root may write anywhere, so this needs another user).
TEST(WindowCapture, captureTargetProblem_readOnly_isRefused)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write to read-only files and folders";
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("window.png"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    ASSERT_TRUE(plain.setPermissions(QFile::ReadOwner));
    EXPECT_EQ(acu::captureTargetProblem(file), file + QStringLiteral(" is read-only"));

    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString inside = folder + QStringLiteral("/window.png");
    EXPECT_EQ(acu::captureTargetProblem(inside),
              inside + QStringLiteral(": the folder %1 is not writable").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A name with no suffix, or one naming a format Qt cannot write, is refused with the list.
TEST(WindowCapture, captureTargetProblem_unknownFormat_isRefusedWithTheFormats)
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("window"));
    EXPECT_EQ(acu::captureTargetProblem(bare),
              bare + QStringLiteral(" has no suffix to name its image format: end it in one of ") + suffixList());
    const QString unknown = dir.filePath(QStringLiteral("window.xyz"));
    EXPECT_EQ(acu::captureTargetProblem(unknown),
              unknown + QStringLiteral(": cannot write .xyz images: end it in one of ") + suffixList());
    EXPECT_TRUE(suffixList().contains(QStringLiteral(".jpg, ")));
    EXPECT_TRUE(suffixList().contains(QStringLiteral(".png, ")));
    EXPECT_EQ(acu::captureTargetProblem(QString()), QStringLiteral("no file name given"));
}
