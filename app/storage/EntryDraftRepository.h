// The entry drafts: at most one per participant, written as the new-entry form is typed in and removed when it is
// saved or discarded (core/EntryDraft.h). Not audited: a draft is not data until the form saves it.
#pragma once

#include "core/EntryDraft.h"

#include <optional>

namespace mb {

class Database;

class EntryDraftRepository {
public:
    explicit EntryDraftRepository(Database& db)
        : m_db(db)
    {
    }

    // Replaces the participant's draft. Throws StorageError (a file that cannot be written).
    void keep(qint64 participantId, const EntryDraft& draft);
    // The participant's draft; nothing when there is none or it cannot be read (it is then left for discard()).
    std::optional<EntryDraft> find(qint64 participantId) const;
    // Removes the participant's draft, if any. Throws StorageError.
    void discard(qint64 participantId);

    // False for a database from before drafts (schema version 11), opened without migrating: reads give nothing.
    bool available() const;

private:
    Database& m_db;
};

} // namespace mb
