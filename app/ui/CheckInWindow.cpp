// Building the check-in from the store's measures and saving it through the caller's save function.
#include "ui/CheckInWindow.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"
#include "ui/MeasureInput.h"
#include "ui/MoodRow.h"
#include "ui/NoAltTyping.h"
#include "ui/Style.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mb {

namespace {
constexpr int maxPinned = 3;
const QString moodKey = QStringLiteral("mood");
} // namespace

CheckInWindow::CheckInWindow(Workspace* workspace, const QStringList& pinned, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_save(std::move(save))
    , m_moodLabel(new QLabel)
    , m_tagsLabel(new QLabel)
    , m_tagRow(new QVBoxLayout)
    , m_noteLabel(new QLabel)
    , m_note(new QLineEdit)
    , m_keysHint(new QLabel)
    , m_error(new ErrorBanner)
    , m_fullForm(new QPushButton)
    , m_cancel(new QPushButton)
    , m_saveButton(new QPushButton)
{
    setObjectName(QStringLiteral("checkInWindow"));
    NoAltTyping::install(); // an Alt+letter that is no shortcut never types into the note
    const auto participant = workspace->participant();
    if (participant && !participant->isWithdrawn() && !workspace->isReadOnly()) { // nothing to save into
        m_participantId = participant->id;
        m_participant = participant;
    }
    const QList<Measure> measures = workspace->store() ? workspace->store()->measures().list() : QList<Measure>();
    createMeasures(measures, pinned);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (qsizetype i = 0; i < m_inputs.size(); ++i)
        form->addRow(m_labels[i], m_inputs[i]);
    form->addRow(m_noteLabel, m_note);
    m_note->setObjectName(QStringLiteral("note"));
    m_noteLabel->setBuddy(m_note);
    m_tagRow->setObjectName(QStringLiteral("tagChipsRow"));
    m_tagRow->setContentsMargins(0, 0, 0, 0);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_fullForm->setObjectName(QStringLiteral("fullForm"));
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_saveButton->setDefault(true);
    m_saveButton->setEnabled(m_participantId != 0);
    m_fullForm->setEnabled(m_participantId != 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fullForm);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_moodLabel);
    if (m_moodRow)
        layout->addWidget(m_moodRow);
    layout->addLayout(form);
    // The tag chips go here (setTagChipsWidget); the note row stays below them.
    form->insertRow(int(m_inputs.size()), m_tagsLabel, m_tagRow);
    m_tagsLabel->hide();
    layout->addWidget(m_keysHint);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &CheckInWindow::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fullForm, &QPushButton::clicked, this, [this] { emit fullFormRequested(entry()); });
    for (QPushButton* b : {m_fullForm, m_cancel})
        b->setAutoDefault(false); // Enter saves even when one of these has the focus
    wireKeyboard();
    retranslate();
    setMinimumWidth(460);
    if (m_moodRow)
        m_moodRow->setFocus();
    else if (m_moodInput)
        m_moodInput->editor()->setFocus();
}

void CheckInWindow::createMeasures(const QList<Measure>& measures, const QStringList& pinned)
{
    for (const Measure& m : measures) {
        if (m.key != moodKey)
            continue;
        if (MoodRow::fits(m)) {
            m_moodRow = new MoodRow(m);
            connect(m_moodRow, &MoodRow::valueChanged, m_error, &QWidget::hide);
        } else {
            m_moodInput = new MeasureInput(m);
            m_inputs.append(m_moodInput);
            m_labels.append(new QLabel);
        }
    }
    for (const QString& key : pinned) {
        if (key == moodKey || m_inputs.size() >= maxPinned + (m_moodInput ? 1 : 0))
            continue;
        for (const Measure& m : measures) {
            if (m.key != key)
                continue;
            auto* input = new MeasureInput(m);
            connect(input, &MeasureInput::valueChanged, m_error, &QWidget::hide);
            m_inputs.append(input);
            m_labels.append(new QLabel);
        }
    }
    for (qsizetype i = 0; i < m_inputs.size(); ++i)
        m_labels[i]->setBuddy(m_inputs[i]->editor());
}

// Tab order: mood, the pinned measures, the tag chips, the note, then the buttons; Enter saves from anywhere.
void CheckInWindow::wireKeyboard()
{
    QList<QWidget*> order;
    if (m_moodRow)
        order.append(m_moodRow);
    for (MeasureInput* input : std::as_const(m_inputs))
        order.append(input->editor());
    if (m_tagChips) { // the widget itself when it takes the focus, otherwise each chip in it
        if (m_tagChips->focusPolicy() & Qt::TabFocus)
            order.append(m_tagChips);
        for (QWidget* chip : m_tagChips->findChildren<QWidget*>())
            if ((chip->focusPolicy() & Qt::TabFocus) && !(m_tagChips->focusPolicy() & Qt::TabFocus))
                order.append(chip);
    }
    order << m_note << m_saveButton << m_cancel << m_fullForm;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void CheckInWindow::setTagChipsWidget(QWidget* chips, std::function<QList<qint64>()> selectedTags)
{
    if (m_tagChips)
        m_tagRow->removeWidget(m_tagChips);
    m_tagChips = chips;
    m_selectedTags = std::move(selectedTags);
    if (chips)
        m_tagRow->addWidget(chips);
    m_tagsLabel->setVisible(chips != nullptr);
    wireKeyboard();
}

MeasureInput* CheckInWindow::input(const QString& key) const
{
    for (MeasureInput* i : m_inputs)
        if (i->measure().key == key)
            return i;
    return nullptr;
}

JournalEntry CheckInWindow::entry() const
{
    JournalEntry e;
    e.participantId = m_participantId;
    const QDateTime now = clock().nowLocal();
    e.date = now.date();
    e.time = QTime(now.time().hour(), now.time().minute());
    e.note = m_note->text().trimmed();
    e.tagIds = selectedTagIds();
    if (m_moodRow)
        if (const auto v = m_moodRow->value())
            e.values.insert(moodKey, *v);
    for (const MeasureInput* input : m_inputs)
        if (const auto v = input->value())
            e.values.insert(input->measure().key, *v);
    return e;
}

void CheckInWindow::accept()
{
    if (!m_participantId)
        return;
    for (MeasureInput* input : std::as_const(m_inputs)) {
        if (input->problem().isEmpty())
            continue;
        m_error->showMessage(tr("Not saved: %1").arg(input->problem()));
        input->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const JournalEntry e = entry();
    if (e.values.isEmpty() && e.note.isEmpty() && e.tagIds.isEmpty()) {
        m_error->showMessage(tr("Choose your mood, record a measure or write a note first."));
        return;
    }
    if (auto error = m_save(e, selectedTagIds())) {
        m_error->showMessage(*error);
        return;
    }
    emit saved(m_participantId);
    QDialog::accept();
}

bool CheckInWindow::hasInput() const
{
    const auto typed = [](const MeasureInput* input) {
        return !input->typedText().trimmed().isEmpty();
    };
    return (m_moodRow && m_moodRow->value()) || std::any_of(m_inputs.cbegin(), m_inputs.cend(), typed) ||
           !m_note->text().trimmed().isEmpty() || !selectedTagIds().isEmpty();
}

void CheckInWindow::reject()
{
    if (hasInput() && !askToDiscardEntry(this))
        return;
    QDialog::reject();
}

void CheckInWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CheckInWindow::retranslate()
{
    setWindowTitle(m_participant ? tr("Check in — %1").arg(m_participant->title()) : tr("Check in"));
    const QString language = LanguageManager::current();
    m_moodLabel->setText(m_participantId ? tr("How do you feel right now?")
                                         : tr("Choose a participant first: the check-in is for one person."));
    QFont bold = m_moodLabel->font();
    bold.setBold(true);
    m_moodLabel->setFont(bold);
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        m_labels[i]->setText(m_inputs[i]->measure().label(language) + u':');
        m_labels[i]->setToolTip(MeasureText::rangeText(m_inputs[i]->measure()));
    }
    m_noteLabel->setText(tr("&Note:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setAccessibleName(tr("Note"));
    if (m_moodRow)
        m_keysHint->setText(m_moodRow->keyFor(m_moodRow->measure().maximum) == u"+"
                                ? tr("Keys: digits and + choose your mood; Tab moves on; Enter saves; Esc closes.")
                                : tr("Keys: digits choose your mood; Tab moves on; Enter saves; Esc closes."));
    else
        m_keysHint->setText(tr("Tab moves on; Enter saves; Esc closes."));
    m_fullForm->setText(tr("&Full form…"));
    m_fullForm->setToolTip(tr("Every measure, the date and time, and today's ticks, with what you typed here"));
    m_cancel->setText(tr("Close"));
    m_saveButton->setText(tr("&Save"));
}

} // namespace mb
