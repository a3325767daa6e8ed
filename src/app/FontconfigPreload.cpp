#include "FontconfigPreload.h"

#ifdef ACU_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace acu {

FontconfigPreload::FontconfigPreload()
{
#ifdef ACU_HAVE_FONTCONFIG
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontconfigPreload::~FontconfigPreload() { wait(); }

void FontconfigPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace acu
