// Every edit the GUI makes goes through here: one undoable command each, committed at once,
// audited (an undo is itself an audited change), and announced so models refresh.
#pragma once

#include "core/JournalEntry.h"
#include "core/Participant.h"

#include <QObject>
#include <optional>

class QUndoStack;

namespace mb {

class Store;

class Editor : public QObject {
    Q_OBJECT
public:
    explicit Editor(QObject* parent = nullptr);

    void setStore(Store* store); // clears the undo history
    Store* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_stack; }

    // Each returns an error message for the user, or nothing when the change was made.
    std::optional<QString> addParticipant(const Participant& participant, qint64* newId = nullptr);
    std::optional<QString> editParticipant(const Participant& changed);
    std::optional<QString> addEntry(const JournalEntry& entry, qint64* newId = nullptr);
    std::optional<QString> editEntry(const JournalEntry& changed);
    std::optional<QString> deleteEntry(qint64 entryId);

signals:
    void participantsChanged();
    void entriesChanged(qint64 participantId);
    // An undo or redo that the database refused; the command is dropped from the history.
    void failed(const QString& message);

private:
    Store* m_store = nullptr;
    QUndoStack* m_stack;
};

} // namespace mb
