// The undo commands behind Editor: each holds what to do and what undoes it, as storage calls.
#include "ui/Editor.h"

#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace mb {

namespace {

// A change already made once; redo and undo replay the two directions with an audit reason.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Editor::Text text, Editor::Action redo, Editor::Action undo, std::function<void()> notify,
                 Editor::Whom whom, Editor* editor)
        : m_text(std::move(text))
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_notify(std::move(notify))
        , m_whom(std::move(whom))
        , m_editor(editor)
    {
        retranslate();
    }

    void retranslate() { setText(m_text()); } // in the language of the moment

    qint64 participantId() const { return m_whom ? m_whom() : 0; }

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
    void run(const Editor::Action& action, const QString& reason)
    {
        try {
            action(reason);
            if (const qint64 participant = participantId())
                emit m_editor->replayed(participant);
        } catch (const StorageError& e) {
            setObsolete(true);
            emit m_editor->failed(e.message());
        }
        m_notify();
    }

    Editor::Text m_text;
    Editor::Action m_redo;
    Editor::Action m_undo;
    std::function<void()> m_notify;
    Editor::Whom m_whom;
    Editor* m_editor;
    bool m_first = true;
};

// A change to one participant's data.
Editor::Whom to(qint64 participantId)
{
    return [participantId] {
        return participantId;
    };
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

void Editor::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto* command = dynamic_cast<StoreCommand*>(const_cast<QUndoCommand*>(m_stack->command(i))))
            command->retranslate();
}

qint64 Editor::undoParticipant() const
{
    const auto* command = dynamic_cast<const StoreCommand*>(m_stack->command(m_stack->index() - 1));
    return command ? command->participantId() : 0;
}

qint64 Editor::redoParticipant() const
{
    const auto* command = dynamic_cast<const StoreCommand*>(m_stack->command(m_stack->index()));
    return command ? command->participantId() : 0;
}

std::optional<QString> Editor::perform(Text text, const std::function<void()>& doNow, Action redo, Action undo,
                                       std::function<void()> notify, Whom whom)
{
    try {
        doNow();
    } catch (const StorageError& e) {
        return e.message();
    }
    m_stack->push(new StoreCommand(std::move(text), std::move(redo), std::move(undo), notify, std::move(whom), this));
    notify();
    return std::nullopt;
}

std::optional<QString> Editor::performCreate(Text text, const std::function<qint64()>& create,
                                             std::function<void(qint64, bool, const QString&)> setDeleted,
                                             std::function<void()> notify, qint64* newId, Whom whom)
{
    auto id = std::make_shared<qint64>(0);
    auto error = perform(
        std::move(text), [&] { *id = create(); },
        [setDeleted, id](const QString& reason) { setDeleted(*id, false, reason); },
        [setDeleted, id](const QString& reason) { setDeleted(*id, true, reason); }, std::move(notify),
        whom ? std::move(whom) : Whom([id] { return *id; }));
    if (!error && newId)
        *newId = *id;
    return error;
}

std::optional<QString> Editor::addParticipant(const Participant& participant, qint64* newId, const QString& why)
{
    Store* store = m_store;
    return performCreate([code = participant.code] { return tr("Add participant %1").arg(code); },
                         [&] { return store->participants().add(participant, why); },
                         [store](qint64 id, bool deleted, const QString& reason) {
                             store->participants().setDeleted(id, deleted, reason);
                         },
                         [this] { emit participantsChanged(); }, newId);
}

std::optional<QString> Editor::editParticipant(const Participant& changed)
{
    const auto before = m_store->participants().byId(changed.id);
    if (!before)
        return tr("That participant no longer exists.");
    Store* store = m_store;
    auto update = [store](const Participant& p) {
        return [store, p](const QString& reason) {
            store->participants().update(p, reason);
        };
    };
    return perform([code = changed.code] { return tr("Edit participant %1").arg(code); }, [&] { update(changed)({}); },
                   update(changed), update(*before), [this] { emit participantsChanged(); }, to(changed.id));
}

std::optional<QString> Editor::addEntry(const JournalEntry& entry, qint64* newId, const QMap<qint64, bool>& adherence)
{
    Store* store = m_store;
    const qint64 participant = entry.participantId;
    const QDate day = entry.date;
    // What each tick was before, so undo can put it back.
    Store::Ticks before, after;
    for (auto it = adherence.cbegin(); it != adherence.cend(); ++it) {
        const auto old = store->interventions().adherence(it.key(), day, day);
        before.insert(it.key(), old.isEmpty() ? std::nullopt : std::optional<bool>(old.first()));
        after.insert(it.key(), *it);
    }
    return performCreate([] { return tr("Add entry"); }, [&] { return store->addEntry(entry, after); },
                         [store, day, before, after](qint64 id, bool deleted, const QString& reason) {
                             store->setEntryDeleted(id, deleted, day, deleted ? before : after, reason);
                         },
                         [this, participant, hasTicks = !adherence.isEmpty()] {
                             emit entriesChanged(participant);
                             if (hasTicks)
                                 emit interventionsChanged(participant);
                         },
                         newId, to(participant));
}

std::optional<QString> Editor::editEntry(const JournalEntry& changed)
{
    const auto before = m_store->journal().byId(changed.id);
    if (!before)
        return tr("That entry no longer exists.");
    Store* store = m_store;
    auto update = [store](const JournalEntry& e) {
        return [store, e](const QString& reason) {
            store->journal().update(e, reason);
        };
    };
    const qint64 participant = changed.participantId;
    return perform([] { return tr("Edit entry"); }, [&] { update(changed)({}); }, update(changed), update(*before),
                   [this, participant] { emit entriesChanged(participant); }, to(participant));
}

std::optional<QString> Editor::deleteEntry(qint64 entryId)
{
    const auto before = m_store->journal().byId(entryId);
    if (!before)
        return tr("That entry no longer exists.");
    Store* store = m_store;
    auto setDeleted = [store, entryId](bool deleted) {
        return [store, entryId, deleted](const QString& reason) {
            store->journal().setDeleted(entryId, deleted, reason);
        };
    };
    const qint64 participant = before->participantId;
    return perform([] { return tr("Delete entry"); }, [&] { setDeleted(true)({}); }, setDeleted(true),
                   setDeleted(false), [this, participant] { emit entriesChanged(participant); }, to(participant));
}

std::optional<QString> Editor::addIntervention(const Intervention& intervention, qint64* newId)
{
    Store* store = m_store;
    const qint64 participant = intervention.participantId;
    return performCreate([name = intervention.name] { return tr("Add intervention %1").arg(name); },
                         [&] { return store->interventions().add(intervention); },
                         [store](qint64 id, bool deleted, const QString& reason) {
                             store->interventions().setDeleted(id, deleted, reason);
                         },
                         [this, participant] { emit interventionsChanged(participant); }, newId, to(participant));
}

// New dates that leave adherence ticks outside them (an end moved before days ticked "taken") take those ticks away
// in the same step, each audited (the repository refuses to leave them behind); the undo puts them back.
std::optional<QString> Editor::editIntervention(const Intervention& changed)
{
    const auto before = m_store->interventions().byId(changed.id);
    if (!before)
        return tr("That intervention no longer exists.");
    const QMap<QDate, bool> outside = m_store->interventions().adherenceOutside(changed);
    Store* store = m_store;
    auto update = [store](const Intervention& i, const QMap<QDate, bool>& clear, const QMap<QDate, bool>& restore) {
        return [store, i, clear, restore](const QString& reason) {
            Transaction tx(store->database());
            for (auto it = clear.begin(); it != clear.end(); ++it)
                store->interventions().setAdherence(i.id, it.key(), std::nullopt, reason);
            store->interventions().update(i, reason);
            for (auto it = restore.begin(); it != restore.end(); ++it)
                store->interventions().setAdherence(i.id, it.key(), it.value(), reason);
            tx.commit();
        };
    };
    const qint64 participant = changed.participantId;
    const Text text = [name = changed.name, cleared = int(outside.size())] {
        return cleared == 0
                   ? tr("Edit intervention %1").arg(name)
                   : tr("Edit intervention %1 (adherence of %n day(s) outside the new dates cleared)", nullptr, cleared)
                         .arg(name);
    };
    return perform(
        text, [&] { update(changed, outside, {})({}); }, update(changed, outside, {}), update(*before, {}, outside),
        [this, participant] { emit interventionsChanged(participant); }, to(participant));
}

std::optional<QString> Editor::createTag(const Tag& tag, qint64* newId)
{
    Store* store = m_store;
    auto id = std::make_shared<qint64>(0);
    const auto redo = [store, tag, id](const QString& reason) {
        Tag again = tag;
        again.id = *id; // a redo makes the tag with the id it had, so later commands still find it
        *id = store->tags().create(again, reason);
    };
    const auto undo = [store, id](const QString& reason) {
        store->tags().remove(*id, reason);
    };
    auto result = perform([name = tag.name.trimmed()] { return tr("New tag %1").arg(name); }, [&] { redo({}); }, redo,
                          undo, [this] { emit tagsChanged(); });
    if (!result && newId)
        *newId = *id;
    return result;
}

std::optional<QString> Editor::editTag(const Tag& changed)
{
    const auto before = m_store->tags().byId(changed.id);
    if (!before)
        return tr("That tag no longer exists.");
    Store* store = m_store;
    auto update = [store](const Tag& t) {
        return [store, t](const QString& reason) {
            store->tags().update(t, reason);
        };
    };
    const Text text = [name = before->name, renamed = changed.name.trimmed() != before->name,
                       archived = changed.archived, archiving = changed.archived != before->archived] {
        return renamed     ? tr("Rename tag %1").arg(name)
               : archiving ? (archived ? tr("Archive tag %1") : tr("Unarchive tag %1")).arg(name)
                           : tr("Edit tag %1").arg(name);
    };
    return perform(
        text, [&] { update(changed)({}); }, update(changed), update(*before), [this] { emit tagsChanged(); });
}

std::optional<QString> Editor::reorderTags(const QList<qint64>& ids)
{
    Store* store = m_store;
    QList<qint64> before;
    for (const Tag& t : store->tags().list())
        before.append(t.id);
    auto reorder = [store](const QList<qint64>& order) {
        return [store, order](const QString& reason) {
            store->tags().reorder(order, reason);
        };
    };
    return perform([] { return tr("Reorder tags"); }, [&] { reorder(ids)({}); }, reorder(ids), reorder(before),
                   [this] { emit tagsChanged(); });
}

std::optional<QString> Editor::setEntryTags(qint64 entryId, const QList<qint64>& tagIds)
{
    const auto before = m_store->journal().byId(entryId);
    if (!before || before->deleted)
        return tr("That entry no longer exists.");
    Store* store = m_store;
    auto set = [store, entryId](const QList<qint64>& ids) {
        return [store, entryId, ids](const QString& reason) {
            store->tags().setEntryTags(entryId, ids, reason);
        };
    };
    const qint64 participant = before->participantId;
    return perform([] { return tr("Change the tags of an entry"); }, [&] { set(tagIds)({}); }, set(tagIds),
                   set(before->tagIds), [this, participant] { emit entriesChanged(participant); }, to(participant));
}

std::optional<QString> Editor::deleteIntervention(qint64 interventionId)
{
    const auto before = m_store->interventions().byId(interventionId);
    if (!before)
        return tr("That intervention no longer exists.");
    Store* store = m_store;
    auto setDeleted = [store, interventionId](bool deleted) {
        return [store, interventionId, deleted](const QString& reason) {
            store->interventions().setDeleted(interventionId, deleted, reason);
        };
    };
    const qint64 participant = before->participantId;
    return perform([name = before->name] { return tr("Delete intervention %1").arg(name); },
                   [&] { setDeleted(true)({}); }, setDeleted(true), setDeleted(false),
                   [this, participant] { emit interventionsChanged(participant); }, to(participant));
}

std::optional<QString> Editor::setAdherence(qint64 interventionId, QDate day, bool taken)
{
    const auto intervention = m_store->interventions().byId(interventionId);
    if (!intervention)
        return tr("That intervention no longer exists.");
    const auto previous = m_store->interventions().adherence(interventionId, day, day);
    // Ticked, not ticked, or no record (-1): a plain int, as GCC cannot follow an optional into std::function.
    const int before = previous.isEmpty() ? -1 : int(previous.first());
    Store* store = m_store;
    auto set = [store, interventionId, day](int value) {
        return [store, interventionId, day, value](const QString& reason) {
            store->interventions().setAdherence(interventionId, day,
                                                value < 0 ? std::nullopt : std::optional<bool>(value == 1), reason);
        };
    };
    const qint64 participant = intervention->participantId;
    return perform(
        [taken, name = intervention->name] {
            return taken ? tr("Mark %1 taken").arg(name) : tr("Mark %1 not taken").arg(name);
        },
        [&] { set(int(taken))({}); }, set(int(taken)), set(before),
        [this, participant] { emit interventionsChanged(participant); }, to(participant));
}

std::optional<QString> Editor::addResponse(const QuestionnaireResponse& response, qint64* newId)
{
    Store* store = m_store;
    const qint64 participant = response.participantId;
    return performCreate(
        [instrument = response.instrument] { return tr("Add %1").arg(instrumentDefinition(instrument).name); },
        [&] { return store->questionnaires().add(response); },
        [store](qint64 id, bool deleted, const QString& reason) {
            store->questionnaires().setDeleted(id, deleted, reason);
        },
        [this, participant] { emit responsesChanged(participant); }, newId, to(participant));
}

std::optional<QString> Editor::deleteResponse(qint64 responseId)
{
    const auto response = m_store->questionnaires().byId(responseId);
    if (!response || response->deleted)
        return tr("That questionnaire response no longer exists.");
    Store* store = m_store;
    auto setDeleted = [store, responseId](bool deleted) {
        return [store, responseId, deleted](const QString& reason) {
            store->questionnaires().setDeleted(responseId, deleted, reason);
        };
    };
    const qint64 participant = response->participantId;
    return perform(
        [instrument = response->instrument] { return tr("Delete %1").arg(instrumentDefinition(instrument).name); },
        [&] { setDeleted(true)({}); }, setDeleted(true), setDeleted(false),
        [this, participant] { emit responsesChanged(participant); }, to(participant));
}

std::optional<QString> Editor::acknowledgeFlag(qint64 responseId, const QString& note)
{
    const auto response = m_store->questionnaires().byId(responseId);
    if (!response)
        return tr("That questionnaire response no longer exists.");
    Store* store = m_store;
    auto acknowledgement = std::make_shared<std::optional<FlagAcknowledgement>>();
    const qint64 participant = response->participantId;
    return perform([] { return tr("Acknowledge safety flag"); },
                   [&] { *acknowledgement = store->questionnaires().acknowledge(responseId, note); },
                   [store, responseId, acknowledgement](const QString& reason) {
                       store->questionnaires().setAcknowledgement(responseId, *acknowledgement, reason);
                   },
                   [store, responseId](const QString& reason) {
                       store->questionnaires().setAcknowledgement(responseId, std::nullopt, reason);
                   },
                   [this, participant] { emit responsesChanged(participant); }, to(participant));
}

} // namespace mb
