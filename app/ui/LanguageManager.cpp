// Loading translations from resources (ours) and from Qt's translation directory (qtbase).
#include "ui/LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mb {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

QLocale LanguageManager::localeFor(const QString& language)
{
    if (language == u"nl")
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    // Keep the user's own English-speaking region (US or UK date order); elsewhere British English.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QActionGroup* LanguageManager::makeActions(QObject* parent)
{
    auto* group = new QActionGroup(parent);
    for (const QString& language : available()) {
        auto* action = new QAction(nativeName(language), group);
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_language);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) { apply(action->data().toString()); });
    return group;
}

QString LanguageManager::nativeName(const QString& language)
{
    return language == u"nl" ? QStringLiteral("Nederlands") : QStringLiteral("English");
}

QString LanguageManager::current()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void LanguageManager::apply(const QString& language)
{
    const QString lang = available().contains(language) ? language : QStringLiteral("en");
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    QLocale::setDefault(localeFor(lang));
    // English needs its translation too: it holds the plural forms ("1 entry", "2 entries").
    if (m_app->load(QStringLiteral(":/i18n/moodbiome_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(m_app);
    if (lang != u"en" &&
        m_qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    const bool changed = m_language != lang;
    m_language = lang;
    if (changed)
        emit languageChanged(lang);
}

} // namespace mb
