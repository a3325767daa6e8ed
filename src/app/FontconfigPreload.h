#pragma once

#include <thread>

namespace acu {

/// Loads fontconfig's configuration and font list on a thread of its own, while the main
/// thread creates the application object; Qt's font database then finds them loaded.
/// Reading the configuration is the largest single part of the window's start
/// (docs/performance.md). Fontconfig needs nothing of Qt, so this thread may run before
/// QApplication exists, which no thread that creates Qt objects may. wait() (or the
/// destructor) joins the thread: call it before anything draws or measures text. Does
/// nothing where the app is built without fontconfig.
class FontconfigPreload final {
public:
    FontconfigPreload();
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload&) = delete;
    FontconfigPreload& operator=(const FontconfigPreload&) = delete;

    void wait();

private:
    std::thread m_thread;
};

} // namespace acu
