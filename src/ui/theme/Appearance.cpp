#include "ui/theme/Appearance.h"

#include "ui/theme/Palettes.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

namespace acu {

QString appearanceId(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance> appearanceFromId(const QString& id)
{
    for (const Appearance appearance : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (id == appearanceId(appearance))
            return appearance;
    }
    return std::nullopt;
}

AppearanceSwitcher::AppearanceSwitcher(QObject* parent)
    : QObject(parent)
    , m_startStyle(QApplication::style()->name())
{
    qApp->installEventFilter(this);
    keepPlaceholderReadable();
}

AppearanceSwitcher::~AppearanceSwitcher()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void AppearanceSwitcher::apply(Appearance appearance)
{
    m_appearance = appearance;
    const QString style = appearance == Appearance::System ? m_startStyle : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle* made = QStyleFactory::create(style))
            QApplication::setStyle(made); // the application takes it
    }
    m_adjusting = true;
    // A palette that sets no colour resolves every colour from the style and the desktop,
    // and keeps following the desktop.
    QApplication::setPalette(appearance == Appearance::Light  ? lightPalette()
                             : appearance == Appearance::Dark ? darkPalette()
                                                              : QPalette());
    m_adjusting = false;
    keepPlaceholderReadable();
}

bool AppearanceSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_adjusting)
        keepPlaceholderReadable();
    return QObject::eventFilter(watched, event);
}

void AppearanceSwitcher::keepPlaceholderReadable()
{
    QPalette palette = QApplication::palette();
    bool changed = false;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor readable = readablePlaceholder(palette, group);
        if (readable != palette.color(group, QPalette::PlaceholderText)) {
            palette.setColor(group, QPalette::PlaceholderText, readable);
            changed = true;
        }
    }
    if (!changed)
        return;
    m_adjusting = true;
    QApplication::setPalette(palette);
    m_adjusting = false;
}

} // namespace acu
