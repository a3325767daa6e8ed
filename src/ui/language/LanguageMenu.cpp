#include "ui/language/LanguageMenu.h"

#include "ui/language/Languages.h"

#include <QActionGroup>

namespace acu {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const auto add = [this](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit chosenChanged(code); });
    };
    add({}, tr("&System Default"));
    addSeparator();
    for (const Language& language : offeredLanguages())
        add(language.code, language.name); // named in itself, never translated
    setChosen({});
}

QString LanguageMenu::chosen() const
{
    const QAction* checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::setChosen(const QString& code)
{
    const QString known = isOfferedLanguage(code) ? code : QString();
    for (QAction* action : m_group->actions()) {
        if (action->data().toString() == known)
            action->setChecked(true);
    }
}

} // namespace acu
