// Participant rows and their audit records.
#include "storage/ParticipantRepository.h"

#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SoftDelete.h"
#include "storage/StorageError.h"

#include <QJsonObject>

namespace mb {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, code, display_name, arm, enrolled_on, withdrawn_on, notes, deleted FROM participant ");

Participant read(const Statement& st)
{
    Participant p;
    p.id = st.int64(0);
    p.code = st.text(1);
    p.displayName = st.text(2);
    p.arm = st.text(3);
    p.enrolled = QDate::fromString(st.text(4), Qt::ISODate);
    p.withdrawn = QDate::fromString(st.text(5), Qt::ISODate);
    p.notes = st.text(6);
    p.deleted = st.int64(7) != 0;
    return p;
}

std::optional<QString> optionalDate(QDate date)
{
    return date.isValid() ? std::optional<QString>(isoDate(date)) : std::nullopt;
}

void bindFields(Statement& st, const Participant& p)
{
    st.bind(1, p.code).bind(2, p.displayName).bind(3, p.arm);
    st.bind(4, optionalDate(p.enrolled)).bind(5, optionalDate(p.withdrawn)).bind(6, p.notes);
}

} // namespace

QList<Participant> ParticipantRepository::list(bool includeDeleted) const
{
    if (includeDeleted)
        return readAll(true);
    // Inside a transaction the rows may yet be rolled back, which no stamp shows: read them, keep nothing.
    if (m_db.inTransaction())
        return readAll(false);
    const Database::ChangeStamp stamp = m_db.changeStamp();
    if (stamp != m_liveStamp) {
        m_live = readAll(false);
        m_liveStamp = stamp;
    }
    return m_live;
}

QList<Participant> ParticipantRepository::readAll(bool includeDeleted) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE ?1 OR deleted = 0 ORDER BY code"));
    st.bind(1, qint64(includeDeleted));
    QList<Participant> result;
    while (st.step())
        result.append(read(st));
    return result;
}

bool ParticipantRepository::isEmpty() const
{
    Statement st = m_db.prepare(u"SELECT 1 FROM participant WHERE deleted = 0 LIMIT 1");
    return !st.step();
}

std::optional<Participant> ParticipantRepository::byId(qint64 id) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<Participant> ParticipantRepository::byCode(const QString& code) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE code = ?1 AND deleted = 0"));
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

Participant ParticipantRepository::require(const QString& code) const
{
    if (auto p = byCode(code))
        return *p;
    throw StorageError(StorageError::Code::NotFound,
                       StorageText::tr("There is no participant with code “%1”.").arg(code));
}

void ParticipantRepository::validate(const Participant& p) const
{
    using Code = StorageError::Code;
    if (const auto problem = participantCodeProblem(p.code))
        throw StorageError(Code::InvalidInput, *problem);
    requireAcceptedDates({p.enrolled, p.withdrawn});
    if (p.enrolled.isValid() && p.withdrawn.isValid() && p.withdrawn < p.enrolled)
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("The withdrawal date (%1) lies before the enrolment date (%2).")
                               .arg(isoDate(p.withdrawn), isoDate(p.enrolled)));
    Statement dup = m_db.prepare(u"SELECT 1 FROM participant WHERE code = ?1 AND id <> ?2");
    dup.bind(1, p.code).bind(2, p.id);
    if (dup.step())
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("A participant with code “%1” already exists.").arg(p.code));
}

void ParticipantRepository::refuseCaseLookAlike(const Participant& p) const
{
    // Codes are ASCII, which NOCASE folds whole; the code's index without case (schema version 10) finds the
    // look-alike, so an import that creates many participants stays linear.
    Statement st = m_db.prepare(
        u"SELECT code FROM participant WHERE code = ?1 COLLATE NOCASE AND code <> ?1 AND id <> ?2 LIMIT 1");
    st.bind(1, p.code).bind(2, p.id);
    if (st.step())
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("The code “%1” differs only in upper or lower case from participant "
                                           "“%2”, who exists already, and would be taken for them. Use “%2”, or a "
                                           "code of its own.")
                               .arg(p.code, st.text(0)));
}

qint64 ParticipantRepository::add(const Participant& participant, const QString& reason)
{
    Transaction tx(m_db);
    Participant fresh = participant;
    fresh.id = 0;
    validate(fresh);
    refuseCaseLookAlike(fresh);
    Statement st = m_db.prepare(u"INSERT INTO participant (code, display_name, arm, enrolled_on, withdrawn_on, notes) "
                                u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindFields(st, participant);
    st.run();
    const qint64 id = m_db.lastInsertRowId();
    Participant stored = participant;
    stored.id = id;
    stored.deleted = false;
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("participant"),
                           .rowId = id,
                           .participantId = id,
                           .newValues = JsonCodec::participant(stored),
                           .reason = reason});
    tx.commit();
    return id;
}

void ParticipantRepository::update(const Participant& participant, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(participant.id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That participant no longer exists."));
    validate(participant);
    if (participant.code != before->code)
        refuseCaseLookAlike(participant);
    Statement st = m_db.prepare(u"UPDATE participant SET code = ?1, display_name = ?2, arm = ?3, enrolled_on = ?4, "
                                u"withdrawn_on = ?5, notes = ?6 WHERE id = ?7");
    bindFields(st, participant);
    st.bind(7, participant.id).run();
    Participant after = participant;
    after.deleted = before->deleted;
    AuditLog(m_db).record({.action = AuditLog::Action::Update,
                           .table = QStringLiteral("participant"),
                           .rowId = participant.id,
                           .participantId = participant.id,
                           .oldValues = JsonCodec::participant(*before),
                           .newValues = JsonCodec::participant(after),
                           .reason = reason});
    tx.commit();
}

void ParticipantRepository::setDeleted(qint64 id, bool deleted, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That participant no longer exists."));
    softDelete(m_db, QStringLiteral("participant"), *before, deleted, id, reason, JsonCodec::participant);
    tx.commit();
}

} // namespace mb
