// Laying out the measures in two groups (how you feel; what you ate and did) plus custom ones.
#include "ui/EntryDialog.h"

#include "core/Clock.h"
#include "ui/DateField.h"
#include "ui/LanguageManager.h"
#include "ui/MeasureInput.h"
#include "ui/Style.h"
#include "ui/TagChips.h"
#include "ui/TypedDateTime.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QToolButton>

#include <algorithm>

namespace mb {

namespace {
// Measures about body and mind, as opposed to intake and activity.
bool isFeeling(const Measure& m)
{
    static const QStringList keys = {QStringLiteral("mood"),          QStringLiteral("stress"),
                                     QStringLiteral("anxiety"),       QStringLiteral("energy"),
                                     QStringLiteral("sleep_quality"), QStringLiteral("sleep_hours"),
                                     QStringLiteral("gi_discomfort"), QStringLiteral("bristol")};
    return keys.contains(m.key);
}
} // namespace

EntryDialog::EntryDialog(const JournalEntry& entry, const QList<Measure>& measures, const QString& participantLabel,
                         SaveFunction save, const QList<Intervention>& adherenceChoices, QWidget* parent)
    : QDialog(parent)
    , m_original(entry)
    , m_participantLabel(participantLabel)
    , m_save(std::move(save))
    , m_dateLabel(new QLabel)
    , m_date(new DateField(QStringLiteral("date")))
    , m_hasTime(new QCheckBox)
    , m_time(new QTimeEdit)
    , m_noteLabel(new QLabel)
    , m_note(new QPlainTextEdit(entry.note))
    , m_tagsLabel(new QLabel)
    , m_tags(new TagChips)
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("entryDialog"));
    const QDateTime now = clock().nowLocal();
    m_date->setDate(entry.date.isValid() ? entry.date : now.date());
    m_date->setLatest(now.date().addDays(1)); // tomorrow: an evening in another time zone
    m_time->setObjectName(QStringLiteral("time"));
    TypedDateTime::attach(m_time); // 9:30 PM typed over the time is 9:30 PM
    m_time->setTime(entry.id ? entry.time.value_or(QTime(12, 0)) : QTime(now.time().hour(), now.time().minute()));
    m_hasTime->setChecked(entry.id == 0 || entry.time.has_value());
    m_time->setEnabled(m_hasTime->isChecked());
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);

    createInputs(entry, measures);

    auto* groups = new QHBoxLayout;
    groups->addWidget(m_feelings, 1);
    groups->addWidget(m_intake, 1);

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_noteLabel->setBuddy(m_note);

    createAdherence(adherenceChoices);

    auto* layout = new QVBoxLayout(this);
    m_draftNotice = createDraftNotice();
    layout->addWidget(m_draftNotice);
    layout->addLayout(createWhenRow());
    layout->addWidget(m_date->warningLabel());
    m_plan = new QLabel;
    m_plan->setObjectName(QStringLiteral("plannedCondition"));
    m_plan->setWordWrap(true);
    m_plan->hide();
    layout->addWidget(m_plan);
    layout->addLayout(groups);
    if (m_custom)
        layout->addWidget(m_custom);
    if (m_adherenceBox)
        layout->addWidget(m_adherenceBox);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_tags);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    wireKeyboard();
    setTags({}); // none until told

    retranslate();
    m_initialState = formState();
    if (!m_inputs.isEmpty())
        m_inputs.first()->editor()->setFocus();
}

QLayout* EntryDialog::createWhenRow()
{
    auto* when = new QHBoxLayout;
    when->addWidget(m_dateLabel);
    when->addWidget(m_date);
    when->addSpacing(16);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch(1);
    m_dateLabel->setBuddy(m_date);
    return when;
}

void EntryDialog::createInputs(const JournalEntry& entry, const QList<Measure>& measures)
{
    QList<MeasureInput*> feelings, intake, custom;
    for (const Measure& m : measures) {
        auto* input = new MeasureInput(m);
        input->setValue(entry.values.contains(m.key) ? std::optional<double>(entry.values.value(m.key)) : std::nullopt);
        m_inputs.append(input);
        (m.builtin ? (isFeeling(m) ? feelings : intake) : custom).append(input);
    }
    m_feelings = group(feelings, m_labels);
    m_intake = group(intake, m_labels);
    if (!custom.isEmpty())
        m_custom = group(custom, m_labels);
    // group() appended labels group by group; keep m_labels parallel to m_inputs.
    m_inputs = feelings + intake + custom;
}

void EntryDialog::createAdherence(const QList<Intervention>& choices)
{
    if (!choices.isEmpty()) {
        m_adherenceBox = new QGroupBox;
        m_adherenceBox->setObjectName(QStringLiteral("adherence"));
        auto* box = new QVBoxLayout(m_adherenceBox);
        for (const Intervention& i : choices) {
            auto* tick = new QCheckBox;
            tick->setObjectName(QStringLiteral("taken_%1").arg(i.id));
            box->addWidget(tick);
            m_adherence.append({i, tick});
        }
        connect(m_date, &QDateEdit::dateChanged, this, &EntryDialog::updateAdherence);
    }
}

void EntryDialog::updateAdherence()
{
    const QDate day = m_date->date();
    const QString written = QLocale().toString(day, QLocale::LongFormat);
    for (const auto& [intervention, tick] : std::as_const(m_adherence)) {
        const bool active = intervention.isActiveOn(day);
        if (!active)
            tick->setChecked(false); // never kept for a day it cannot be stored on
        tick->setEnabled(active);
        QString why;
        if (day < intervention.start)
            why = tr("Not for %1: %2 starts on %3.")
                      .arg(written, intervention.name, QLocale().toString(intervention.start, QLocale::LongFormat));
        else if (!active)
            why = tr("Not for %1: %2 ended on %3.")
                      .arg(written, intervention.name, QLocale().toString(intervention.end, QLocale::LongFormat));
        tick->setToolTip(why);
        tick->setAccessibleDescription(why);
    }
}

// Save and cancel, Ctrl+Enter, and one keyboard stop per measure in the order of the form.
void EntryDialog::wireKeyboard()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (MeasureInput* input : std::as_const(m_inputs))
        connect(input, &MeasureInput::valueChanged, m_error, &QWidget::hide);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &EntryDialog::accept);

    // One keyboard stop per measure, in the order of the form: feelings, then intake, then custom measures.
    QList<QWidget*> order = {m_date, m_hasTime, m_time};
    for (MeasureInput* input : std::as_const(m_inputs))
        order.append(input->editor());
    for (const auto& [intervention, tick] : std::as_const(m_adherence))
        order.append(tick);
    order << m_note << m_buttons->button(QDialogButtonBox::Save) << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void EntryDialog::setTags(const QList<Tag>& tags)
{
    m_allTags = tags;
    showTags(m_original.tagIds);
    m_initialState = formState();
}

void EntryDialog::showTags(const QList<qint64>& selected)
{
    m_tags->setTags(m_allTags, selected);
    const bool any = !m_tags->chips().isEmpty();
    m_tagsLabel->setVisible(any);
    m_tags->setVisible(any);
    // After the note, one keyboard stop per chip (Space toggles it), then Save.
    QWidget* previous = m_note;
    for (QWidget* chip : m_tags->chips()) {
        setTabOrder(previous, chip);
        previous = chip;
    }
    setTabOrder(previous, m_buttons->button(QDialogButtonBox::Save));
}

QGroupBox* EntryDialog::group(const QList<MeasureInput*>& inputs, QList<QLabel*>& labels)
{
    auto* box = new QGroupBox;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (MeasureInput* input : inputs) {
        if (QLabel* own = input->ownLabel()) { // the Bristol picker: its label beside it, for screen readers
            labels.append(own);
            form->addRow(input);
            continue;
        }
        auto* label = new QLabel;
        label->setBuddy(input->editor());
        labels.append(label);
        form->addRow(label, input);
    }
    m_columns.append(inputs);
    return box;
}

void EntryDialog::alignUnits()
{
    for (const QList<MeasureInput*>& column : std::as_const(m_columns)) {
        int width = 0;
        for (const MeasureInput* input : column)
            width = std::max(width, input->unitWidth());
        for (MeasureInput* input : column)
            input->setUnitWidth(width); // the number boxes line up in one column
    }
}

MeasureInput* EntryDialog::input(const QString& key) const
{
    for (MeasureInput* i : m_inputs)
        if (i->measure().key == key)
            return i;
    return nullptr;
}

JournalEntry EntryDialog::entry() const
{
    JournalEntry e = m_original;
    e.date = m_date->date();
    e.time = m_hasTime->isChecked() ? std::optional<QTime>(m_time->time()) : std::nullopt;
    e.note = m_note->toPlainText().trimmed();
    if (!m_tags->chips().isEmpty())
        e.tagIds = m_tags->selected();
    e.values.clear();
    for (const MeasureInput* input : m_inputs)
        if (auto v = input->value())
            e.values.insert(input->measure().key, *v);
    return e;
}

QMap<qint64, bool> EntryDialog::adherence() const
{
    QMap<qint64, bool> ticks;
    const QDate day = m_date->date();
    for (const auto& [intervention, tick] : m_adherence)
        if (tick->isChecked() && intervention.isActiveOn(day))
            ticks.insert(intervention.id, true);
    return ticks;
}

void EntryDialog::accept()
{
    QStringList wrong;
    MeasureInput* first = nullptr;
    const QString language = LanguageManager::current();
    for (MeasureInput* input : std::as_const(m_inputs)) {
        if (input->problem().isEmpty())
            continue;
        wrong.append(input->measure().label(language));
        if (!first)
            first = input;
    }
    if (first) {
        showError(tr("Not saved. Correct the value(s) marked in red first: %1.", nullptr, int(wrong.size()))
                      .arg(wrong.join(QStringLiteral(", "))));
        first->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QString problem = m_date->saveProblem(); !problem.isEmpty()) { // look at the date first
        showError(problem);
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_original.id && !hasChanges()) { // an edit saved as it was: nothing to store, and no audit row of nothing
        QDialog::accept();
        return;
    }
    const JournalEntry e = entry();
    if (e.values.isEmpty() && e.note.isEmpty() && e.tagIds.isEmpty()) {
        showError(tr("Record at least one measure, tag or note."));
        return;
    }
    if (auto error = m_save(e, adherence())) {
        showError(*error);
        return;
    }
    forgetDraft(); // saved: nothing left to keep
    QDialog::accept();
}

bool EntryDialog::hasChanges() const
{
    return m_restored || formState() != m_initialState;
}

void EntryDialog::reject()
{
    if (hasChanges()) {
        if (!askToDiscard(this, m_original.id ? tr("Discard changes?") : tr("Discard this entry?"),
                          tr("What you typed in this form has not been saved. Discard it?")))
            return;
    }
    forgetDraft(); // discarded, or nothing typed
    QDialog::reject();
}

QString EntryDialog::formState() const
{
    QStringList state = {m_date->date().toString(Qt::ISODate), QString::number(m_hasTime->isChecked()),
                         m_time->time().toString(Qt::ISODate), m_note->toPlainText()};
    for (const MeasureInput* input : m_inputs) {
        const auto v = input->value();
        state.append(input->problem().isEmpty() ? (v ? QString::number(*v, 'g', 17) : QString()) : input->problem());
    }
    for (const auto& [intervention, tick] : m_adherence)
        state.append(QString::number(tick->isChecked()));
    for (const qint64 id : m_tags->selected())
        state.append(u't' + QString::number(id));
    return state.join(u'\x1f');
}

void EntryDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void EntryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EntryDialog::retranslate()
{
    setWindowTitle(m_original.id ? tr("Edit entry — %1").arg(m_participantLabel)
                                 : tr("New entry — %1").arg(m_participantLabel));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setAccessibleName(tr("Date"));
    m_hasTime->setText(tr("&Time:"));
    m_time->setAccessibleName(tr("Time"));
    m_feelings->setTitle(tr("How you feel"));
    m_intake->setTitle(tr("Food and activity"));
    if (m_custom)
        m_custom->setTitle(tr("Your own measures"));
    const QString language = LanguageManager::current();
    for (int i = 0; i < m_inputs.size() && i < m_labels.size(); ++i) {
        const Measure& m = m_inputs[i]->measure();
        m_labels[i]->setText(m.label(language) + u':');
        m_labels[i]->setToolTip(MeasureText::rangeText(m));
    }
    if (m_adherenceBox) {
        m_adherenceBox->setTitle(tr("Taken today"));
        for (const auto& [intervention, tick] : m_adherence) {
            const QString dose = InterventionText::doseText(intervention);
            tick->setText(dose.isEmpty() ? intervention.name : tr("%1 (%2)").arg(intervention.name, dose));
        }
        updateAdherence();
    }
    alignUnits();
    m_noteLabel->setText(tr("&Note:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_tags->setAccessibleName(tr("Tags"));
    m_note->setPlaceholderText(tr("What happened today? Meals, events, symptoms…"));
    m_note->setAccessibleName(tr("Note"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_draftText->setText(draftNoticeText());
    m_startEmpty->setText(tr("Start &empty"));
    m_startEmpty->setToolTip(tr("Clears the form and forgets what was typed before."));
}

void EntryDialog::setPlannedCondition(std::function<QString(QDate)> planFor)
{
    m_planFor = std::move(planFor);
    auto update = [this] {
        const QString text = m_planFor ? m_planFor(m_date->date()) : QString();
        m_plan->setText(text);
        m_plan->setVisible(!text.isEmpty());
    };
    connect(m_date, &QDateEdit::dateChanged, this, update);
    update();
}

QString EntryDialog::plannedConditionText() const
{
    return m_plan->text();
}

} // namespace mb
