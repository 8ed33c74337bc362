// The workspace relays the editor's change signals and keeps the selected participant valid.
#include "ui/Workspace.h"

#include "storage/Store.h"
#include "ui/Editor.h"

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
    const std::unique_ptr<Store> previous = std::move(m_store); // destroyed once everyone has let go
    m_store = std::move(store);
    m_editor->setStore(m_store.get());
    m_participantId = 0;
    emit storeChanged(m_store.get());
    emit participantChanged(0);
}

std::optional<Participant> Workspace::participant() const
{
    if (!m_store || m_participantId == 0)
        return std::nullopt;
    return m_store->participants().byId(m_participantId);
}

void Workspace::setParticipant(qint64 participantId)
{
    if (participantId == m_participantId)
        return;
    m_participantId = participantId;
    emit participantChanged(participantId);
}

} // namespace mb
