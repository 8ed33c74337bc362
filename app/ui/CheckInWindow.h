// The quick check-in: mood (one key), the two or three pinned measures, tag chips, an optional note; Enter saves
// as one undoable, audited entry for the Workspace's participant, Esc closes (asking first when something was
// chosen or typed), "Full form…" opens the entry form with what was typed. Made for a handful of key presses
// (docs/ARCHITECTURE.md "Check-in and reminders").
#pragma once

#include "core/JournalEntry.h"
#include "core/Measure.h"
#include "core/Participant.h"
#include "ui/AsksBeforeCancelling.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace mb {

class ErrorBanner;
class MeasureInput;
class MoodRow;
class Workspace;

class CheckInWindow : public QDialog, public AsksBeforeCancelling {
    Q_OBJECT
public:
    // Saves the entry, with the ids of the tags chosen (none until a tag chip widget is set); an error or nothing.
    using SaveFunction = std::function<std::optional<QString>(const JournalEntry&, const QList<qint64>& tagIds)>;

    // pinned: measure keys shown below the mood (Settings::Key::CheckInMeasures); unknown keys are left out.
    CheckInWindow(Workspace* workspace, const QStringList& pinned, SaveFunction save, QWidget* parent = nullptr);

    // The row for tag chips, empty until the tag widget is dropped in: it goes between the measures and the note
    // and joins the tab order there. selectedTags tells which chips are on when saving.
    void setTagChipsWidget(QWidget* chips, std::function<QList<qint64>()> selectedTags = {});
    QWidget* tagChipsWidget() const { return m_tagChips; }
    QList<qint64> selectedTagIds() const { return m_selectedTags ? m_selectedTags() : QList<qint64>(); }

    // What is typed so far, as a new entry of the participant (date and time: now).
    JournalEntry entry() const;
    MoodRow* moodRow() const { return m_moodRow; }
    MeasureInput* input(const QString& key) const;

    // Saves (Enter); stays open with a message when there is nothing to save or a value is wrong.
    void accept() override;
    // Esc, Close, the window's close button: asks first when something was chosen or typed (hasInput()).
    void reject() override;
    void cancelWithoutAsking() override { QDialog::reject(); }
    // A mood, a measure (also text not yet acceptable), a tag or a note.
    bool hasInput() const;

signals:
    void saved(qint64 participantId);
    // "Full form…": the caller opens the entry form with this entry; the check-in hides meanwhile.
    void fullFormRequested(const JournalEntry& prefill);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMeasures(const QList<Measure>& measures, const QStringList& pinned);
    void wireKeyboard();
    void retranslate();

    Workspace* m_workspace;
    SaveFunction m_save;
    std::optional<Participant> m_participant; // titled in the current language (Participant::title)
    qint64 m_participantId = 0;
    QLabel* m_moodLabel;
    MoodRow* m_moodRow = nullptr;
    MeasureInput* m_moodInput = nullptr; // when the mood's range is too wide for a row of buttons
    QList<MeasureInput*> m_inputs;
    QList<QLabel*> m_labels; // parallel to m_inputs
    QLabel* m_tagsLabel;     // shown with the chips
    QVBoxLayout* m_tagRow;   // the placeholder for the tag chips
    QWidget* m_tagChips = nullptr;
    std::function<QList<qint64>()> m_selectedTags;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QLabel* m_keysHint;
    ErrorBanner* m_error;
    QPushButton* m_fullForm;
    QPushButton* m_cancel;
    QPushButton* m_saveButton;
};

} // namespace mb
