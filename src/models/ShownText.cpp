#include "ShownText.h"

#include <QStringList>

namespace acu {

namespace {

constexpr char16_t kLeftToRightIsolate = u'\u2066';
constexpr char16_t kRightToLeftIsolate = u'\u2067';
constexpr char16_t kFirstStrongIsolate = u'\u2068';
constexpr char16_t kPopDirectionalIsolate = u'\u2069';

} // namespace

QString isolated(const QString& field)
{
    QString shown;
    shown.reserve(field.size() + 2);
    shown += QChar(kFirstStrongIsolate);
    int open = 0;
    for (const QChar c : field) {
        if (c == kLeftToRightIsolate || c == kRightToLeftIsolate || c == kFirstStrongIsolate) {
            ++open;
        } else if (c == kPopDirectionalIsolate) {
            if (open == 0)
                continue; // it would close the isolate around the field
            --open;
        }
        shown += c;
    }
    shown += QString(open + 1, QChar(kPopDirectionalIsolate));
    return shown;
}

QString plainToolTip(const QString& text)
{
    QString html;
    for (const QString& line : text.split(QLatin1Char('\n')))
        html += QStringLiteral("<p style=\"margin:0\">") + line.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

} // namespace acu
