// entry_draft rows: the draft's JSON (core/EntryDraft), one row per participant.
#include "storage/EntryDraftRepository.h"

#include "storage/Database.h"

namespace mb {

bool EntryDraftRepository::available() const
{
    return m_db.userVersion() >= 11;
}

void EntryDraftRepository::keep(qint64 participantId, const EntryDraft& draft)
{
    Statement st = m_db.prepare(u"INSERT INTO entry_draft (participant_id, content) VALUES (?1, ?2) "
                                u"ON CONFLICT (participant_id) DO UPDATE SET content = excluded.content");
    st.bind(1, participantId);
    st.bind(2, QString::fromUtf8(draft.toJson()));
    st.run();
}

std::optional<EntryDraft> EntryDraftRepository::find(qint64 participantId) const
{
    if (!available())
        return std::nullopt;
    Statement st = m_db.prepare(u"SELECT content FROM entry_draft WHERE participant_id = ?1");
    st.bind(1, participantId);
    if (!st.step())
        return std::nullopt;
    return EntryDraft::fromJson(st.bytes(0).toByteArray());
}

void EntryDraftRepository::discard(qint64 participantId)
{
    if (!available())
        return;
    Statement st = m_db.prepare(u"DELETE FROM entry_draft WHERE participant_id = ?1");
    st.bind(1, participantId);
    st.run();
}

} // namespace mb
