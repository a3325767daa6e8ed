#include "PointListModel.h"

#include "BodyMarkers.h"
#include "PointRoles.h"
#include "ShownText.h"

namespace acu {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QStringList englishNames(const Point& point)
{
    QStringList names;
    for (const auto& name : point.names.english) {
        const QString text = qs(name.text);
        if (!names.contains(text))
            names.append(text);
    }
    return names;
}

} // namespace

PointListModel::PointListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void PointListModel::setCatalogue(std::shared_ptr<const Catalogue> catalogue,
                                  std::shared_ptr<const QueryResolver> resolver)
{
    beginResetModel();
    m_resolver.reset();
    m_catalogue = std::move(catalogue);
    if (resolver && m_catalogue && &resolver->catalogue() == m_catalogue.get())
        m_resolver = std::move(resolver);
    else if (m_catalogue)
        m_resolver = makeSharedResolver(m_catalogue);
    endResetModel();
}

const Point* PointListModel::pointAt(const QModelIndex& index) const
{
    if (!m_catalogue || !index.isValid() || index.model() != this || index.row() < 0 ||
        index.row() >= rowCount())
        return nullptr;
    return &m_catalogue->points()[static_cast<std::size_t>(index.row())];
}

QModelIndex PointListModel::indexOfCode(const QString& code) const
{
    if (!m_catalogue)
        return {};
    const Point* point = m_catalogue->findPoint(code.toStdString());
    if (!point)
        return {};
    return index(static_cast<int>(point - m_catalogue->points().data()));
}

int PointListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_catalogue)
        return 0;
    return static_cast<int>(m_catalogue->points().size());
}

QVariant PointListModel::data(const QModelIndex& index, int role) const
{
    const Point* point = pointAt(index);
    if (!point)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return pointLabel(*point);
    case Qt::ToolTipRole: // plain text: the list's delegate shows it escaped
    case Qt::AccessibleTextRole: {
        QString text = pointLabel(*point) + QLatin1Char(' ') + isolated(qs(point->names.hanzi));
        switch (pregnancyMark(*point)) {
        case PregnancyMark::Contraindicated:
            return text + tr(" \u2013 traditionally forbidden in pregnancy");
        case PregnancyMark::Caution:
            return text + tr(" \u2013 take care in pregnancy");
        case PregnancyMark::None:
            break;
        }
        return text;
    }
    case CodeRole:
        return qs(point->code);
    case PinyinRole:
        return qs(point->names.pinyin);
    case HanziRole:
        return qs(point->names.hanzi);
    case EnglishNamesRole:
        return englishNames(*point);
    case RegionIdsRole: {
        QStringList ids;
        for (const auto& id : point->regions)
            ids.append(qs(id));
        return ids;
    }
    case PregnancyLevelRole:
        return static_cast<int>(pregnancyMark(*point));
    default:
        return {};
    }
}

QHash<int, QByteArray> PointListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(PinyinRole, "pinyin");
    names.insert(HanziRole, "hanzi");
    names.insert(EnglishNamesRole, "englishNames");
    names.insert(RegionIdsRole, "regionIds");
    names.insert(PregnancyLevelRole, "pregnancyLevel");
    return names;
}

} // namespace acu
