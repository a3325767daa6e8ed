// The program speaks English, German or Simplified Chinese: which one a start chooses, the
// translations it loads (its own and Qt's), and View > Language.

#include "support/TestCatalogues.h"
#include "ui/language/LanguageMenu.h"
#include "ui/language/LanguageSetting.h"
#include "ui/language/Languages.h"
#include "ui/language/Translations.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// Installs a language's translations for one test and goes back to English after it.
class Translated : public ::testing::Test {
protected:
    void TearDown() override { acu::installTranslations(*qApp, QStringLiteral("en")); }
};

QStringList menuTitles(const acu::MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

/// The accelerator letters that appear more than once among a menu's (or the menu bar's) entries.
QStringList clashingAccelerators(const QList<QAction*>& actions)
{
    QMap<QString, int> seen;
    for (const QAction* action : actions) {
        const QString text = action->text();
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2)) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                ++seen[text.at(i + 1).toLower()];
                break;
            }
        }
    }
    QStringList clashes;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > 1)
            clashes.append(it.key());
    }
    return clashes;
}

/// Each menu of the bar with the letters that clash in it, "" when none does.
QString menuClashes(const acu::MainWindow& window)
{
    QStringList found;
    if (const QStringList bar = clashingAccelerators(window.menuBar()->actions()); !bar.isEmpty())
        found.append(QStringLiteral("menu bar: ") + bar.join(QLatin1Char(',')));
    for (const QAction* top : window.menuBar()->actions()) {
        if (top->menu()) {
            const QStringList clashes = clashingAccelerators(top->menu()->actions());
            if (!clashes.isEmpty())
                found.append(top->text() + QStringLiteral(": ") + clashes.join(QLatin1Char(',')));
        }
    }
    return found.join(QStringLiteral("; "));
}

QString cancelText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

TEST(StartLanguage, SavedChoiceWins)
{
    EXPECT_EQ(acu::startLanguage(QStringLiteral("zh_CN"), {QStringLiteral("de-DE")}), QStringLiteral("zh_CN"));
}

TEST(StartLanguage, NothingSavedFollowsTheSystemLanguage)
{
    EXPECT_EQ(acu::startLanguage({}, QLocale(QStringLiteral("de_AT")).uiLanguages()), QStringLiteral("de"));
}

TEST(StartLanguage, UnknownSavedCodeFallsBackToTheSystemLanguage)
{
    EXPECT_EQ(acu::startLanguage(QStringLiteral("xx"), {QStringLiteral("zh-Hans-CN")}), QStringLiteral("zh_CN"));
}

TEST(StartLanguage, FirstOfferedSystemLanguageIsUsed)
{
    EXPECT_EQ(acu::startLanguage({}, {QStringLiteral("fr-FR"), QStringLiteral("de-CH"), QStringLiteral("en-US")}),
              QStringLiteral("de"));
}

TEST(StartLanguage, NoOfferedSystemLanguageGivesEnglish)
{
    EXPECT_EQ(acu::startLanguage({}, {QStringLiteral("fr-FR"), QStringLiteral("zh-Hant-TW")}), QStringLiteral("en"));
}

TEST(StartLanguage, TheDefaultLocaleIsFollowed)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString language = acu::startLanguage({}, QLocale().uiLanguages());
    QLocale::setDefault(before);
    EXPECT_EQ(language, QStringLiteral("zh_CN"));
}

TEST(LanguageSetting, SavedChoiceIsReadBack)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("settings.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        acu::WindowState state;
        state.language = QStringLiteral("de");
        acu::saveWindowState(settings, state);
    }
    EXPECT_EQ(acu::savedLanguage(path), QStringLiteral("de"));
}

TEST(LanguageSetting, MissingFileReadsAsSystemDefault)
{
    QTemporaryDir folder;
    EXPECT_EQ(acu::savedLanguage(folder.filePath(QStringLiteral("none.conf"))), QString());
}

TEST(LanguageSetting, SavedChoiceIsAKnownSetting)
{
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("view/language"), QStringLiteral("zh_CN"));
    EXPECT_EQ(acu::readKnownSettings(settings).value(QStringLiteral("view/language")).toString(),
              QStringLiteral("zh_CN"));
}

TEST(LanguageMenu, NamesEachLanguageInItself)
{
    acu::LanguageMenu menu;
    QStringList texts;
    for (const QAction* action : menu.actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    EXPECT_EQ(texts, (QStringList{QStringLiteral("&System Default"), QStringLiteral("English"),
                                  QStringLiteral("Deutsch"), QStringLiteral("\u7B80\u4F53\u4E2D\u6587")}));
}

TEST(LanguageMenu, ChoosingALanguageChecksItAndSaysSo)
{
    acu::LanguageMenu menu;
    QSignalSpy chosen(&menu, &acu::LanguageMenu::chosenChanged);
    menu.findChild<QAction*>(QStringLiteral("actionLanguage_de"))->trigger();
    EXPECT_EQ(menu.chosen(), QStringLiteral("de"));
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("de"));
}

TEST(LanguageMenu, UnknownCodeChecksSystemDefault)
{
    acu::LanguageMenu menu;
    menu.setChosen(QStringLiteral("de"));
    menu.setChosen(QStringLiteral("xx"));
    EXPECT_EQ(menu.chosen(), QString());
}

TEST(LanguageMenu, WindowRemembersTheChoice)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    window.findChild<QAction*>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    EXPECT_EQ(window.persistentState().language, QStringLiteral("zh_CN"));
}

TEST(LanguageMenu, WindowRestoresTheChoice)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    acu::WindowState state;
    state.language = QStringLiteral("de");
    window.restorePersistentState(state);
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("actionLanguage_de"))->isChecked());
}

TEST_F(Translated, GermanMenuBar)
{
    const auto installed = acu::installTranslations(*qApp, QStringLiteral("de"));
    ASSERT_TRUE(installed.program);
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    EXPECT_EQ(menuTitles(window).constFirst(), QStringLiteral("&Datei"));
}

TEST_F(Translated, GermanStandardButtons)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("de")).qt);
    EXPECT_EQ(cancelText(), QStringLiteral("Abbrechen"));
}

TEST_F(Translated, ChineseMenuBar)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("zh_CN")).program);
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    EXPECT_EQ(menuTitles(window).constFirst(), QStringLiteral("\u6587\u4EF6(&F)"));
}

TEST_F(Translated, ChineseStandardButtons)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("zh_CN")).qt);
    EXPECT_EQ(cancelText(), QStringLiteral("\u53D6\u6D88"));
}

TEST_F(Translated, GermanMenusHaveNoClashingAccelerators)
{
    acu::installTranslations(*qApp, QStringLiteral("de"));
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    EXPECT_EQ(menuClashes(window), QString());
}

TEST_F(Translated, ChineseMenusHaveNoClashingAccelerators)
{
    acu::installTranslations(*qApp, QStringLiteral("zh_CN"));
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    EXPECT_EQ(menuClashes(window), QString());
}

TEST_F(Translated, DefaultLocaleFollowsTheLanguage)
{
    acu::installTranslations(*qApp, QStringLiteral("de"));
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

TEST_F(Translated, EnglishRemovesTheTranslations)
{
    acu::installTranslations(*qApp, QStringLiteral("de"));
    acu::installTranslations(*qApp, QStringLiteral("en"));
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    EXPECT_EQ(menuTitles(window).constFirst(), QStringLiteral("&File"));
}

} // namespace
