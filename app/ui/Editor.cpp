// The undo commands behind Editor: each holds what to do and what undoes it, as storage calls.
#include "ui/Editor.h"

#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace mb {

namespace {

// A change already made once; redo and undo replay the two directions with an audit reason.
class StoreCommand : public QUndoCommand {
public:
    using Action = std::function<void(const QString& reason)>;

    StoreCommand(const QString& text, Action redo, Action undo, std::function<void()> notify, Editor* editor)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_notify(std::move(notify))
        , m_editor(editor)
    {
        setText(text);
    }

    void redo() override
    {
        if (m_first) { // the change was made before the command was pushed
            m_first = false;
            return;
        }
        run(m_redo, QStringLiteral("Redo: %1").arg(text()));
    }
    void undo() override { run(m_undo, QStringLiteral("Undo: %1").arg(text())); }

private:
    void run(const Action& action, const QString& reason)
    {
        try {
            action(reason);
        } catch (const StorageError& e) {
            setObsolete(true);
            emit m_editor->failed(e.message());
        }
        m_notify();
    }

    Action m_redo;
    Action m_undo;
    std::function<void()> m_notify;
    Editor* m_editor;
    bool m_first = true;
};

template <typename Fn> std::optional<QString> attempt(Fn&& fn)
{
    try {
        fn();
    } catch (const StorageError& e) {
        return e.message();
    }
    return std::nullopt;
}

} // namespace

Editor::Editor(QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
}

void Editor::setStore(Store* store)
{
    m_stack->clear();
    m_store = store;
}

std::optional<QString> Editor::addParticipant(const Participant& participant, qint64* newId)
{
    qint64 id = 0;
    if (auto error = attempt([&] { id = m_store->participants().add(participant); }))
        return error;
    if (newId)
        *newId = id;
    Store* store = m_store;
    m_stack->push(new StoreCommand(
        tr("Add participant %1").arg(participant.code),
        [store, id](const QString& reason) { store->participants().setDeleted(id, false, reason); },
        [store, id](const QString& reason) { store->participants().setDeleted(id, true, reason); },
        [this] { emit participantsChanged(); }, this));
    emit participantsChanged();
    return std::nullopt;
}

std::optional<QString> Editor::editParticipant(const Participant& changed)
{
    const auto before = m_store->participants().byId(changed.id);
    if (!before)
        return tr("That participant no longer exists.");
    if (auto error = attempt([&] { m_store->participants().update(changed); }))
        return error;
    Store* store = m_store;
    const Participant old = *before;
    m_stack->push(new StoreCommand(
        tr("Edit participant %1").arg(changed.code),
        [store, changed](const QString& reason) { store->participants().update(changed, reason); },
        [store, old](const QString& reason) { store->participants().update(old, reason); },
        [this] { emit participantsChanged(); }, this));
    emit participantsChanged();
    return std::nullopt;
}

std::optional<QString> Editor::addEntry(const JournalEntry& entry, qint64* newId)
{
    qint64 id = 0;
    if (auto error = attempt([&] { id = m_store->journal().add(entry); }))
        return error;
    if (newId)
        *newId = id;
    Store* store = m_store;
    const qint64 participant = entry.participantId;
    m_stack->push(new StoreCommand(
        tr("Add entry"), [store, id](const QString& reason) { store->journal().setDeleted(id, false, reason); },
        [store, id](const QString& reason) { store->journal().setDeleted(id, true, reason); },
        [this, participant] { emit entriesChanged(participant); }, this));
    emit entriesChanged(participant);
    return std::nullopt;
}

std::optional<QString> Editor::editEntry(const JournalEntry& changed)
{
    const auto before = m_store->journal().byId(changed.id);
    if (!before)
        return tr("That entry no longer exists.");
    if (auto error = attempt([&] { m_store->journal().update(changed); }))
        return error;
    Store* store = m_store;
    const JournalEntry old = *before;
    const qint64 participant = changed.participantId;
    m_stack->push(new StoreCommand(
        tr("Edit entry"), [store, changed](const QString& reason) { store->journal().update(changed, reason); },
        [store, old](const QString& reason) { store->journal().update(old, reason); },
        [this, participant] { emit entriesChanged(participant); }, this));
    emit entriesChanged(participant);
    return std::nullopt;
}

std::optional<QString> Editor::deleteEntry(qint64 entryId)
{
    const auto before = m_store->journal().byId(entryId);
    if (!before)
        return tr("That entry no longer exists.");
    if (auto error = attempt([&] { m_store->journal().setDeleted(entryId, true); }))
        return error;
    Store* store = m_store;
    const qint64 participant = before->participantId;
    m_stack->push(new StoreCommand(
        tr("Delete entry"), [store, entryId](const QString& reason) { store->journal().setDeleted(entryId, true, reason); },
        [store, entryId](const QString& reason) { store->journal().setDeleted(entryId, false, reason); },
        [this, participant] { emit entriesChanged(participant); }, this));
    emit entriesChanged(participant);
    return std::nullopt;
}

} // namespace mb
