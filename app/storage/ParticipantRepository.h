// Participants: list, look up, add, edit, soft-delete; every write audited in its own transaction.
#pragma once

#include "core/Participant.h"
#include "storage/Database.h"

#include <QList>

#include <optional>

namespace mb {

class Database;

class ParticipantRepository {
public:
    explicit ParticipantRepository(Database& db)
        : m_db(db)
    {
    }

    // Ordered by code. The live participants are kept while the file does not change (Database::changeStamp):
    // a trial's list is read on every selection of "all participants", and at start-up on another core
    // (OpenAhead).
    QList<Participant> list(bool includeDeleted = false) const;
    bool isEmpty() const; // no participant that is not deleted
    std::optional<Participant> byId(qint64 id) const;
    std::optional<Participant> byCode(const QString& code) const;
    Participant require(const QString& code) const; // throws NotFound naming the code

    qint64 add(const Participant& participant, const QString& reason = {});
    void update(const Participant& participant, const QString& reason = {});
    void setDeleted(qint64 id, bool deleted, const QString& reason = {});

private:
    void validate(const Participant& participant) const;
    // A new or changed code that differs from another participant's only in upper or lower case (P-001, p-001)
    // would be taken for it; codes such databases already hold are left alone (docs/FILE_FORMATS.md
    // "Participant codes").
    void refuseCaseLookAlike(const Participant& participant) const;
    QList<Participant> readAll(bool includeDeleted) const;

    Database& m_db;
    mutable QList<Participant> m_live;
    mutable Database::ChangeStamp m_liveStamp;
};

} // namespace mb
