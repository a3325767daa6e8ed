#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"
#include "ui/print/PrintBlock.h"

#include <QString>

#include <functional>
#include <vector>

class QPaintDevice;
class QPagedPaintDevice;

namespace acu {

/// Something to print or export: its title (the PDF's title and the pages' footer) and the
/// blocks it is made of, made for the device they are laid out on.
struct Printout {
    QString title;
    bool onePage = false; ///< shrink to fit one page (a point card)
    std::function<PrintBlocks(QPaintDevice*)> blocks;
};

/// The printouts keep references to what they print: the catalogue (and point, routine)
/// must outlive them.
///
/// A point card: code and names, the pregnancy caution first, a picture of the body with
/// the point marked, where it is, how to find and press it, cautions, sources and the
/// medical notice, on one page.
[[nodiscard]] Printout pointCard(const Catalogue& catalogue, const Point& point);

/// A compact sheet of the points a list shows, one row each, with what the list shows
/// (description: "Region: Lower back") under the title.
[[nodiscard]] Printout selectionSheet(const Catalogue& catalogue, std::vector<const Point*> points,
                                      const QString& description);

/// A routine sheet: its title and sources, its pregnancy cautions first, then each step
/// (never split across pages) with a small picture of the point, the side, the hold, the
/// repetitions and rests, the technique, and the medical notice at the end. The catalogue
/// and the routine must outlive the printout.
[[nodiscard]] Printout routineSheet(const Catalogue& catalogue, const Routine& routine);

/// Paints a printout on a printer or PDF writer. Returns the number of pages (0: failed).
int paintPrintout(QPagedPaintDevice& device, const Printout& printout);

} // namespace acu
