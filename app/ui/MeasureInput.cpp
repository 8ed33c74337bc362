// Slider and spin box for scales, a described picker for the Bristol chart, spin boxes elsewhere.
#include "ui/MeasureInput.h"

#include "ui/LanguageManager.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace mb {

namespace {
struct Stepping {
    double step;
    int decimals;
};

Stepping steppingFor(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Hours:
        return {0.5, 1};
    case MeasureKind::Milligrams:
        return {10, 0};
    case MeasureKind::Minutes:
        return {5, 0};
    case MeasureKind::Servings:
    case MeasureKind::Units:
        return {0.5, 1};
    case MeasureKind::Grams:
        return {1, 1};
    case MeasureKind::Scale:
    case MeasureKind::Category:
    case MeasureKind::Count:
        return {1, 0};
    case MeasureKind::Other:
        break;
    }
    return {1, 2};
}
} // namespace

MeasureInput::MeasureInput(const Measure& measure, QWidget* parent)
    : QWidget(parent)
    , m_measure(measure)
    , m_clear(new QToolButton)
{
    setObjectName(QStringLiteral("input_") + measure.key);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    if (measure.key == u"bristol") {
        m_picker = new QComboBox;
        m_picker->setObjectName(QStringLiteral("picker"));
        m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_picker->setMinimumContentsLength(28);
        layout->addWidget(m_picker, 1);
        connect(m_picker, &QComboBox::currentIndexChanged, this, &MeasureInput::valueChanged);
    } else {
        const Stepping s = steppingFor(measure.kind);
        m_spin = new QDoubleSpinBox;
        m_spin->setObjectName(QStringLiteral("spin"));
        m_spin->setDecimals(s.decimals);
        m_spin->setSingleStep(s.step);
        m_spin->setRange(notRecorded(), measure.maximum);
        m_spin->setSpecialValueText(QStringLiteral("–"));
        m_spin->setValue(notRecorded());
        m_spin->setAlignment(Qt::AlignRight);
        m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("00000,0")) + 40);
        if (measure.kind == MeasureKind::Scale) {
            m_slider = new QSlider(Qt::Horizontal);
            m_slider->setObjectName(QStringLiteral("slider"));
            m_slider->setRange(int(measure.minimum), int(measure.maximum));
            m_slider->setPageStep(1);
            m_slider->setTickPosition(QSlider::TicksBelow);
            m_slider->setMinimumWidth(140);
            layout->addWidget(m_slider, 1);
            connect(m_slider, &QSlider::valueChanged, this, [this](int v) { m_spin->setValue(v); });
        } else {
            layout->addStretch(1);
        }
        layout->addWidget(m_spin);
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            if (m_slider && v > notRecorded()) {
                const QSignalBlocker block(m_slider);
                m_slider->setValue(int(std::lround(v)));
            }
            emit valueChanged();
        });
    }
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, [this] { setValue(std::nullopt); });
    retranslate();
}

double MeasureInput::notRecorded() const
{
    return m_measure.minimum - steppingFor(m_measure.kind).step;
}

std::optional<double> MeasureInput::value() const
{
    if (m_picker)
        return m_picker->currentIndex() > 0 ? std::optional<double>(m_picker->currentIndex()) : std::nullopt;
    if (m_spin->value() <= notRecorded() + 1e-9)
        return std::nullopt;
    return m_spin->value();
}

void MeasureInput::setValue(std::optional<double> value)
{
    if (m_picker) {
        m_picker->setCurrentIndex(value ? int(*value) : 0);
        return;
    }
    m_spin->setValue(value.value_or(notRecorded()));
    if (m_slider && !value) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_measure.minimum));
    }
}

QWidget* MeasureInput::editor() const
{
    return m_picker ? static_cast<QWidget*>(m_picker) : m_spin;
}

void MeasureInput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeasureInput::retranslate()
{
    const QString label = m_measure.label(LanguageManager::current());
    m_clear->setToolTip(tr("Clear: not recorded"));
    m_clear->setAccessibleName(tr("Clear %1").arg(label));
    if (m_picker) {
        const int current = m_picker->currentIndex();
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        m_picker->addItem(tr("– not recorded"));
        for (int type = 1; type <= 7; ++type)
            m_picker->addItem(MeasureText::bristolDescription(type));
        m_picker->setCurrentIndex(std::max(current, 0));
        m_picker->setAccessibleName(label);
        return;
    }
    m_spin->setAccessibleName(label);
    const QString unit = MeasureText::unitSymbol(m_measure);
    m_spin->setSuffix(unit.isEmpty() || m_measure.kind == MeasureKind::Scale ? QString() : u' ' + unit);
    m_spin->setToolTip(
        tr("%1, %2. A value below the minimum means: not recorded.").arg(label, MeasureText::rangeText(m_measure)));
    if (m_slider)
        m_slider->setAccessibleName(tr("%1 slider").arg(label));
}

} // namespace mb
