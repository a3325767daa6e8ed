#pragma once

#include <QString>
#include <QStringList>

namespace acu {

/// The points viewed, for Back and Forward as a reference reader has them: visiting a
/// point after going back drops the points ahead; visiting the current point again adds
/// nothing; moving back or forward moves through the entries without adding any. Keeps
/// the most recent `limit` entries. A plain value.
class PointHistory final {
public:
    explicit PointHistory(qsizetype limit = 200);

    /// A point was made current by the reader (not by back or forward).
    void visit(const QString& code);
    [[nodiscard]] bool canGoBack() const { return m_current > 0; }
    [[nodiscard]] bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    /// Moves one entry back or forward and returns its code; "" when there is none.
    QString back();
    QString forward();
    [[nodiscard]] QString current() const;
    [[nodiscard]] const QStringList& entries() const { return m_entries; }

private:
    QStringList m_entries;
    qsizetype m_current = -1;
    qsizetype m_limit;
};

} // namespace acu
