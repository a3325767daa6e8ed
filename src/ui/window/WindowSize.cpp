#include "ui/window/WindowSize.h"

#include "ui/window/CommandLine.h"

#include <cmath>

namespace acu {

QSize firstWindowSize(QSize available)
{
    if (available.isEmpty())
        return kPreferredWindowSize;
    const QSize share(int(std::floor(available.width() * kFirstWindowShare)),
                      int(std::floor(available.height() * kFirstWindowShare)));
    return kPreferredWindowSize.boundedTo(share).expandedTo(minimumWindowSize(available));
}

QSize minimumWindowSize(QSize available)
{
    return available.isEmpty() ? kSmallestWindowSize : kSmallestWindowSize.boundedTo(available);
}

} // namespace acu
