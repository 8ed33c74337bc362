// The intervention form; an FMT defaults to a one-day event.
#include "ui/InterventionDialog.h"

#include "core/Clock.h"
#include "ui/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mb {

InterventionDialog::InterventionDialog(const Intervention& intervention, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_original(intervention)
    , m_save(std::move(save))
    , m_form(new QFormLayout)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit(intervention.name))
    , m_hasDose(new QCheckBox)
    , m_dose(new QDoubleSpinBox)
    , m_unit(new QLineEdit(intervention.unit))
    , m_frequency(new QLineEdit(intervention.frequency))
    , m_start(new QDateEdit)
    , m_ongoing(new QCheckBox)
    , m_end(new QDateEdit)
    , m_notes(new QPlainTextEdit(intervention.notes))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("interventionDialog"));
    m_kind->setObjectName(QStringLiteral("kind"));
    for (InterventionKind kind : allInterventionKinds()) {
        QPixmap swatch(12, 12);
        swatch.fill(interventionColor(kind));
        m_kind->addItem(QIcon(swatch), QString(), toString(kind));
    }
    m_kind->setCurrentIndex(int(allInterventionKinds().indexOf(intervention.kind)));
    m_name->setObjectName(QStringLiteral("name"));
    m_dose->setObjectName(QStringLiteral("dose"));
    m_dose->setRange(0, 1e9);
    m_dose->setDecimals(2);
    m_dose->setValue(intervention.dose.value_or(0));
    m_hasDose->setChecked(intervention.dose.has_value());
    m_dose->setEnabled(m_hasDose->isChecked());
    connect(m_hasDose, &QCheckBox::toggled, m_dose, &QWidget::setEnabled);
    m_unit->setObjectName(QStringLiteral("unit"));
    const QDate today = clock().today();
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDate(intervention.start.isValid() ? intervention.start : today);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setCalendarPopup(true);
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
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px; border-radius: 4px;"));
    m_error->hide();

    auto* doseRow = new QHBoxLayout;
    doseRow->addWidget(m_hasDose);
    doseRow->addWidget(m_dose, 1);
    doseRow->addWidget(m_unit, 1);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_ongoing);
    endRow->addWidget(m_end, 1);
    m_form->addRow(QString(), m_kind);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), doseRow);
    m_form->addRow(QString(), m_frequency);
    m_form->addRow(QString(), m_start);
    m_form->addRow(QString(), endRow);
    m_form->addRow(QString(), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    retranslate();
    m_name->setFocus();
}

Intervention InterventionDialog::intervention() const
{
    Intervention i = m_original;
    i.kind = interventionKindFromString(m_kind->currentData().toString()).value_or(InterventionKind::Other);
    i.name = m_name->text().trimmed();
    i.dose = m_hasDose->isChecked() ? std::optional<double>(m_dose->value()) : std::nullopt;
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
    if (i.name.isEmpty())
        error = tr("Give the intervention a name, such as “Lactobacillus rhamnosus GG”.");
    else if (i.end.isValid() && i.end < i.start)
        error = tr("The end date lies before the start date.");
    else
        error = m_save(i);
    if (error) {
        m_error->setText(*error);
        m_error->show();
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
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_kind, tr("&Kind:"));
    label(m_name, tr("&Name:"));
    label(m_frequency, tr("&Frequency:"));
    label(m_start, tr("&Start:"));
    label(m_notes, tr("N&otes:"));
    if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(2, QFormLayout::LabelRole)->widget()))
        l->setText(tr("Dose:"));
    if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(5, QFormLayout::LabelRole)->widget()))
        l->setText(tr("End:"));
    m_name->setPlaceholderText(tr("for example Lactobacillus rhamnosus GG"));
    m_hasDose->setText(tr("&Dose"));
    m_unit->setPlaceholderText(tr("unit, e.g. billion CFU"));
    m_unit->setAccessibleName(tr("Dose unit"));
    m_dose->setAccessibleName(tr("Dose"));
    m_frequency->setPlaceholderText(tr("for example daily, twice a day"));
    m_ongoing->setText(tr("&Ongoing"));
    m_end->setAccessibleName(tr("End date"));
}

} // namespace mb
