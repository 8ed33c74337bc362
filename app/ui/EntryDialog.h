// The quick-entry form: date and time (now by default), every measure, a note. Built for 20 seconds.
#pragma once

#include "core/EntryDraft.h"
#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Measure.h"
#include "core/Tag.h"
#include "ui/AsksBeforeCancelling.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace mb {

class ErrorBanner;

class DateField;
class MeasureInput;
class TagChips;

class EntryDialog : public QDialog, public AsksBeforeCancelling {
    Q_OBJECT
public:
    // Saves the entry and the "taken today" ticks (intervention id -> taken).
    using SaveFunction = std::function<std::optional<QString>(const JournalEntry&, const QMap<qint64, bool>&)>;

    // adherenceChoices: active interventions taken regularly, offered as "taken today" ticks.
    EntryDialog(const JournalEntry& entry, const QList<Measure>& measures, const QString& participantLabel,
                SaveFunction save, const QList<Intervention>& adherenceChoices = {}, QWidget* parent = nullptr);

    JournalEntry entry() const;
    QMap<qint64, bool> adherence() const;
    MeasureInput* input(const QString& key) const;
    // Saves unless a typed value is not acceptable; then says which, next to each field and below.
    void accept() override;
    // Asks before discarding a form with changes; closes silently when nothing changed.
    void reject() override;
    // Keeps what was typed as a draft first (keepDrafts), then closes as Cancel does.
    void cancelWithoutAsking() override;
    bool hasChanges() const;

    // Drafts (core/EntryDraft.h): keeper gets the form as a draft a moment after each change and when the form is
    // cancelled without asking, and nullptr once it is saved, discarded or back to how it opened.
    using DraftKeeper = std::function<void(const EntryDraft*)>;
    void keepDrafts(DraftKeeper keeper);
    EntryDraft draft() const;
    // Fills the form with a draft and says so above it; the form counts as changed (Cancel asks). Measures, tags and
    // ticks the form does not offer are left out.
    void restoreDraft(const EntryDraft& draft);
    bool showsRestoredDraft() const;
    // A small line under the date with what a randomised schedule plans for the chosen day (planFor gives the
    // text, empty for none); follows the date.
    void setPlannedCondition(std::function<QString(QDate)> planFor);
    QString plannedConditionText() const;
    // Offers the database's tags as chips (the entry's own selected); without tags the form shows none.
    void setTags(const QList<Tag>& tags);
    TagChips* tagChips() const { return m_tags; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* createWhenRow(); // date, the Time tick and the time
    void createInputs(const JournalEntry& entry, const QList<Measure>& measures);
    void createAdherence(const QList<Intervention>& choices); // "taken today" ticks
    void updateAdherence(); // a tick is offered only on the intervention's days (as storage holds them)
    void wireKeyboard();
    void retranslate();
    void showError(const QString& message);
    QString formState() const; // everything the user can change, to tell whether anything did
    QGroupBox* group(const QList<MeasureInput*>& inputs, QList<QLabel*>& labels);
    void alignUnits(); // one width for the unit column of each group, in the current language
    QWidget* createDraftNotice();
    void watchChanges(); // restarts m_draftTimer on every change a user can make
    void flushDraft();   // gives the keeper the draft now, or nullptr when there is nothing to keep
    void forgetDraft();  // saved or discarded: the keeper gets nullptr, and no change pending is kept after it
    void startEmpty();   // the restored draft's "Start empty": the form as it opened, the draft discarded
    void applyDraft(const EntryDraft& draft);
    void showTags(const QList<qint64>& selected); // chips for m_allTags, one keyboard stop each
    QString draftNoticeText() const;

    JournalEntry m_original;
    QString m_participantLabel;
    SaveFunction m_save;
    QLabel* m_dateLabel;
    DateField* m_date;
    QCheckBox* m_hasTime;
    QTimeEdit* m_time;
    QList<MeasureInput*> m_inputs;
    QList<QLabel*> m_labels;               // parallel to m_inputs
    QList<QList<MeasureInput*>> m_columns; // the inputs of each group
    QGroupBox* m_feelings;
    QGroupBox* m_intake;
    QGroupBox* m_custom = nullptr;
    QGroupBox* m_adherenceBox = nullptr;
    QList<std::pair<Intervention, QCheckBox*>> m_adherence;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QLabel* m_tagsLabel;
    TagChips* m_tags;
    ErrorBanner* m_error;
    QLabel* m_plan = nullptr;
    std::function<QString(QDate)> m_planFor;
    QDialogButtonBox* m_buttons;
    QString m_initialState;
    QList<Tag> m_allTags;
    DraftKeeper m_keepDraft;
    QTimer* m_draftTimer = nullptr;
    QWidget* m_draftNotice = nullptr; // above the form while it shows a restored draft
    QLabel* m_draftText = nullptr;
    QPushButton* m_startEmpty = nullptr;
    std::optional<EntryDraft> m_restored;
    EntryDraft m_opened; // the form as it opened, before a draft was restored into it
};

} // namespace mb
