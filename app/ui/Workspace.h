// The one owner of the window's state: the open store, the undo history (Editor) and the selected
// participant. Views subscribe to its signals instead of being told by the main window; the selected
// participant exists here only, so every view shows the same person (docs/ARCHITECTURE.md).
#pragma once

#include "core/Participant.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mb {

class Editor;
struct ImportSummary;
class Store;

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // Takes over an opened store (nullptr closes): nobody is selected (participantChanged(0) first), the undo
    // history is cleared, and storeChanged is emitted before the previous store is destroyed.
    void setStore(std::unique_ptr<Store> store);
    Store* store() const { return m_store.get(); }
    Editor* editor() const { return m_editor; }

    qint64 participantId() const { return m_participantId; }
    std::optional<Participant> participant() const; // read from the store; nothing when none is selected
    // Whether the open database is only read (a backup opened directly, a file that cannot be written): every
    // control that changes data is disabled, and the window says why (Database::readOnlyReason).
    bool isReadOnly() const;
    // Selects a participant (0: nobody); emits participantChanged when it differs from the current one.
    void setParticipant(qint64 participantId);
    // What an import wrote (it is not an undoable edit): participantsChanged when it created participants,
    // entriesChanged for each participant it has rows for, then dataChanged.
    void announceImport(const ImportSummary& imported);
    // Site databases were merged into the store: participantsChanged, then dataChanged.
    void announceMerge();

    // Single-person mode's participant: "Me", or the only participant under another code, selected. In an empty
    // database "Me" is created through the Editor (validated, audited, announced) as part of opening it, not as
    // a step to undo. Several: the database holds several participants and none is "Me" (a study database, where
    // an empty "Me" would hide everyone else); nothing is selected. Failed: error says why.
    enum class SinglePerson { Selected, Several, Failed };
    SinglePerson selectSinglePerson(QString* error = nullptr);
    static const QString singlePersonCode; // "Me" (Participant::selfCode), shown as Participant::shownCode()
    // Whom a window opening store shows first: single-person mode's participant, or else the first of the
    // participant list (ParticipantListPanel selects it); 0 for nobody yet. Reads only, on any thread.
    static qint64 firstShown(Store& store, bool singlePerson);

signals:
    void storeChanged(Store* store);
    void participantChanged(qint64 participantId);
    // What changed in the store, from the editor (edits, undo, redo) and from imports.
    void participantsChanged();
    void entriesChanged(qint64 participantId);
    void interventionsChanged(qint64 participantId);
    void responsesChanged(qint64 participantId);
    // The tags themselves (names, colours, archived, order); not followed by dataChanged.
    void tagsChanged();
    // After any of the four above.
    void dataChanged();

private:
    std::unique_ptr<Store> m_store;
    Editor* m_editor;
    qint64 m_participantId = 0;
};

} // namespace mb
