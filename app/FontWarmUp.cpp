// The second-core reading of fonts and image plugins at start-up (a measured gain: see the start-up benchmark).
#include "FontWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>

#ifdef MOODBIOME_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace mb {

FontWarmUp::FontWarmUp()
    : m_thread([this] {
#ifdef MOODBIOME_HAVE_FONTCONFIG
        FcInit();
#endif
        m_applicationMade.wait();
        // The window's first image (the menu bar's extension button) has every image format plugin looked at and
        // loaded; load them here, where they wait for nobody (QImageReader is reentrant, the plugin loader shared).
        QImageReader::supportedImageFormats();
        QFontDatabase::families();
    })
{
}

FontWarmUp::~FontWarmUp()
{
    applicationMade(); // never leave the thread waiting
    finish();
}

void FontWarmUp::applicationMade()
{
    if (!m_counted) {
        m_counted = true;
        m_applicationMade.count_down();
    }
}

void FontWarmUp::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace mb
