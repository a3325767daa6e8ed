#include "ui/window/WindowCapture.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QWidget>

#include <algorithm>
#include <filesystem>

namespace acu {

namespace {

/// zlib level 1: a fast write (Qt maps PNG quality q to level (100 - q) * 9 / 91).
constexpr int kPngQuality = 80;

/// On the offscreen platform a window's screen pixels are its backing store: copying them
/// gives the window exactly as it was painted, without painting every widget a second time.
/// Returns a null pixmap where that copy is not available or not the whole window (Qt 6.4
/// copies only part of it at a device pixel ratio other than 1).
QPixmap copyPaintedWindow(QWidget& widget)
{
    if (QGuiApplication::platformName() != QLatin1String("offscreen") || !widget.isWindow())
        return {};
    QScreen* screen = widget.screen();
    if (!screen)
        return {};
    QPixmap pixmap = screen->grabWindow(widget.winId());
    const QSize expected = widget.size() * widget.devicePixelRatio();
    return pixmap.size() == expected ? pixmap : QPixmap();
}

/// The texts of this file, translated in context acu::WindowCapture.
class WindowCaptureText {
    Q_DECLARE_TR_FUNCTIONS(acu::WindowCapture)
};

/// The format a file name's suffix names, in QImageWriter's lower case: "a.JPG" -> "jpg".
QByteArray suffixFormat(const QString& path)
{
    return QFileInfo(path).suffix().toLower().toLatin1();
}

/// ".bmp, .jpeg, .jpg, .png, ...": every suffix QImageWriter writes.
QString writableSuffixes()
{
    QList<QByteArray> formats = QImageWriter::supportedImageFormats();
    std::sort(formats.begin(), formats.end());
    QStringList suffixes;
    for (const QByteArray& format : formats)
        suffixes.append(QLatin1Char('.') + QString::fromLatin1(format));
    return suffixes.join(QStringLiteral(", "));
}

/// What kind of thing path is when it is not a regular file, or "" when it is one or
/// does not exist.
QString notAFile(const std::filesystem::file_type type)
{
    using std::filesystem::file_type;
    switch (type) {
    case file_type::regular:
    case file_type::not_found:
        return {};
    case file_type::directory:
        return WindowCaptureText::tr("a folder");
    case file_type::fifo:
        return WindowCaptureText::tr("a FIFO (named pipe)");
    case file_type::socket:
        return WindowCaptureText::tr("a socket");
    case file_type::block:
    case file_type::character:
        return WindowCaptureText::tr("a device");
    default:
        return WindowCaptureText::tr("something other than a file");
    }
}

QString writeImage(QWidget& widget, const QString& path, const QByteArray& format)
{
    const QPixmap pixmap = capturePainted(widget);
    if (pixmap.isNull())
        return WindowCaptureText::tr("the window could not be rendered");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WindowCaptureText::tr("could not write %1: %2").arg(path, file.errorString());
    QImageWriter writer(&file, format);
    if (format == "png")
        writer.setQuality(kPngQuality);
    if (!writer.write(pixmap.toImage().convertToFormat(QImage::Format_RGB888)))
        return WindowCaptureText::tr("could not write %1: %2").arg(path, writer.errorString());
    if (!file.commit())
        return WindowCaptureText::tr("could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString captureTargetProblem(const QString& path)
{
    if (path.isEmpty())
        return WindowCaptureText::tr("no file name given");
    namespace fs = std::filesystem;
    const fs::path native(QFile::encodeName(path).toStdString());
    std::error_code error;
    const fs::file_status status = fs::status(native, error); // follows symbolic links
    if (error && status.type() != fs::file_type::not_found)
        return WindowCaptureText::tr("%1: %2").arg(path, QString::fromLocal8Bit(error.message()));
    if (const QString kind = notAFile(status.type()); !kind.isEmpty())
        return WindowCaptureText::tr("%1 is %2, not a regular file").arg(path, kind);
    if (status.type() == fs::file_type::not_found && fs::is_symlink(fs::symlink_status(native, error)))
        return WindowCaptureText::tr("%1 is a symbolic link to a file that does not exist").arg(path);

    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return WindowCaptureText::tr("%1: the folder %2 does not exist").arg(path, folder.filePath());
    if (!folder.isDir())
        return WindowCaptureText::tr("%1: %2 is not a folder").arg(path, folder.filePath());
    if (!folder.isWritable())
        return WindowCaptureText::tr("%1: the folder %2 is not writable").arg(path, folder.filePath());
    if (file.exists() && !file.isWritable())
        return WindowCaptureText::tr("%1 is read-only").arg(path);

    const QByteArray format = suffixFormat(path);
    if (format.isEmpty())
        return WindowCaptureText::tr("%1 has no suffix to name its image format: end it in one of %2")
            .arg(path, writableSuffixes());
    if (!QImageWriter::supportedImageFormats().contains(format))
        return WindowCaptureText::tr("%1: cannot write .%2 images: end it in one of %3")
            .arg(path, QString::fromLatin1(format), writableSuffixes());
    return {};
}

QPixmap capturePainted(QWidget& widget)
{
    QCoreApplication::processEvents(); // the first paint
    const QPixmap copied = copyPaintedWindow(widget);
    return copied.isNull() ? widget.grab() : copied;
}

QString captureToFile(QWidget& widget, const QString& path)
{
    return writeImage(widget, path, suffixFormat(path));
}

QString captureToPng(QWidget& widget, const QString& path)
{
    return writeImage(widget, path, "png");
}

} // namespace acu
