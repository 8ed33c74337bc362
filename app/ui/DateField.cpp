// The four-digit year format, the warning and its label, both following the language.
#include "ui/DateField.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "ui/FitWindow.h"
#include "ui/TypedDateTime.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <utility>

namespace mb {

DateField::DateField(const QString& name, int warnings, QWidget* parent)
    : QDateEdit(parent)
    , m_warnings(warnings)
    , m_warning(new QLabel)
    , m_typing(new TypedDateTime(this))
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
            clearCorrection(); // picked in the calendar or set by the program
        updateWarning();
    });
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typed = text;
        clearCorrection();
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

void DateField::setLatest(QDate latest)
{
    m_latest = latest;
}

QString DateField::saveProblem()
{
    if (takeCorrection())
        return warning();
    if (m_latest.isValid() && date() > m_latest)
        return tr("Not saved: %1 lies in the future. Choose a date up to %2.")
            .arg(QLocale().toString(date(), QLocale::LongFormat), QLocale().toString(m_latest, QLocale::LongFormat));
    return {};
}

void DateField::clearCorrection()
{
    m_correction.clear();
    m_unseenCorrection = false; // a correction put right (the arrow keys, the calendar) no longer stops a save
}

void DateField::stepBy(int steps)
{
    m_typed.clear();
    QDateEdit::stepBy(steps);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const bool opens =
        event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier));
    if (opens && calendarPopup() && !isReadOnly()) {
        openCalendar();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void DateField::openCalendar()
{
    // QDateEdit opens its calendar only for a press on its arrow (and has no call that opens it): the press it is
    // given here, so the calendar is placed and filled as for a click.
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    const QRect arrow = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this);
    const QPointF at = arrow.center();
    QMouseEvent press(QEvent::MouseButtonPress, at, mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QDateEdit::mousePressEvent(&press);
}

void DateField::checkTyped()
{
    // A whole date typed in (the day, month and year in the locale's order) is taken as written; otherwise the text
    // as edited section by section is what the user wrote.
    const TypedDateTime::Outcome outcome = m_typing->finish();
    const QString edited = std::exchange(m_typed, QString());
    std::optional<TypedDateTime::TypedDate> typed = outcome.date;
    QString written = outcome.typed;
    if (!typed) {
        if (edited.isEmpty())
            return;
        typed = TypedDateTime::parseDate(edited, displayFormat());
        written = edited;
        if (!typed && edited == text())
            return;
    }
    if (typed && typed->date.isValid() && typed->date == date())
        return; // leading zeros or not, the date as typed
    const QString now = QLocale().toString(date(), QLocale::LongFormat);
    m_correction = typed && typed->shortYear
                       ? tr("“%1” could not be taken as typed; the date is now %2. Type the year with four digits, "
                            "or pick the date in the calendar.")
                             .arg(written, now)
                       : tr("“%1” could not be taken as typed; the date is now %2. Check the date, or pick it in "
                            "the calendar.")
                             .arg(written, now);
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
