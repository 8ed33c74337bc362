// The participant form, with inline errors from validation and from the database.
#include "ui/ParticipantDialog.h"

#include "core/Clock.h"
#include "ui/DateField.h"
#include "ui/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mb {

namespace {
// The tick box, the date box and, below them, the date's warning.
QWidget* optionalDateRow(QCheckBox* check, DateField* edit, QDate value)
{
    auto* row = new QWidget;
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* layout = new QHBoxLayout;
    column->addLayout(layout);
    column->addWidget(edit->warningLabel());
    check->setObjectName(edit->objectName() + QStringLiteral("Set"));
    layout->addWidget(check);
    layout->addWidget(edit, 1);
    edit->setDate(value.isValid() ? value : clock().today());
    check->setChecked(value.isValid());
    edit->setEnabled(value.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    return row;
}
} // namespace

ParticipantDialog::ParticipantDialog(const Participant& participant, const QStringList& knownArms, SaveFunction save,
                                     QWidget* parent)
    : QDialog(parent)
    , m_original(participant)
    , m_save(std::move(save))
    , m_codeLabel(new QLabel)
    , m_code(new QLineEdit(participant.code))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit(participant.displayName))
    , m_armLabel(new QLabel)
    , m_arm(new QComboBox)
    , m_enrolledSet(new QCheckBox)
    , m_enrolled(new DateField(QStringLiteral("enrolled")))
    , m_withdrawnSet(new QCheckBox)
    , m_withdrawn(new DateField(QStringLiteral("withdrawn")))
    , m_notesLabel(new QLabel)
    , m_notes(new QPlainTextEdit(participant.notes))
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("participantDialog"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(40);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_arm->setObjectName(QStringLiteral("arm"));
    m_arm->setEditable(true);
    m_arm->addItems(knownArms);
    m_arm->setCurrentText(participant.arm);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto* form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_armLabel, m_arm);
    form->addRow(optionalDateRow(m_enrolledSet, m_enrolled, participant.enrolled));
    form->addRow(optionalDateRow(m_withdrawnSet, m_withdrawn, participant.withdrawn));
    form->addRow(m_notesLabel, m_notes);
    m_codeLabel->setBuddy(m_code);
    m_nameLabel->setBuddy(m_name);
    m_armLabel->setBuddy(m_arm);
    m_notesLabel->setBuddy(m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, m_error, &QWidget::hide);
    setMinimumWidth(420);
    retranslate();
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.code = m_code->text().trimmed();
    p.displayName = m_name->text().trimmed();
    p.arm = m_arm->currentText().trimmed();
    p.enrolled = m_enrolledSet->isChecked() ? m_enrolled->date() : QDate();
    p.withdrawn = m_withdrawnSet->isChecked() ? m_withdrawn->date() : QDate();
    p.notes = m_notes->toPlainText();
    return p;
}

void ParticipantDialog::accept()
{
    const Participant p = participant();
    if (p.code.isEmpty()) {
        showError(tr("Enter a code for the participant, such as P-001."));
        m_code->setFocus();
        return;
    }
    for (DateField* date : {m_enrolled, m_withdrawn}) {
        if (date->takeCorrection()) { // typed text the date box could not take: look at the date first
            showError(date->warning());
            date->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (auto error = m_save(p)) {
        showError(*error);
        return;
    }
    QDialog::accept();
}

void ParticipantDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void ParticipantDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ParticipantDialog::retranslate()
{
    setWindowTitle(m_original.id ? tr("Edit participant %1").arg(m_original.code) : tr("New participant"));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setPlaceholderText(tr("for example P-001"));
    m_code->setAccessibleName(tr("Participant code"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("optional; left out of exports"));
    m_name->setAccessibleName(tr("Display name"));
    m_armLabel->setText(tr("Study &arm:"));
    m_arm->setAccessibleName(tr("Study arm"));
    m_enrolledSet->setText(tr("&Enrolled on"));
    m_enrolled->setAccessibleName(tr("Enrolment date"));
    m_withdrawnSet->setText(tr("&Withdrawn on"));
    m_withdrawn->setAccessibleName(tr("Withdrawal date"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setAccessibleName(tr("Notes"));
}

} // namespace mb
