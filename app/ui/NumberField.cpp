// Parsing with either decimal separator, the live message, and stepping with the arrow keys.
#include "ui/NumberField.h"

#include "core/Measure.h"
#include "ui/FitWindow.h"
#include "ui/Style.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace mb {

NumberField::NumberField(QWidget* parent)
    : QLineEdit(parent)
    , m_message(new QLabel)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Style::errorTextStyleSheet());
    m_message->hide();
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateMessage();
        emit valueChanged();
    });
}

NumberField::~NumberField()
{
    if (m_message && !m_message->parent())
        delete m_message; // never placed in a layout
}

void NumberField::setFieldName(const QString& name)
{
    m_name = name;
    updateMessage();
}

void NumberField::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    updateMessage();
}

void NumberField::setWholeNumbers(bool whole)
{
    m_whole = whole;
    updateMessage();
}

void NumberField::setStep(double step)
{
    m_step = step;
}

std::optional<double> NumberField::parse(QStringView text)
{
    QString t = text.trimmed().toString();
    t.replace(u'\u2212', u'-'); // a typographic minus
    if (t.isEmpty() || t.count(u',') + t.count(u'.') > 1)
        return std::nullopt;
    t.replace(u',', u'.');
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString NumberField::format(double value)
{
    QString text = plainNumber(value);
    return text.replace(u'.', QLocale().decimalPoint());
}

std::optional<double> NumberField::value() const
{
    if (!isAcceptable())
        return std::nullopt;
    return parse(text());
}

void NumberField::setValue(std::optional<double> value)
{
    setText(value ? format(*value) : QString());
}

QString NumberField::problem() const
{
    if (isEmpty())
        return {};
    const QString typed = text().trimmed();
    const auto v = parse(typed);
    if (!v)
        return tr("%1: “%2” is not a number.").arg(m_name, typed);
    if (*v < m_minimum || *v > m_maximum)
        return tr("%1: %2 is outside %3 to %4.").arg(m_name, typed, format(m_minimum), format(m_maximum));
    if (m_whole && *v != std::floor(*v))
        return tr("%1: %2 is not a whole number.").arg(m_name, typed);
    return {};
}

void NumberField::updateMessage()
{
    const QString problem = this->problem();
    if (m_message) {
        m_message->setText(problem);
        m_message->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            growWindowToFit(this);
    }
    setAccessibleDescription(problem);
    const bool invalid = !problem.isEmpty();
    if (property("invalid").toBool() != invalid) {
        setProperty("invalid", invalid);
        setStyleSheet(invalid ? Style::invalidInputStyleSheet(QStringLiteral("QLineEdit")) : QString());
    }
}

void NumberField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateMessage();
    QLineEdit::changeEvent(event);
}

void NumberField::keyPressEvent(QKeyEvent* event)
{
    const bool up = event->key() == Qt::Key_Up, down = event->key() == Qt::Key_Down;
    if ((up || down) && event->modifiers() == Qt::NoModifier && !isReadOnly()) {
        // Stepping starts at the bottom of the range from empty and never leaves the range.
        const auto v = isEmpty() ? std::optional<double>() : value();
        if (isEmpty() || v) {
            double next = !v ? m_minimum : *v + (up ? m_step : -m_step);
            next = std::clamp(next, m_minimum, m_maximum);
            setValue(std::round(next * 1e6) / 1e6);
            selectAll();
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace mb
