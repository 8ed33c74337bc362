// The entry form's draft (core/EntryDraft.h): what was typed, kept a moment after each change, put back when the
// form opens for the same participant after it closed unsaved.
#include "core/Clock.h"
#include "ui/DateField.h"
#include "ui/EntryDialog.h"
#include "ui/MeasureInput.h"
#include "ui/TagChips.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>

#include <algorithm>

namespace mb {

QWidget* EntryDialog::createDraftNotice()
{
    auto* notice = new QFrame;
    notice->setObjectName(QStringLiteral("draftNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    m_draftText = new QLabel;
    m_draftText->setWordWrap(true);
    m_startEmpty = new QPushButton;
    m_startEmpty->setObjectName(QStringLiteral("startEmpty"));
    connect(m_startEmpty, &QPushButton::clicked, this, &EntryDialog::startEmpty);
    auto* row = new QHBoxLayout(notice);
    row->addWidget(m_draftText, 1);
    row->addWidget(m_startEmpty, 0, Qt::AlignVCenter);
    notice->hide();
    return notice;
}

void EntryDialog::keepDrafts(DraftKeeper keeper)
{
    m_keepDraft = std::move(keeper);
    if (m_draftTimer)
        return;
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &EntryDialog::flushDraft);
    watchChanges();
}

void EntryDialog::watchChanges()
{
    const auto changed = [this] {
        m_draftTimer->start();
    };
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_hasTime, &QCheckBox::toggled, this, changed);
    connect(m_time, &QTimeEdit::timeChanged, this, changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, changed);
    connect(m_tags, &TagChips::changed, this, changed);
    for (MeasureInput* input : std::as_const(m_inputs))
        connect(input, &MeasureInput::valueChanged, this, changed);
    for (const auto& [intervention, tick] : std::as_const(m_adherence))
        connect(tick, &QCheckBox::toggled, this, changed);
}

void EntryDialog::flushDraft()
{
    if (m_draftTimer)
        m_draftTimer->stop();
    if (!m_keepDraft)
        return;
    if (hasChanges()) {
        const EntryDraft kept = draft();
        m_keepDraft(&kept);
    } else {
        m_keepDraft(nullptr);
    }
}

void EntryDialog::forgetDraft()
{
    if (m_draftTimer)
        m_draftTimer->stop();
    if (m_keepDraft)
        m_keepDraft(nullptr);
}

void EntryDialog::cancelWithoutAsking()
{
    flushDraft();
    QDialog::reject();
}

EntryDraft EntryDialog::draft() const
{
    EntryDraft d;
    d.date = m_date->date();
    if (m_hasTime->isChecked())
        d.time = m_time->time();
    for (const MeasureInput* input : m_inputs)
        if (const QString text = input->typedText(); !text.trimmed().isEmpty())
            d.typed.insert(input->measure().key, text.left(EntryDraft::maxTypedLength));
    d.note = m_note->toPlainText().left(EntryDraft::maxNoteLength);
    d.tagIds = m_tags->selected();
    for (const auto& [intervention, tick] : m_adherence)
        if (tick->isChecked())
            d.taken.append(intervention.id);
    std::sort(d.taken.begin(), d.taken.end());
    d.savedAt = clock().nowUtc();
    return d;
}

void EntryDialog::applyDraft(const EntryDraft& d)
{
    m_date->setDate(d.date);
    m_hasTime->setChecked(d.time.has_value());
    if (d.time)
        m_time->setTime(*d.time);
    for (MeasureInput* input : std::as_const(m_inputs))
        input->setTypedText(d.typed.value(input->measure().key));
    m_note->setPlainText(d.note);
    for (const auto& [intervention, tick] : std::as_const(m_adherence))
        tick->setChecked(d.taken.contains(intervention.id) && tick->isEnabled());
    QList<qint64> tags;
    for (const Tag& tag : std::as_const(m_allTags))
        if (d.tagIds.contains(tag.id))
            tags.append(tag.id);
    showTags(tags);
}

void EntryDialog::restoreDraft(const EntryDraft& draft)
{
    m_opened = this->draft();
    applyDraft(draft);
    m_restored = draft;
    m_draftNotice->show();
    retranslate();
}

bool EntryDialog::showsRestoredDraft() const
{
    return m_restored.has_value();
}

void EntryDialog::startEmpty()
{
    m_restored.reset();
    m_draftNotice->hide();
    applyDraft(m_opened);
    m_initialState = formState();
    flushDraft(); // nothing to keep: the draft goes
    if (!m_inputs.isEmpty())
        m_inputs.first()->editor()->setFocus(Qt::OtherFocusReason);
}

QString EntryDialog::draftNoticeText() const
{
    if (!m_restored)
        return {};
    const QString when = QLocale().toString(m_restored->savedAt.toTimeZone(clock().timeZone()), QLocale::ShortFormat);
    return tr("This is what was typed in this form when it closed without being saved (%1). Nothing of it is "
              "stored until you press Save.")
        .arg(when);
}

} // namespace mb
