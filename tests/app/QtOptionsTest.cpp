// Qt's own command-line options reach Qt: the program run with -style or -reverse takes a
// screenshot that shows them, instead of refusing them as unknown options.

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTransform>

#include <gtest/gtest.h>

#include <cstdlib>

namespace {

struct ProgramRun {
    int status = -1;
    QString errors;
    QImage image;
};

/// The program run with `arguments` and --screenshot at 900x600 on the offscreen platform.
ProgramRun screenshot(const QStringList& arguments)
{
    static QTemporaryDir folder;
    static int count = 0;
    const QString path = folder.filePath(QStringLiteral("shot-%1.png").arg(++count));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACU_PROGRAM),
                  arguments + QStringList{QStringLiteral("--size"), QStringLiteral("900x600"),
                                          QStringLiteral("--screenshot"), path});
    ProgramRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.status = process.exitCode();
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    run.image = QImage(path).convertToFormat(QImage::Format_RGB32);
    return run;
}

/// How far apart two pictures of the same size are: the mean difference of their grey
/// levels, 0 to 255, over a coarse grid.
double difference(const QImage& a, const QImage& b)
{
    const QImage small_a = a.scaled(90, 60, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage small_b = b.scaled(90, 60, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int y = 0; y < 60; ++y) {
        for (int x = 0; x < 90; ++x)
            sum += std::abs(qGray(small_a.pixel(x, y)) - qGray(small_b.pixel(x, y)));
    }
    return sum / (90 * 60);
}

} // namespace

// -style Windows is taken by Qt, and the window is drawn in that style, not the default one.
TEST(QtOptions, style_isUsed)
{
    const ProgramRun fusion = screenshot({QStringLiteral("-style"), QStringLiteral("Fusion")});
    const ProgramRun windows = screenshot({QStringLiteral("-style"), QStringLiteral("Windows")});
    ASSERT_EQ(fusion.status, 0) << fusion.errors.toStdString();
    ASSERT_EQ(windows.status, 0) << windows.errors.toStdString();
    EXPECT_FALSE(fusion.errors.contains(QStringLiteral("Unknown option"))) << fusion.errors.toStdString();
    ASSERT_FALSE(fusion.image.isNull());
    ASSERT_EQ(windows.image.size(), fusion.image.size());
    EXPECT_GT(difference(windows.image, fusion.image), 1.0);
}

// -reverse lays the window out right to left: the list is on the right, so the picture is
// nearer to the left-to-right one mirrored than as it is.
TEST(QtOptions, reverse_laysOutRightToLeft)
{
    const ProgramRun normal = screenshot({});
    const ProgramRun reversed = screenshot({QStringLiteral("-reverse")});
    ASSERT_EQ(normal.status, 0) << normal.errors.toStdString();
    ASSERT_EQ(reversed.status, 0) << reversed.errors.toStdString();
    ASSERT_EQ(reversed.image.size(), normal.image.size());
    const QImage mirrored = reversed.image.mirrored(true, false);
    EXPECT_LT(difference(mirrored, normal.image), difference(reversed.image, normal.image) / 2);
}

// Qt's options go beside the program's own, in either order, with two dashes as with one:
// a style sheet given with --stylesheet paints the window.
TEST(QtOptions, mixedWithTheProgramsOptions)
{
    QTemporaryDir folder;
    const QString sheet = folder.filePath(QStringLiteral("orange.qss"));
    QFile file(sheet);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("QMainWindow, QStatusBar { background: #ff8000; }");
    file.close();
    const ProgramRun plain =
        screenshot({QStringLiteral("--pregnancy"), QStringLiteral("--select"), QStringLiteral("BL52")});
    const ProgramRun styled = screenshot({QStringLiteral("--pregnancy"), QStringLiteral("--stylesheet"), sheet,
                                          QStringLiteral("--select"), QStringLiteral("BL52")});
    ASSERT_EQ(styled.status, 0) << styled.errors.toStdString();
    ASSERT_EQ(plain.status, 0) << plain.errors.toStdString();
    const QPoint statusBar(styled.image.width() / 2, styled.image.height() - 3);
    EXPECT_EQ(styled.image.pixelColor(statusBar), QColor(0xff, 0x80, 0x00));
    EXPECT_NE(plain.image.pixelColor(statusBar), QColor(0xff, 0x80, 0x00));
}

// An option neither the program nor Qt knows is still refused, by its whole name.
TEST(QtOptions, unknownOption_stillRefused)
{
    const ProgramRun run = screenshot({QStringLiteral("-stile"), QStringLiteral("Fusion")});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.errors.contains(QStringLiteral("Unknown option 'stile'."))) << run.errors.toStdString();
}
