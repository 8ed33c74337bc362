// The language of one report, for the time it is written, without touching the application's own language.
#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace mb {

// While it lives, texts translated on this thread (QCoreApplication::translate, tr()) come from translator, and
// texts it lacks stay in English (the source texts), never in the interface's language; QLocale() is locale. Other
// threads keep the interface's language. Widgets get no QEvent::LanguageChange and the language manager reports
// nothing: a window stays as it was. Create, write, destroy, without returning to the event loop in between.
class ReportLanguage {
public:
    ReportLanguage(const QTranslator& translator, const QLocale& locale);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

private:
    class Router;
    class Quiet;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Quiet> m_quiet;
    QLocale m_previousLocale;
};

} // namespace mb
