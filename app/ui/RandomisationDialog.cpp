// The plan dialog: inputs, the live count, the confirmation and the lock.
#include "ui/RandomisationDialog.h"

#include "core/Clock.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/AnalysisPanel.h"
#include "ui/DateField.h"
#include "ui/RandomisationPlan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mb {

RandomisationDialog::RandomisationDialog(Store& store, const Intervention& intervention, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_interventionId(intervention.id)
    , m_participantId(intervention.participantId)
    , m_interventionName(intervention.name)
    , m_intro(new QLabel)
    , m_designLabel(new QLabel)
    , m_design(new QComboBox)
    , m_daysLabel(new QLabel)
    , m_days(new QSpinBox)
    , m_minPhaseLabel(new QLabel)
    , m_minPhase(new QSpinBox)
    , m_startLabel(new QLabel)
    , m_start(new DateField(QStringLiteral("randomisationStart"), DateField::WarnLongAgo))
    , m_seedLabel(new QLabel)
    , m_seed(new QLineEdit)
    , m_measureLabel(new QLabel)
    , m_measure(new QComboBox)
    , m_count(new QLabel)
    , m_schedule(new QLabel)
    , m_confirm(new QWidget)
    , m_confirmText(new QLabel)
    , m_confirmLock(new QPushButton)
    , m_confirmCancel(new QPushButton)
    , m_lock(new QPushButton)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("randomisationDialog"));
    m_design->setObjectName(QStringLiteral("randomisationDesign"));
    m_days->setObjectName(QStringLiteral("randomisationDays"));
    m_minPhase->setObjectName(QStringLiteral("randomisationMinPhase"));
    m_seed->setObjectName(QStringLiteral("randomisationSeed"));
    m_measure->setObjectName(QStringLiteral("randomisationMeasure"));
    m_count->setObjectName(QStringLiteral("randomisationCount"));
    m_schedule->setObjectName(QStringLiteral("randomisationSchedule"));
    m_lock->setObjectName(QStringLiteral("randomisationLock"));
    m_confirmLock->setObjectName(QStringLiteral("randomisationConfirmLock"));
    for (DesignType type :
         {DesignType::ABAB, DesignType::AB, DesignType::ABA, DesignType::CRD, DesignType::RBD, DesignType::ATD})
        m_design->addItem(QString(), int(type));
    m_days->setRange(2, maximumDesignDays);
    m_days->setValue(28);
    m_minPhase->setRange(1, maximumDesignDays);
    m_minPhase->setValue(5);
    m_start->setDate(std::max(intervention.start, clock().today()));
    m_seed->setText(QString::number(freshSeed()));
    AnalysisPanel::fillMeasures(m_measure, store, QStringLiteral("mood"));
    for (QLabel* text : {m_intro, m_count, m_schedule, m_confirmText})
        text->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_designLabel->setBuddy(m_design);
    m_daysLabel->setBuddy(m_days);
    m_minPhaseLabel->setBuddy(m_minPhase);
    m_startLabel->setBuddy(m_start);
    m_seedLabel->setBuddy(m_seed);
    m_measureLabel->setBuddy(m_measure);

    layOut();

    connect(m_design, &QComboBox::currentIndexChanged, this, &RandomisationDialog::updateCount);
    connect(m_days, &QSpinBox::valueChanged, this, &RandomisationDialog::updateCount);
    connect(m_minPhase, &QSpinBox::valueChanged, this, &RandomisationDialog::updateCount);
    connect(m_seed, &QLineEdit::textChanged, this, &RandomisationDialog::updateCount);
    connect(m_lock, &QPushButton::clicked, this, &RandomisationDialog::askToLock);
    connect(m_confirmLock, &QPushButton::clicked, this, &RandomisationDialog::lockNow);
    connect(m_confirmCancel, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_lock->setEnabled(true);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    try {
        if (const auto existing = ScheduleRepository(store.database()).forIntervention(m_interventionId))
            showLocked(*existing);
    } catch (const StorageError& error) { // a schedule changed outside MoodBiome: said, and nothing to lock
        m_lock->setEnabled(false);
        m_schedule->setText(error.message());
    }
    setMinimumWidth(520);
}

void RandomisationDialog::layOut()
{
    auto* form = new QFormLayout;
    form->addRow(m_designLabel, m_design);
    form->addRow(m_daysLabel, m_days);
    form->addRow(m_minPhaseLabel, m_minPhase);
    form->addRow(m_startLabel, m_start);
    form->addRow(QString(), m_start->warningLabel());
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_measureLabel, m_measure);

    auto* confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_confirmCancel);
    confirmButtons->addWidget(m_confirmLock);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();

    m_buttons->addButton(m_lock, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_schedule);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

std::optional<DesignSpec> RandomisationDialog::spec() const
{
    DesignSpec spec{DesignType(m_design->currentData().toInt()), m_days->value(), m_minPhase->value()};
    if (!designProblem(spec).isEmpty())
        return std::nullopt;
    return spec;
}

void RandomisationDialog::updateCount()
{
    const DesignSpec candidate{DesignType(m_design->currentData().toInt()), m_days->value(), m_minPhase->value()};
    bool seedOk = false;
    m_seed->text().trimmed().toULongLong(&seedOk);
    const QString problem = designProblem(candidate);
    if (!problem.isEmpty())
        m_count->setText(problem);
    else if (!seedOk)
        m_count->setText(tr("The seed must be a whole number from 0 to 18446744073709551615."));
    else {
        const std::uint64_t count = countAssignments(candidate);
        m_count->setText(count == std::numeric_limits<std::uint64_t>::max()
                             ? tr("More than 10^19 admissible schedules; one is drawn at random with the seed.")
                             : tr("%1 admissible schedules; one is drawn at random with the seed.")
                                   .arg(QLocale().toString(qulonglong(count))));
    }
    if (!m_confirm->isVisible() && m_design->isEnabled())
        m_lock->setEnabled(problem.isEmpty() && seedOk);
}

void RandomisationDialog::askToLock()
{
    if (!spec())
        return;
    m_confirmText->setText(tr("Draw the schedule for “%1” with seed %2 and lock it? It is stored with its SHA-256 in "
                              "the audit trail and can never be changed or drawn again.")
                               .arg(m_interventionName, m_seed->text().trimmed()));
    m_confirm->show();
    m_lock->setEnabled(false);
    m_confirmLock->setFocus();
    adjustSize(); // room for the question without squeezing the form
}

void RandomisationDialog::lockNow()
{
    const auto chosen = spec();
    bool seedOk = false;
    const qulonglong seed = m_seed->text().trimmed().toULongLong(&seedOk);
    if (!chosen || !seedOk)
        return;
    const Measure* measure = m_store.measures().byKey(m_measure->currentData().toString());
    const Improvement improvement = measure ? improvementFor(measure->direction) : Improvement::Increase;
    RandomisationSchedule schedule =
        drawSchedule(*chosen, m_start->date(), seed, defaultStatistic(chosen->type, improvement));
    schedule.interventionId = m_interventionId;
    try {
        ScheduleRepository(m_store.database()).lock(schedule);
    } catch (const StorageError& error) {
        m_confirm->hide();
        m_count->setText(error.message());
        return;
    }
    m_confirm->hide();
    if (const auto stored = ScheduleRepository(m_store.database()).forIntervention(m_interventionId))
        showLocked(*stored);
    emit locked(m_interventionId);
}

void RandomisationDialog::showLocked(const RandomisationSchedule& schedule)
{
    m_design->setCurrentIndex(m_design->findData(int(schedule.spec.type)));
    m_days->setValue(schedule.spec.days);
    m_minPhase->setValue(schedule.spec.minPhase);
    m_start->setDate(schedule.start);
    m_seed->setText(QString::number(schedule.seed));
    for (QWidget* w : std::initializer_list<QWidget*>{m_design, m_days, m_minPhase, m_start, m_seed, m_measure})
        w->setEnabled(false);
    m_lock->setEnabled(false);
    m_lock->hide();
    m_schedule->setText(tr("Locked schedule: %1").arg(RandomisationPlanText::scheduleSummary(schedule, QLocale())));
}

void RandomisationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RandomisationDialog::retranslate()
{
    setWindowTitle(tr("Randomised design for “%1”").arg(m_interventionName));
    m_intro->setText(tr("Plan before you start: the days on which you take “%1” (B) or not (A) are drawn at random "
                        "now and locked, so that a randomisation test can later show whether the difference is "
                        "more than chance.")
                         .arg(m_interventionName));
    for (int i = 0; i < m_design->count(); ++i)
        m_design->setItemText(i, DesignText::designName(DesignType(m_design->itemData(i).toInt())));
    m_designLabel->setText(tr("&Design:"));
    m_daysLabel->setText(tr("D&ays:"));
    m_minPhaseLabel->setText(tr("Mi&nimum phase:"));
    m_minPhase->setToolTip(tr("Phase designs: the shortest phase. Alternating design: the longest run of one "
                              "condition."));
    m_days->setSuffix(tr(" days"));
    m_minPhase->setSuffix(tr(" days"));
    m_startLabel->setText(tr("&Start:"));
    m_seedLabel->setText(tr("S&eed:"));
    m_seed->setToolTip(tr("The same seed always draws the same schedule, on every computer."));
    m_measureLabel->setText(tr("Main &measure:"));
    m_measure->setToolTip(tr("Decides the direction the test looks for: higher values or lower values."));
    m_lock->setText(tr("Draw and &lock…"));
    m_confirmLock->setText(tr("&Lock for good"));
    m_confirmCancel->setText(tr("Cancel"));
    updateCount();
}

} // namespace mb
