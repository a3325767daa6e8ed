#pragma once

#include <QtCore/qnamespace.h>

namespace acu {

/// Item data roles of the point list model, beyond Qt's display and tool tip roles.
enum PointRole : int {
    CodeRole = Qt::UserRole + 1, ///< QString, WHO code: "BL52"
    PinyinRole,                  ///< QString: "Zhìshì"
    HanziRole,                   ///< QString: "志室"
    EnglishNamesRole,            ///< QStringList: "Will Chamber", "Will's Chamber"
    RegionIdsRole,               ///< QStringList of region ids
    PregnancyLevelRole,          ///< int, a PregnancyMark
    MatchReasonRole,             ///< QString: why the search text matched ("older chart numbering: …")
};

/// The pregnancy status a row shows, strongest first.
enum class PregnancyMark : int { None = 0, Caution = 1, Contraindicated = 2 };

} // namespace acu
