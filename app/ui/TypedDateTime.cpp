// The typed keys, the separator after a move the box made by itself, and the whole value applied at the end.
#include "ui/TypedDateTime.h"

#include <QEvent>
#include <QKeyEvent>
#include <QRegularExpression>

#include <utility>

namespace mb {

namespace {

// The letters of format outside quoted text, in order, one per section: "M/d/yyyy" -> "Mdy", "h:mm AP" -> "hma".
QString sectionOrder(const QString& format)
{
    QString order;
    bool quoted = false;
    QChar last;
    for (QChar c : format) {
        if (c == u'\'') {
            quoted = !quoted;
            last = QChar();
            continue;
        }
        if (quoted)
            continue;
        const QChar letter = c == u'A' || c == u'a' || c == u'P' || c == u'p' ? QChar(u'a') : c;
        if (QStringLiteral("dMyhHma").contains(letter) && letter != last)
            order += letter;
        last = letter;
    }
    return order;
}

QStringList numbersIn(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QStringList numbers;
    for (auto it = digits.globalMatch(text); it.hasNext();)
        numbers << it.next().captured();
    return numbers;
}

bool isSeparator(const QString& text)
{
    return text.size() == 1 && text[0].isPrint() && !text[0].isLetterOrNumber();
}

} // namespace

TypedDateTime::TypedDateTime(QDateTimeEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->installEventFilter(this);
}

void TypedDateTime::attach(QDateTimeEdit* edit)
{
    auto* typing = new TypedDateTime(edit);
    connect(edit, &QAbstractSpinBox::editingFinished, typing, [typing] { typing->finish(); });
}

std::optional<TypedDateTime::TypedDate> TypedDateTime::parseDate(const QString& text, const QString& format)
{
    const QString order = sectionOrder(format);
    const QStringList numbers = numbersIn(text);
    static const QRegularExpression letters(QStringLiteral("[^\\d\\s\\p{P}\\p{S}]"));
    if (order.size() != 3 || !order.contains(u'd') || !order.contains(u'M') || !order.contains(u'y') ||
        numbers.size() != 3 || text.contains(letters))
        return std::nullopt;
    const QString day = numbers[order.indexOf(u'd')];
    const QString month = numbers[order.indexOf(u'M')];
    const QString year = numbers[order.indexOf(u'y')];
    if (day.size() > 2 || month.size() > 2 || year.size() > 4)
        return std::nullopt;
    TypedDate typed;
    typed.shortYear = year.size() < 4;
    if (!typed.shortYear)
        typed.date = QDate(year.toInt(), month.toInt(), day.toInt());
    return typed;
}

std::optional<QTime> TypedDateTime::parseTime(const QString& text, const QString& format)
{
    const QString order = sectionOrder(format);
    const QStringList numbers = numbersIn(text);
    const qsizetype hourAt = std::max(order.indexOf(u'h'), order.indexOf(u'H'));
    const qsizetype minuteAt = order.indexOf(u'm');
    if (hourAt < 0 || minuteAt < 0 || numbers.size() != 2 || numbers[0].size() > 2 || numbers[1].size() != 2)
        return std::nullopt;
    int hour = numbers[hourAt < minuteAt ? 0 : 1].toInt();
    const int minute = numbers[hourAt < minuteAt ? 1 : 0].toInt();
    const QString rest = text.toLower();
    const bool pm = rest.contains(u'p');
    const bool am = rest.contains(u'a');
    if ((pm || am) && (hour < 1 || hour > 12))
        return QTime(); // 13 PM: no such time
    if (pm && hour < 12)
        hour += 12;
    else if (am && hour == 12)
        hour = 0;
    return QTime(hour, minute);
}

TypedDateTime::Outcome TypedDateTime::finish()
{
    Outcome outcome;
    outcome.typed = std::exchange(m_keys, QString());
    m_lastWasDigit = false;
    if (outcome.typed.isEmpty())
        return outcome;
    const QString format = m_edit->displayFormat();
    if (m_edit->displayedSections() & QDateTimeEdit::DateSections_Mask) {
        outcome.date = parseDate(outcome.typed, format);
        if (outcome.date && outcome.date->date.isValid() && outcome.date->date >= m_edit->minimumDate() &&
            outcome.date->date <= m_edit->maximumDate())
            m_edit->setDate(outcome.date->date);
    } else if (const auto time = parseTime(outcome.typed, format); time && time->isValid()) {
        m_edit->setTime(*time);
    }
    return outcome;
}

bool TypedDateTime::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit)
        return false;
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        m_keys.clear(); // typing starts over
        m_lastWasDigit = false;
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text();
    if (key->key() == Qt::Key_Backspace) {
        m_keys.chop(1);
        m_lastWasDigit = false;
        return false;
    }
    if (text.isEmpty() || !text[0].isPrint() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        static const QList<int> keepTyped = {Qt::Key_Shift,  Qt::Key_Tab,   Qt::Key_Backtab,
                                             Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape};
        if (!keepTyped.contains(key->key())) // Ctrl+A, arrows, Home: what follows is typed over anew
            m_keys.clear();
        m_lastWasDigit = false;
        return false;
    }
    // A separator right after a digit that filled its section: the box already moved on; once is enough.
    const bool skipSeparator = isSeparator(text) && m_lastWasDigit && m_edit->currentSection() != m_sectionAtDigit;
    m_keys += text;
    m_lastWasDigit = text[0].isDigit();
    m_sectionAtDigit = m_edit->currentSection();
    return skipSeparator;
}

} // namespace mb
