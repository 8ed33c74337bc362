// Participants: list, look up, add, edit, soft-delete; every write audited in its own transaction.
#pragma once

#include "core/Participant.h"

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

    QList<Participant> list(bool includeDeleted = false) const; // ordered by code
    bool isEmpty() const;                                       // no participant that is not deleted
    std::optional<Participant> byId(qint64 id) const;
    std::optional<Participant> byCode(const QString& code) const;
    Participant require(const QString& code) const; // throws NotFound naming the code

    qint64 add(const Participant& participant, const QString& reason = {});
    void update(const Participant& participant, const QString& reason = {});
    void setDeleted(qint64 id, bool deleted, const QString& reason = {});

private:
    void validate(const Participant& participant) const;
    Database& m_db;
};

} // namespace mb
