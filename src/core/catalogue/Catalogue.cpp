#include "core/catalogue/Catalogue.h"

#include <algorithm>

namespace acu {

namespace {

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

Catalogue::Catalogue(CatalogueData data)
    : m_data(std::move(data))
{
    m_pointByCode.reserve(m_data.points.size());
    for (std::size_t i = 0; i < m_data.points.size(); ++i)
        m_pointByCode.emplace(m_data.points[i].code, i);
}

const Point* Catalogue::findPoint(std::string_view code) const
{
    const auto it = m_pointByCode.find(std::string(code));
    return it == m_pointByCode.end() ? nullptr : &m_data.points[it->second];
}

const Source* Catalogue::findSource(std::string_view id) const { return findById(m_data.sources, id); }
const Region* Catalogue::findRegion(std::string_view id) const { return findById(m_data.regions, id); }
const View* Catalogue::findView(std::string_view id) const { return findById(m_data.views, id); }
const Notice* Catalogue::findNotice(std::string_view id) const { return findById(m_data.notices, id); }
const Complaint* Catalogue::findComplaint(std::string_view id) const
{
    return findById(m_data.complaints, id);
}

} // namespace acu
