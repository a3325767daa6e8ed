// The medical notice is a message bar: its text on a tint of the caution colour inside a
// border of it, visible against light and dark window colours.

#include "support/QtPrinters.h"
#include "ui/details/MedicalNotice.h"

#include <QImage>
#include <QLabel>
#include <QPalette>

#include <cstdlib>

#include <gtest/gtest.h>

namespace {

/// The notice painted alone, 400x60, with the given window colour.
QImage paintedNotice(const QColor& window, acu::MedicalNotice& notice)
{
    QPalette palette = notice.palette();
    palette.setColor(QPalette::Window, window);
    notice.setPalette(palette);
    notice.resize(400, 60);
    QImage image(notice.size(), QImage::Format_RGB32);
    image.fill(window);
    notice.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

int distance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST(MedicalNotice, paintsATintedBarWithABorder)
{
    for (const QColor window : {QColor(0xef, 0xef, 0xef), QColor(0x2b, 0x2b, 0x2b)}) {
        acu::MedicalNotice notice;
        const QImage image = paintedNotice(window, notice);
        const QColor fill = image.pixelColor(4, image.height() - 4); // below the text, inside the border
        const QColor border = image.pixelColor(0, image.height() / 2);
        EXPECT_LE(distance(fill, notice.fillColor()), 6) << window.name().toStdString();
        EXPECT_LE(distance(border, notice.borderColor()), 30) << window.name().toStdString();
        EXPECT_GE(distance(fill, window), 20) << window.name().toStdString();
        EXPECT_GE(distance(border, fill), 60) << window.name().toStdString();
        EXPECT_GT(fill.red(), fill.blue()) << "the caution colour is amber";
    }
}

TEST(MedicalNotice, saysItIsNotMedicalAdvice)
{
    acu::MedicalNotice notice;
    auto* headline = notice.findChild<QLabel*>(QStringLiteral("medicalNoticeHeadline"));
    ASSERT_NE(headline, nullptr);
    EXPECT_TRUE(headline->text().contains(QStringLiteral("not medical advice")));
}
