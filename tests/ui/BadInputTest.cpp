// Bad input in the window: a refused catalogue's dialog, and addresses that may not be opened.

#include "support/QtPrinters.h"
#include "ui/details/SourceLinks.h"
#include "ui/window/CatalogueErrorDialog.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

#include <gtest/gtest.h>

#include <memory>

// The dialog names the file, says the built-in catalogue is used, and lists each error.
TEST(CatalogueErrorDialog, listsWhereAndWhat)
{
    const acu::CatalogueErrors errors{{"/points/3/code", "BL99 cannot exist"}, {"line 4, column 2", "syntax error"}};
    std::unique_ptr<QMessageBox> box(acu::createCatalogueErrorDialog(nullptr, QStringLiteral("mine.json"), errors));
    EXPECT_EQ(box->text(), QStringLiteral("\u2068mine.json\u2069 could not be loaded: 2 problems."));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("built-in catalogue")));
    EXPECT_EQ(box->detailedText(), QStringLiteral("/points/3/code: BL99 cannot exist\nline 4, column 2: syntax error"));
    EXPECT_EQ(box->textFormat(), Qt::PlainText); // error text is never read as markup
}

// A single error is shown in the message itself.
TEST(CatalogueErrorDialog, singleErrorInTheMessage)
{
    std::unique_ptr<QMessageBox> box(acu::createCatalogueErrorDialog(nullptr, QStringLiteral("/tmp"),
                                                                     {{"/tmp", "is a folder, not a catalogue file"}}));
    EXPECT_EQ(
        box->text(),
        QStringLiteral("\u2068/tmp\u2069 could not be loaded: \u2068/tmp: is a folder, not a catalogue file\u2069"));
}

// Only http and https addresses with a host may be opened.
TEST(SourceLinks, onlyWebAddressesOpen)
{
    EXPECT_TRUE(acu::isOpenableAddress(QUrl(QStringLiteral("https://example.org/a"))));
    EXPECT_TRUE(acu::isOpenableAddress(QUrl(QStringLiteral("HTTP://example.org"))));
    EXPECT_FALSE(acu::isOpenableAddress(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(acu::isOpenableAddress(QUrl(QStringLiteral("javascript:alert(1)"))));
    EXPECT_FALSE(acu::isOpenableAddress(QUrl(QStringLiteral("mailto:a@example.org"))));
    EXPECT_FALSE(acu::isOpenableAddress(QUrl(QStringLiteral("https://"))));
    EXPECT_FALSE(acu::isOpenableAddress(QUrl()));
}

// The question shows the whole address as plain text, and Cancel is the default.
TEST(SourceLinks, askShowsTheAddress)
{
    const QUrl url(QStringLiteral("https://example.org/<b>x</b>"));
    std::unique_ptr<QMessageBox> box(acu::createOpenAddressDialog(nullptr, url));
    EXPECT_EQ(box->informativeText(), url.toDisplayString());
    EXPECT_EQ(box->textFormat(), Qt::PlainText);
    EXPECT_EQ(static_cast<QAbstractButton*>(box->defaultButton()), box->button(QMessageBox::Cancel));
}
