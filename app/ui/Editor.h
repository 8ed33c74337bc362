// Every edit the GUI makes goes through here: one undoable command each, committed at once,
// audited (an undo is itself an audited change), and announced so models refresh.
#pragma once

#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Participant.h"
#include "core/Questionnaire.h"
#include "core/Tag.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace mb {

class Store;

class Editor : public QObject {
    Q_OBJECT
public:
    // A storage call that redoes or undoes a change; the reason goes into the audit trail.
    using Action = std::function<void(const QString& reason)>;
    // What an undo step is called, made again in each language (the Edit menu's Undo and Redo show it).
    using Text = std::function<QString()>;

    explicit Editor(QObject* parent = nullptr);

    void setStore(Store* store); // clears the undo history
    Store* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_stack; }

    // Each returns an error message for the user, or nothing when the change was made.
    // reason goes into the audit trail with the new row (the first-run participant says why it appeared).
    std::optional<QString> addParticipant(const Participant& participant, qint64* newId = nullptr,
                                          const QString& reason = {});
    std::optional<QString> editParticipant(const Participant& changed);
    // An entry, and "taken today" ticks (intervention id -> taken) set with it as one undo step.
    std::optional<QString> addEntry(const JournalEntry& entry, qint64* newId = nullptr,
                                    const QMap<qint64, bool>& adherence = {});
    std::optional<QString> editEntry(const JournalEntry& changed);
    std::optional<QString> deleteEntry(qint64 entryId);
    std::optional<QString> addIntervention(const Intervention& intervention, qint64* newId = nullptr);
    std::optional<QString> editIntervention(const Intervention& changed);
    std::optional<QString> deleteIntervention(qint64 interventionId);
    std::optional<QString> setAdherence(qint64 interventionId, QDate day, bool taken);
    std::optional<QString> addResponse(const QuestionnaireResponse& response, qint64* newId = nullptr);
    std::optional<QString> deleteResponse(qint64 responseId);
    // Tags (one vocabulary for the database): undoing a creation removes the tag again.
    std::optional<QString> createTag(const Tag& tag, qint64* newId = nullptr);
    // Name, colour, archived and sort order as changed (rename, colour, archive are each one of these).
    std::optional<QString> editTag(const Tag& changed);
    std::optional<QString> reorderTags(const QList<qint64>& ids);
    // An entry's tags alone (an entry edit with values and tags is editEntry).
    std::optional<QString> setEntryTags(qint64 entryId, const QList<qint64>& tagIds);
    // Records that a clinician saw a safety flag, with the note on the assessment or action taken.
    std::optional<QString> acknowledgeFlag(qint64 responseId, const QString& note);

    // The participant a change is to, asked when it is undone or redone; 0 for a change to everyone's data
    // (the tags).
    using Whom = std::function<qint64()>;

    // The building block of the above, for edits defined elsewhere: runs doNow (which may throw
    // StorageError, then nothing is pushed and the message is returned), then pushes a command whose
    // undo and redo run the given actions. notify announces the change after each of the three.
    std::optional<QString> perform(Text text, const std::function<void()>& doNow, Action redo, Action undo,
                                   std::function<void()> notify, Whom whom = {});
    // The history's step names in the language now installed (they stayed in the one they were made in).
    void retranslate();

    // The participant the next undo (or redo) changes; 0 for none or for everyone's data.
    qint64 undoParticipant() const;
    qint64 redoParticipant() const;

signals:
    void participantsChanged();
    void entriesChanged(qint64 participantId);
    void interventionsChanged(qint64 participantId);
    // A participant's questionnaire responses (or a flag's acknowledgement) changed.
    void responsesChanged(qint64 participantId);
    // The tags themselves changed (names, colours, archived, order); entries' tags come with entriesChanged.
    void tagsChanged();
    // An undo or redo that the database refused; the command is dropped from the history.
    void failed(const QString& message);
    // An undo or redo changed this participant's data (emitted before the change is announced), so that the
    // window can show whom it changed.
    void replayed(qint64 participantId);

private:
    // Edits whose undo is a soft delete and whose redo restores the row. whom is the participant the row belongs
    // to; without it the new row is a participant, its own.
    std::optional<QString> performCreate(Text text, const std::function<qint64()>& create,
                                         std::function<void(qint64, bool, const QString&)> setDeleted,
                                         std::function<void()> notify, qint64* newId, Whom whom = {});

    Store* m_store = nullptr;
    QUndoStack* m_stack;
};

} // namespace mb
