// A translator installed first for the time of one report, answering only its own thread, and an application event
// filter that keeps installing and removing it from reaching the widgets as a language change.
#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

namespace mb {

class ReportLanguage::Router : public QTranslator {
public:
    explicit Router(const QTranslator& translator)
        : m_translator(translator)
        , m_thread(QThread::currentThread())
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        if (QThread::currentThread() != m_thread)
            return {}; // the next translators answer: the interface's language
        const QString text = m_translator.translate(context, sourceText, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }

private:
    const QTranslator& m_translator;
    QThread* m_thread;
};

// Installing or removing a translator sends QEvent::LanguageChange to the application, which passes it on to every
// widget; this filter stops it at the application.
class ReportLanguage::Quiet : public QObject {
public:
    Quiet() { QCoreApplication::instance()->installEventFilter(this); }
    ~Quiet() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        return event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance();
    }
};

ReportLanguage::ReportLanguage(const QTranslator& translator, const QLocale& locale)
    : m_router(std::make_unique<Router>(translator))
    , m_quiet(std::make_unique<Quiet>())
{
    QCoreApplication::installTranslator(m_router.get()); // first in line
    QLocale::setDefault(locale);
}

ReportLanguage::~ReportLanguage()
{
    QLocale::setDefault(m_previousLocale);
    QCoreApplication::removeTranslator(m_router.get());
    m_quiet.reset();
}

} // namespace mb
