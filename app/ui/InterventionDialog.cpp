// The intervention form; an FMT defaults to a one-day event.
#include "ui/InterventionDialog.h"

#include "core/Clock.h"
#include "ui/DateField.h"
#include "ui/NumberField.h"
#include "ui/Palette.h"
#include "ui/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mb {

namespace {
QLabel* labelFor(QWidget* field)
{
    auto* label = new QLabel;
    label->setBuddy(field);
    return label;
}

// A field with its message or warning just below it.
QVBoxLayout* withNote(QLayout* field, QWidget* note)
{
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(note);
    return column;
}
} // namespace

InterventionDialog::InterventionDialog(const Intervention& intervention, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_original(intervention)
    , m_save(std::move(save))
    , m_kind(new QComboBox)
    , m_name(new QLineEdit(intervention.name))
    , m_dose(new NumberField)
    , m_unit(new QLineEdit(intervention.unit))
    , m_frequency(new QLineEdit(intervention.frequency))
    , m_start(new DateField(QStringLiteral("start")))
    , m_ongoing(new QCheckBox)
    , m_end(new DateField(QStringLiteral("end"), 0)) // a planned end in the future is normal
    , m_notes(new QPlainTextEdit(intervention.notes))
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("interventionDialog"));
    m_kindLabel = labelFor(m_kind);
    m_nameLabel = labelFor(m_name);
    m_doseLabel = labelFor(m_dose);
    m_unitLabel = labelFor(m_unit);
    m_frequencyLabel = labelFor(m_frequency);
    m_startLabel = labelFor(m_start);
    m_endLabel = labelFor(m_end);
    m_notesLabel = labelFor(m_notes);

    m_kind->setObjectName(QStringLiteral("kind"));
    for (InterventionKind kind : allInterventionKinds()) {
        QPixmap swatch(12, 12);
        swatch.fill(interventionColor(kind));
        m_kind->addItem(QIcon(swatch), QString(), toString(kind));
    }
    m_kind->setCurrentIndex(int(allInterventionKinds().indexOf(intervention.kind)));
    m_name->setObjectName(QStringLiteral("name"));
    m_dose->setObjectName(QStringLiteral("dose"));
    m_dose->messageLabel()->setObjectName(QStringLiteral("doseMessage"));
    m_dose->setRange(0, maximumDose);
    m_dose->setValue(intervention.dose);
    m_dose->setFixedWidth(m_dose->fontMetrics().horizontalAdvance(QStringLiteral("0000000,00")) + 18);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_frequency->setObjectName(QStringLiteral("frequency"));
    const QDate today = clock().today();
    m_start->setDate(intervention.start.isValid() ? intervention.start : today);
    m_end->setDate(intervention.end.isValid() ? intervention.end : m_start->date());
    m_ongoing->setObjectName(QStringLiteral("ongoing"));
    m_ongoing->setChecked(intervention.id == 0 ? true : intervention.isOngoing());
    m_end->setEnabled(!m_ongoing->isChecked());
    connect(m_ongoing, &QCheckBox::toggled, m_end, [this](bool on) { m_end->setEnabled(!on); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_original.id == 0 && m_kind->currentData().toString() == u"fmt") {
            m_ongoing->setChecked(false);
            m_end->setDate(m_start->date());
        }
    });
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);

    layOut();
    setMinimumWidth(480);
    retranslate();
    m_name->setFocus();
}

void InterventionDialog::layOut()
{
    auto* doseRow = new QHBoxLayout;
    doseRow->addWidget(m_dose);
    doseRow->addSpacing(8);
    doseRow->addWidget(m_unitLabel);
    doseRow->addWidget(m_unit, 1);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_ongoing);
    endRow->addWidget(m_end);
    endRow->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_doseLabel, withNote(doseRow, m_dose->messageLabel()));
    form->addRow(m_frequencyLabel, m_frequency);
    form->addRow(m_startLabel, withNote(startRow, m_start->warningLabel()));
    form->addRow(m_endLabel, withNote(endRow, m_end->warningLabel()));
    form->addRow(m_notesLabel, m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dose, &NumberField::valueChanged, m_error, &QWidget::hide);
    const QList<QWidget*> order = {m_kind,
                                   m_name,
                                   m_dose,
                                   m_unit,
                                   m_frequency,
                                   m_start,
                                   m_ongoing,
                                   m_end,
                                   m_notes,
                                   m_buttons->button(QDialogButtonBox::Ok),
                                   m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

Intervention InterventionDialog::intervention() const
{
    Intervention i = m_original;
    i.kind = interventionKindFromString(m_kind->currentData().toString()).value_or(InterventionKind::Other);
    i.name = m_name->text().trimmed();
    i.dose = m_dose->value();
    i.unit = m_unit->text().trimmed();
    i.frequency = m_frequency->text().trimmed();
    i.start = m_start->date();
    i.end = m_ongoing->isChecked() ? QDate() : m_end->date();
    i.notes = m_notes->toPlainText().trimmed();
    return i;
}

void InterventionDialog::accept()
{
    const Intervention i = intervention();
    std::optional<QString> error;
    QWidget* focus = nullptr;
    if (i.name.isEmpty()) {
        error = tr("Give the intervention a name, such as “Lactobacillus rhamnosus GG”.");
        focus = m_name;
    } else if (m_start->takeCorrection() || m_end->takeCorrection()) { // typed text a date box could not take
        error = m_start->warning().isEmpty() ? m_end->warning() : m_start->warning();
        focus = m_start->warning().isEmpty() ? m_end : m_start;
    } else if (!m_dose->isAcceptable()) {
        error = tr("Not saved. Correct the dose first: %1").arg(m_dose->problem());
        focus = m_dose;
    } else if (i.end.isValid() && i.end < i.start) {
        error = tr("The end date lies before the start date.");
        focus = m_end;
    } else {
        error = m_save(i);
    }
    if (error) {
        m_error->showMessage(*error);
        if (focus)
            focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void InterventionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InterventionDialog::retranslate()
{
    setWindowTitle(m_original.id ? tr("Edit intervention") : tr("New intervention"));
    const QList<InterventionKind> kinds = allInterventionKinds();
    for (int k = 0; k < kinds.size(); ++k)
        m_kind->setItemText(k, InterventionText::kindName(kinds[k]));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setAccessibleName(tr("Kind"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("for example Lactobacillus rhamnosus GG"));
    m_doseLabel->setText(tr("&Dose:"));
    m_dose->setFieldName(tr("Dose"));
    m_dose->setAccessibleName(tr("Dose"));
    m_dose->setPlaceholderText(tr("none"));
    m_dose->setToolTip(tr("Leave empty when there is no dose; a comma or a point for decimals."));
    m_unitLabel->setText(tr("&Unit:"));
    m_unit->setPlaceholderText(tr("e.g. billion CFU"));
    m_unit->setAccessibleName(tr("Dose unit"));
    m_frequencyLabel->setText(tr("&Frequency:"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setPlaceholderText(tr("for example daily, twice a day"));
    m_startLabel->setText(tr("&Start:"));
    m_start->setAccessibleName(tr("Start date"));
    m_endLabel->setText(tr("&End:"));
    m_ongoing->setText(tr("&Ongoing"));
    m_end->setAccessibleName(tr("End date"));
    m_notesLabel->setText(tr("No&tes:"));
    m_notes->setAccessibleName(tr("Notes"));
}

} // namespace mb
