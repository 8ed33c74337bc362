// The workspace relays the editor's change signals and keeps the selected participant valid.
#include "ui/Workspace.h"

#include "storage/Importer.h"
#include "storage/Store.h"
#include "ui/Editor.h"

#include <QUndoStack>

namespace mb {

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_editor(new Editor(this))
{
    connect(m_editor, &Editor::participantsChanged, this, [this] {
        // A participant that is gone (an undone "add participant") is no longer selected.
        if (m_participantId && !participant())
            setParticipant(0);
        emit participantsChanged();
        emit dataChanged();
    });
    connect(m_editor, &Editor::entriesChanged, this, [this](qint64 participantId) {
        emit entriesChanged(participantId);
        emit dataChanged();
    });
    connect(m_editor, &Editor::interventionsChanged, this, [this](qint64 participantId) {
        emit interventionsChanged(participantId);
        emit dataChanged();
    });
    connect(m_editor, &Editor::tagsChanged, this, &Workspace::tagsChanged);
    // An undo or redo shows the participant it changed (one that still exists), never changes one out of sight.
    connect(m_editor, &Editor::replayed, this, [this](qint64 participantId) {
        if (const auto p = m_store ? m_store->participants().byId(participantId) : std::nullopt; p && !p->deleted)
            setParticipant(participantId);
    });
    connect(m_editor, &Editor::responsesChanged, this, [this](qint64 participantId) {
        emit responsesChanged(participantId);
        emit dataChanged();
    });
}

Workspace::~Workspace()
{
    m_editor->setStore(nullptr);
}

void Workspace::setStore(std::unique_ptr<Store> store)
{
    // Nobody is selected before the views hear of the new store, so that none of them asks the new store for a
    // participant of the old one; the old store is destroyed once everyone has let go of it.
    setParticipant(0);
    const std::unique_ptr<Store> previous = std::move(m_store);
    m_store = std::move(store);
    m_editor->setStore(m_store.get());
    emit storeChanged(m_store.get());
}

void Workspace::announceImport(const ImportSummary& imported)
{
    if (!m_store || !imported.written)
        return;
    if (!imported.participantsCreated.isEmpty())
        emit participantsChanged();
    if (!imported.tagsCreated.isEmpty())
        emit tagsChanged();
    for (const QString& code : imported.participantCodes)
        if (const auto p = m_store->participants().byCode(code))
            emit entriesChanged(p->id);
    emit dataChanged();
}

void Workspace::announceMerge()
{
    emit participantsChanged();
    emit dataChanged();
}

const QString Workspace::singlePersonCode = Participant::selfCode.toString();

namespace {

// "Me", or the only participant under another code (one person's diary); nobody when there are several others.
std::optional<Participant> singlePersonIn(Store& store)
{
    auto me = store.participants().byCode(Workspace::singlePersonCode);
    if (me)
        return me;
    const QList<Participant> everyone = store.participants().list();
    return everyone.size() == 1 ? std::optional(everyone.first()) : std::nullopt;
}

} // namespace

qint64 Workspace::firstShown(Store& store, bool singlePerson)
{
    if (singlePerson) {
        const auto me = singlePersonIn(store);
        return me ? me->id : 0;
    }
    const QList<Participant> everyone = store.participants().list();
    return everyone.isEmpty() ? 0 : everyone.first().id;
}

Workspace::SinglePerson Workspace::selectSinglePerson(QString* error)
{
    if (!m_store)
        return SinglePerson::Failed;
    auto me = singlePersonIn(*m_store);
    if (!me && !m_store->participants().isEmpty())
        return SinglePerson::Several;
    if (!me) {
        Participant p;
        p.code = singlePersonCode;
        qint64 id = 0;
        // Audit reasons are records: they stay in English.
        if (auto problem = m_editor->addParticipant(
                p, &id, QStringLiteral("Single-person mode: created the participant \"Me\""))) {
            if (error)
                *error = *problem;
            return SinglePerson::Failed;
        }
        m_editor->undoStack()->clear(); // the history starts after opening
        me = m_store->participants().byId(id);
    }
    setParticipant(me->id);
    return SinglePerson::Selected;
}

std::optional<Participant> Workspace::participant() const
{
    if (!m_store || m_participantId == 0)
        return std::nullopt;
    return m_store->participants().byId(m_participantId);
}

bool Workspace::isReadOnly() const
{
    return m_store && m_store->database().isReadOnly();
}

void Workspace::setParticipant(qint64 participantId)
{
    if (participantId == m_participantId)
        return;
    m_participantId = participantId;
    emit participantChanged(participantId);
}

} // namespace mb
