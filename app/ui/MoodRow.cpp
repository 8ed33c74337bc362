// The row of mood buttons and its keys.
#include "ui/MoodRow.h"

#include "ui/LanguageManager.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace mb {

namespace {
constexpr int maxValues = 11;

int valueCount(const Measure& m)
{
    return int(std::floor(m.maximum) - std::ceil(m.minimum)) + 1;
}
} // namespace

bool MoodRow::fits(const Measure& measure)
{
    return valueCount(measure) >= 2 && valueCount(measure) <= maxValues;
}

MoodRow::MoodRow(const Measure& measure, QWidget* parent)
    : QWidget(parent)
    , m_measure(measure)
    , m_group(new QButtonGroup(this))
    , m_low(new QLabel)
    , m_high(new QLabel)
{
    setObjectName(QStringLiteral("moodRow"));
    setFocusPolicy(Qt::StrongFocus);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(4);
    const int count = valueCount(measure);
    for (int i = 0; i < count; ++i) {
        const double v = std::ceil(measure.minimum) + i;
        m_values.append(v);
        // Consecutive values end in different digits; an eleventh value needs a key of its own.
        m_keys.append(i < 10 ? QString::number(int(v) % 10) : QStringLiteral("+"));
        auto* b = new QToolButton;
        b->setObjectName(QStringLiteral("mood_%1").arg(plainNumber(v)));
        b->setText(plainNumber(v));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus); // the row is the one keyboard stop
        b->setMinimumSize(40, 40);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont big = b->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        b->setFont(big);
        m_group->addButton(b, i);
        grid->addWidget(b, 0, i);
    }
    m_group->setExclusive(false); // so a click on the chosen value clears it
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setValue(m_group->button(id)->isChecked() ? std::optional<double>(m_values[id]) : std::nullopt);
        setFocus(Qt::MouseFocusReason);
    });
    m_low->setObjectName(QStringLiteral("moodLow"));
    m_high->setObjectName(QStringLiteral("moodHigh"));
    m_high->setAlignment(Qt::AlignRight);
    grid->addWidget(m_low, 1, 0, 1, count / 2);
    grid->addWidget(m_high, 1, count / 2, 1, count - count / 2);
    retranslate();
    updateLook();
}

std::optional<double> MoodRow::value() const
{
    for (QAbstractButton* b : m_group->buttons())
        if (b->isChecked())
            return m_values[m_group->id(b)];
    return std::nullopt;
}

void MoodRow::setValue(std::optional<double> value)
{
    const std::optional<double> before = this->value();
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(value && m_values[m_group->id(b)] == *value);
    updateLook();
    if (before != this->value())
        emit valueChanged();
}

QString MoodRow::keyFor(double value) const
{
    const qsizetype i = m_values.indexOf(value);
    return i < 0 ? QString() : m_keys[i];
}

QAbstractButton* MoodRow::button(double value) const
{
    const qsizetype i = m_values.indexOf(value);
    return i < 0 ? nullptr : m_group->button(int(i));
}

void MoodRow::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    qsizetype i = text.isEmpty() ? -1 : m_keys.indexOf(text == u"=" ? QStringLiteral("+") : text);
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const qsizetype current = value() ? m_values.indexOf(*value()) : m_values.size() / 2;
        i = std::clamp<qsizetype>(current + (event->key() == Qt::Key_Left ? -1 : 1), 0, m_values.size() - 1);
    }
    if (i >= 0 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        setValue(m_values[i]);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        setValue(std::nullopt);
        return;
    }
    QWidget::keyPressEvent(event); // Enter, Esc and Tab go on to the window
}

void MoodRow::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    updateLook();
}

void MoodRow::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    updateLook();
}

void MoodRow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MoodRow::updateLook()
{
    // The keyboard focus is a frame around the row; the chosen value is filled in the highlight colour.
    setStyleSheet(QStringLiteral("#moodRow { border: 2px solid %1; border-radius: 6px; }"
                                 "QToolButton:checked { background: palette(highlight); "
                                 "color: palette(highlighted-text); border-radius: 4px; }")
                      .arg(hasFocus() ? QStringLiteral("palette(highlight)") : QStringLiteral("transparent")));
    setAttribute(Qt::WA_StyledBackground, true);
    const std::optional<double> v = value();
    setAccessibleDescription(v ? tr("%1 chosen").arg(plainNumber(*v)) : tr("Nothing chosen"));
}

void MoodRow::retranslate()
{
    const QString label = m_measure.label(LanguageManager::current());
    setAccessibleName(label);
    for (QAbstractButton* b : m_group->buttons()) {
        const int i = m_group->id(b);
        b->setAccessibleName(tr("%1 %2 of %3").arg(label, plainNumber(m_values[i]), plainNumber(m_values.last())));
        b->setToolTip(tr("Key: %1").arg(m_keys[i]));
    }
    const bool higherBetter = m_measure.direction != Direction::Lower;
    m_low->setText(higherBetter ? tr("very low") : tr("none"));
    m_high->setText(higherBetter ? tr("very good") : tr("extreme"));
}

} // namespace mb
