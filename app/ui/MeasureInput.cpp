// A number box (with a mirroring slider for 0-10 scales) and its unit, or a described picker for the Bristol chart.
#include "ui/MeasureInput.h"

#include "ui/FitWindow.h"
#include "ui/LanguageManager.h"
#include "ui/NumberField.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QToolButton>

#include <cmath>

namespace mb {

namespace {
double stepFor(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Hours:
    case MeasureKind::Servings:
    case MeasureKind::Units:
        return 0.5;
    case MeasureKind::Milligrams:
        return 10;
    case MeasureKind::Minutes:
        return 5;
    case MeasureKind::Grams:
    case MeasureKind::Scale:
    case MeasureKind::Category:
    case MeasureKind::Count:
    case MeasureKind::Other:
        break;
    }
    return 1;
}

// The open Bristol list shows each type in full words; the closed picker shows the short name.
class DescriptionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString full = index.data(Qt::ToolTipRole).toString();
        if (!full.isEmpty())
            option->text = full;
    }
};
} // namespace

MeasureInput::MeasureInput(const Measure& measure, QWidget* parent)
    : QWidget(parent)
    , m_measure(measure)
    , m_clear(new QToolButton)
{
    setObjectName(QStringLiteral("input_") + measure.key);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);

    if (measure.key == u"bristol")
        createPicker(row);
    else
        createNumberBox(row);
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, [this] { setValue(std::nullopt); });
    if (m_described)
        column->addWidget(m_described);
    if (m_box)
        column->addWidget(m_box->messageLabel());
    retranslate();
}

void MeasureInput::createPicker(QHBoxLayout* row)
{
    m_picker = new QComboBox;
    m_picker->setObjectName(QStringLiteral("picker"));
    m_picker->setItemDelegate(new DescriptionDelegate(m_picker));
    m_picker->installEventFilter(this);
    m_described = new QLabel;
    m_described->setObjectName(QStringLiteral("description"));
    m_described->setWordWrap(true);
    m_described->hide();
    // On Linux a combo box's accessible name is its current text; screen readers take its label from the
    // labelled-by relation, which Qt looks for among the combo box's siblings only, and a hidden label is not heard.
    // So the picker's label stands beside it (ownLabel()); hidden where the owner labels the measure otherwise.
    m_pickerLabel = new QLabel(this);
    m_pickerLabel->setObjectName(QStringLiteral("pickerLabel"));
    m_pickerLabel->setBuddy(m_picker);
    m_pickerLabel->hide();
    row->addWidget(m_pickerLabel);
    row->addWidget(m_picker, 1);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        emit valueChanged();
    });
}

QLabel* MeasureInput::ownLabel()
{
    if (m_pickerLabel)
        m_pickerLabel->show();
    return m_pickerLabel;
}

void MeasureInput::createNumberBox(QHBoxLayout* row)
{
    m_box = new NumberField;
    m_box->setObjectName(QStringLiteral("value"));
    m_box->setRange(m_measure.minimum, m_measure.maximum);
    m_box->setWholeNumbers(m_measure.wholeNumbersOnly());
    m_box->setStep(stepFor(m_measure.kind));
    m_box->setFixedWidth(m_box->fontMetrics().horizontalAdvance(QStringLiteral("00000,00")) + 18);
    m_unit = new QLabel;
    m_unit->setObjectName(QStringLiteral("unit"));
    if (m_measure.kind == MeasureKind::Scale) {
        m_slider = new QSlider(Qt::Horizontal);
        m_slider->setObjectName(QStringLiteral("slider"));
        m_slider->setFocusPolicy(Qt::NoFocus); // the number box is the measure's one keyboard stop
        m_slider->setRange(int(m_measure.minimum), int(m_measure.maximum));
        m_slider->setPageStep(1);
        m_slider->setTickPosition(QSlider::TicksBelow);
        m_slider->setMinimumWidth(120);
        row->addWidget(m_slider, 1);
        connect(m_slider, &QSlider::valueChanged, this, [this](int v) { m_box->setValue(v); });
        connect(m_slider, &QSlider::sliderReleased, this, [this] {
            if (m_box->isEmpty()) // a click on the position the slider already had
                m_box->setValue(m_slider->value());
        });
    } else {
        row->addStretch(1);
    }
    row->addWidget(m_box);
    row->addWidget(m_unit);
    connect(m_box, &NumberField::valueChanged, this, [this] {
        if (m_slider) {
            const QSignalBlocker block(m_slider);
            const auto v = m_box->value();
            m_slider->setValue(v ? int(std::lround(*v)) : int(m_measure.minimum));
        }
        emit valueChanged();
    });
}

std::optional<double> MeasureInput::value() const
{
    if (m_picker)
        return m_picker->currentIndex() > 0 ? std::optional<double>(m_picker->currentIndex()) : std::nullopt;
    return m_box->value();
}

void MeasureInput::setValue(std::optional<double> value)
{
    if (m_picker)
        m_picker->setCurrentIndex(value ? int(*value) : 0);
    else
        m_box->setValue(value);
}

QString MeasureInput::typedText() const
{
    if (m_picker)
        return m_picker->currentIndex() > 0 ? QString::number(m_picker->currentIndex()) : QString();
    return m_box->text();
}

void MeasureInput::setTypedText(const QString& text)
{
    if (!m_picker) {
        m_box->setText(text);
        return;
    }
    bool ok = false;
    const int type = text.toInt(&ok);
    m_picker->setCurrentIndex(ok && type >= 1 && type < m_picker->count() ? type : 0);
}

QString MeasureInput::problem() const
{
    return m_box ? m_box->problem() : QString();
}

QWidget* MeasureInput::editor() const
{
    return m_picker ? static_cast<QWidget*>(m_picker) : m_box;
}

QString MeasureInput::unitText() const
{
    return m_unit && m_measure.kind != MeasureKind::Scale ? MeasureText::unitSymbol(m_measure) : QString();
}

int MeasureInput::unitWidth() const
{
    return m_unit ? m_unit->fontMetrics().horizontalAdvance(unitText()) + 2 : 0;
}

void MeasureInput::setUnitWidth(int width)
{
    if (m_unit)
        m_unit->setFixedWidth(width);
}

bool MeasureInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_picker && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_7) {
            m_picker->setCurrentIndex(key->key() - Qt::Key_0);
            return true;
        }
        if (key->key() == Qt::Key_0 || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            m_picker->setCurrentIndex(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeasureInput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeasureInput::updateDescription()
{
    if (!m_described)
        return;
    const int type = m_picker->currentIndex();
    m_described->setText(type > 0 ? MeasureText::bristolDescription(type) : QString());
    m_described->setVisible(type > 0);
    if (type > 0)
        growWindowToFit(this);
    m_picker->setAccessibleDescription(m_described->text());
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
        int widest = 0;
        for (int type = 1; type <= 7; ++type) {
            const QString description = MeasureText::bristolDescription(type);
            m_picker->addItem(tr("Type %1").arg(type));
            m_picker->setItemData(type, description, Qt::ToolTipRole);
            widest = std::max(widest, m_picker->fontMetrics().horizontalAdvance(description));
        }
        m_picker->view()->setMinimumWidth(widest + 48);
        m_picker->setCurrentIndex(std::max(current, 0));
        m_picker->setAccessibleName(label);
        m_pickerLabel->setText(tr("%1:").arg(label));
        m_picker->setToolTip(tr("%1: type a digit from 1 to 7; 0 or Delete: not recorded.").arg(label));
        updateDescription();
        return;
    }
    m_box->setFieldName(label);
    m_box->setAccessibleName(label);
    m_unit->setText(unitText());
    m_box->setToolTip(tr("%1, %2. Leave empty when not recorded; a comma or a point for decimals.")
                          .arg(label, MeasureText::rangeText(m_measure)));
    if (m_slider)
        m_slider->setAccessibleName(tr("%1 slider").arg(label));
}

} // namespace mb
