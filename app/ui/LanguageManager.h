// Switches the interface language at run time: our translation, Qt's own, and the locale.
#pragma once

#include <QLocale>
#include <QObject>

class QActionGroup;
class QTranslator;

namespace mb {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // "en" or "nl". Installs translators (widgets then get QEvent::LanguageChange) and sets the
    // default QLocale so dates and numbers follow: nl gives 31-12-2025 and 7,5.
    void apply(const QString& language);
    const QString& language() const { return m_language; }

    static QLocale localeFor(const QString& language);
    // One checkable action per language (object names language_<code>), the current one checked; choosing one
    // applies it. The caller keeps the choice (Settings).
    QActionGroup* makeActions(QObject* parent);
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("nl")}; }
    static QString nativeName(const QString& language);
    // The language of the default locale, as "en" or "nl": which measure labels to show.
    static QString current();

signals:
    // After the translators and the default locale changed; models re-format their numbers and dates.
    void languageChanged(const QString& language);

private:
    QString m_language;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace mb
