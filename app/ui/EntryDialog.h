// The quick-entry form: date and time (now by default), every measure, a note. Built for 20 seconds.
#pragma once

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
class QPlainTextEdit;
class QTimeEdit;

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
    void cancelWithoutAsking() override { QDialog::reject(); }
    bool hasChanges() const;
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
    void createInputs(const JournalEntry& entry, const QList<Measure>& measures);
    void createAdherence(const QList<Intervention>& choices); // "taken today" ticks
    void wireKeyboard();
    void retranslate();
    void showError(const QString& message);
    QString formState() const; // everything the user can change, to tell whether anything did
    QGroupBox* group(const QList<MeasureInput*>& inputs, QList<QLabel*>& labels);
    void alignUnits(); // one width for the unit column of each group, in the current language

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
};

} // namespace mb
