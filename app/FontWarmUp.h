// Start-up: reads the font database on a second core while the main thread builds the window.
#pragma once

#include <latch>
#include <thread>

namespace mb {

// The window's first text waits for the font database (fontconfig's configuration and every font on the system)
// and its first image for the image format plugins. This reads both on a second core meanwhile: fontconfig's
// part at once, Qt's (QFontDatabase is thread-safe) as soon as the application object exists. Create it before
// the QApplication, call applicationMade() right after, and let it go before the QApplication does.
class FontWarmUp {
public:
    FontWarmUp();
    ~FontWarmUp(); // waits for the thread
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    void applicationMade();
    // Waits until the font database has been read (before anything that prints and exits at once).
    void finish();

private:
    std::latch m_applicationMade{1};
    std::jthread m_thread;
    bool m_counted = false;
};

} // namespace mb
