// The four-digit year format, the warning and its label, both following the language.
#include "ui/DateField.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "ui/FitWindow.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace mb {

DateField::DateField(const QString& name, int warnings, QWidget* parent)
    : QDateEdit(parent)
    , m_warnings(warnings)
    , m_warning(new QLabel)
{
    setObjectName(name);
    setCalendarPopup(true);
    setDateRange(firstAcceptedDate(), lastAcceptedDate()); // what the repositories store, no more
    m_warning->setObjectName(name + QStringLiteral("Warning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("color: #5c3c00; background: #fff0c2; padding: 3px 6px; border-radius: 3px;"));
    m_warning->hide();
    applyLocale();
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!lineEdit()->hasFocus() || m_typed.isEmpty())
            m_correction.clear(); // picked in the calendar or set by the program
        updateWarning();
    });
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typed = text;
        m_correction.clear();
        updateWarning();
    });
    connect(this, &QAbstractSpinBox::editingFinished, this, &DateField::checkTyped);
    updateWarning();
}

DateField::~DateField()
{
    if (m_warning && !m_warning->parent())
        delete m_warning; // never placed in a layout
}

QString DateField::fourDigitYearFormat(const QLocale& locale)
{
    // Every run of y outside quoted text becomes yyyy: M/d/yy -> M/d/yyyy, dd-MM-y -> dd-MM-yyyy.
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QString result;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && c == u'y') {
            while (i < format.size() && format[i] == u'y')
                ++i;
            result += QStringLiteral("yyyy");
            continue;
        }
        result += c;
        ++i;
    }
    return result.contains(QStringLiteral("yyyy")) ? result : QStringLiteral("yyyy-MM-dd");
}

QString DateField::warning() const
{
    if (!isEnabled())
        return {};
    if (!m_correction.isEmpty())
        return m_correction;
    const QDate today = clock().today();
    const QDate day = date();
    const QString written = QLocale().toString(day, QLocale::LongFormat);
    if ((m_warnings & WarnFuture) && day > today)
        return tr("Check the date: %1 lies in the future.").arg(written);
    if ((m_warnings & WarnLongAgo) && day < today.addYears(-1))
        return tr("Check the date: %1 is more than a year ago.").arg(written);
    return {};
}

bool DateField::takeCorrection()
{
    return std::exchange(m_unseenCorrection, false);
}

void DateField::checkTyped()
{
    if (m_typed.isEmpty())
        return;
    const QString typed = std::exchange(m_typed, QString());
    if (typed == text())
        return;
    m_correction = tr("“%1” could not be taken as typed; the date is now %2. Type the year with four digits, "
                      "or pick the date in the calendar.")
                       .arg(typed, QLocale().toString(date(), QLocale::LongFormat));
    m_unseenCorrection = true;
    updateWarning();
}

void DateField::applyLocale()
{
    const QDate keep = date();
    setLocale(QLocale());
    setDisplayFormat(fourDigitYearFormat(QLocale()));
    setDate(keep);
}

void DateField::updateWarning()
{
    const QString text = warning();
    if (m_warning) {
        m_warning->setText(text);
        m_warning->setVisible(!text.isEmpty());
        if (!text.isEmpty())
            growWindowToFit(this);
    }
    setAccessibleDescription(text);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        if (event->type() == QEvent::LanguageChange)
            applyLocale();
        updateWarning();
    } else if (event->type() == QEvent::EnabledChange) {
        updateWarning();
    }
    QDateEdit::changeEvent(event);
}

} // namespace mb
