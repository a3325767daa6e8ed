#include "models/PointHistory.h"

#include <algorithm>

namespace acu {

PointHistory::PointHistory(qsizetype limit)
    : m_limit(std::max<qsizetype>(limit, 1))
{
}

void PointHistory::visit(const QString& code)
{
    if (code.isEmpty() || code == current())
        return;
    m_entries.erase(m_entries.begin() + (m_current + 1), m_entries.end());
    m_entries.append(code);
    if (m_entries.size() > m_limit)
        m_entries.erase(m_entries.begin(), m_entries.begin() + (m_entries.size() - m_limit));
    m_current = m_entries.size() - 1;
}

QString PointHistory::back()
{
    if (!canGoBack())
        return {};
    return m_entries.at(--m_current);
}

QString PointHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_entries.at(++m_current);
}

QString PointHistory::current() const
{
    return m_current >= 0 ? m_entries.at(m_current) : QString();
}

} // namespace acu
