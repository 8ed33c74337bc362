// Intervention rows, adherence rows and their audit records.
#include "storage/InterventionRepository.h"

#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "storage/AuditLog.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/ExportWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/SoftDelete.h"
#include "storage/StorageError.h"

#include <QJsonObject>

#include <cmath>

namespace mb {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, participant_id, kind, name, dose, unit, frequency, "
                                             "start_date, end_date, notes, deleted FROM intervention ");

Intervention read(const Statement& st)
{
    Intervention i;
    i.id = st.int64(0);
    i.participantId = st.int64(1);
    i.kind = interventionKindFromString(st.text(2)).value_or(InterventionKind::Other);
    i.name = st.text(3);
    if (!st.isNull(4))
        i.dose = st.real(4);
    i.unit = st.text(5);
    i.frequency = st.text(6);
    i.start = QDate::fromString(st.text(7), Qt::ISODate);
    i.end = QDate::fromString(st.text(8), Qt::ISODate);
    i.notes = st.text(9);
    i.deleted = st.int64(10) != 0;
    return i;
}

void bindFields(Statement& st, const Intervention& i)
{
    st.bind(1, i.participantId).bind(2, toString(i.kind)).bind(3, i.name.trimmed()).bind(4, i.dose);
    st.bind(5, i.unit.trimmed()).bind(6, i.frequency.trimmed()).bind(7, isoDate(i.start));
    st.bind(8, i.end.isValid() ? std::optional<QString>(isoDate(i.end)) : std::nullopt).bind(9, i.notes);
}

} // namespace

QList<Intervention> InterventionRepository::list(qint64 participantId) const
{
    return listOf(participantId, {}, false);
}

QList<Intervention> InterventionRepository::exportable(qint64 participantId, const QString& participantCode) const
{
    return listOf(participantId, participantCode, true);
}

QList<Intervention> InterventionRepository::listOf(qint64 participantId, const QString& participantCode,
                                                   bool refuseUnreadableDates) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE participant_id = ?1 AND deleted = 0 "
                                                        u"ORDER BY start_date, id"));
    st.bind(1, participantId);
    QList<Intervention> result;
    while (st.step()) {
        if (refuseUnreadableDates) {
            requireExportableDate(st, DatedRow::InterventionStart, 0, 7, participantCode);
            requireExportableDate(st, DatedRow::InterventionEnd, 0, 8, participantCode);
        }
        result.append(read(st));
    }
    return result;
}

std::optional<Intervention> InterventionRepository::byId(qint64 id) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

QList<Intervention> InterventionRepository::byName(const QString& name) const
{
    return ofEveryone(u"name = ?1 COLLATE NOCASE", name.trimmed());
}

QList<Intervention> InterventionRepository::byKind(InterventionKind kind) const
{
    return ofEveryone(u"kind = ?1", toString(kind));
}

QList<Intervention> InterventionRepository::ofEveryone(QStringView condition, const QString& value) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE deleted = 0 AND " + condition +
                                        u" AND participant_id IN (SELECT id FROM participant "
                                        u"WHERE deleted = 0) ORDER BY participant_id, start_date"));
    st.bind(1, value);
    QList<Intervention> result;
    while (st.step())
        result.append(read(st));
    return result;
}

QStringList InterventionRepository::names() const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT MIN(name) FROM intervention WHERE deleted = 0 AND participant_id "
                                    "IN (SELECT id FROM participant WHERE deleted = 0) "
                                    "GROUP BY name COLLATE NOCASE "
                                    "ORDER BY count(DISTINCT participant_id) DESC, name COLLATE NOCASE"));
    QStringList result;
    while (st.step())
        result.append(st.text(0));
    return result;
}

void InterventionRepository::validate(const Intervention& i) const
{
    using Code = StorageError::Code;
    const auto participant = ParticipantRepository(m_db).byId(i.participantId);
    if (!participant || participant->deleted)
        throw StorageError(Code::NotFound, StorageText::tr("That participant does not exist."));
    if (i.name.trimmed().isEmpty())
        throw StorageError(Code::InvalidInput, StorageText::tr("The intervention needs a name, such as "
                                                               "“Lactobacillus rhamnosus GG”."));
    if (auto problem = InterventionText::nameProblem(i.name))
        throw StorageError(Code::InvalidInput, *problem);
    if (!i.start.isValid())
        throw StorageError(Code::InvalidInput, StorageText::tr("The intervention needs a start date."));
    requireAcceptedDates({i.start, i.end});
    if (i.end.isValid() && i.end < i.start)
        throw StorageError(Code::InvalidInput, StorageText::tr("The end date (%1) lies before the start date (%2).")
                                                   .arg(isoDate(i.end), isoDate(i.start)));
    if (i.dose)
        if (auto problem = InterventionText::doseProblem(*i.dose))
            throw StorageError(Code::InvalidInput, *problem);
}

// A tick is stored only on a day its intervention is active (setAdherence), and verify names one outside it: new
// days that leave a tick behind are refused, naming the first such day.
void InterventionRepository::requireTicksWithin(const Intervention& i) const
{
    Statement before = m_db.prepare(u"SELECT min(local_date) FROM adherence WHERE intervention_id = ?1 AND "
                                    u"local_date < ?2");
    before.bind(1, i.id).bind(2, isoDate(i.start));
    if (before.step() && !before.isNull(0))
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("%1 has adherence recorded on %2, before the start date %3. Clear that "
                                           "day's adherence first, or choose an earlier start date.")
                               .arg(i.name.trimmed(), before.text(0), isoDate(i.start)));
    if (!i.end.isValid())
        return;
    Statement after = m_db.prepare(u"SELECT max(local_date) FROM adherence WHERE intervention_id = ?1 AND "
                                   u"local_date > ?2");
    after.bind(1, i.id).bind(2, isoDate(i.end));
    if (after.step() && !after.isNull(0))
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("%1 has adherence recorded on %2, after the end date %3. Clear that day's "
                                           "adherence first, or choose a later end date.")
                               .arg(i.name.trimmed(), after.text(0), isoDate(i.end)));
}

qint64 InterventionRepository::add(const Intervention& intervention, const QString& reason)
{
    Transaction tx(m_db);
    validate(intervention);
    Statement st = m_db.prepare(u"INSERT INTO intervention (participant_id, kind, name, dose, unit, frequency, "
                                u"start_date, end_date, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    bindFields(st, intervention);
    st.run();
    const qint64 id = m_db.lastInsertRowId();
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("intervention"),
                           .rowId = id,
                           .participantId = intervention.participantId,
                           .newValues = JsonCodec::intervention(intervention),
                           .reason = reason});
    tx.commit();
    return id;
}

void InterventionRepository::update(const Intervention& intervention, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(intervention.id);
    if (!before || before->deleted)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That intervention no longer exists."));
    validate(intervention);
    requireTicksWithin(intervention);
    Statement st = m_db.prepare(u"UPDATE intervention SET participant_id = ?1, kind = ?2, name = ?3, dose = ?4, "
                                u"unit = ?5, frequency = ?6, start_date = ?7, end_date = ?8, notes = ?9 "
                                u"WHERE id = ?10");
    bindFields(st, intervention);
    st.bind(10, intervention.id).run();
    AuditLog(m_db).record({.action = AuditLog::Action::Update,
                           .table = QStringLiteral("intervention"),
                           .rowId = intervention.id,
                           .participantId = intervention.participantId,
                           .oldValues = JsonCodec::intervention(*before),
                           .newValues = JsonCodec::intervention(intervention),
                           .reason = reason});
    tx.commit();
}

void InterventionRepository::setDeleted(qint64 id, bool deleted, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That intervention no longer exists."));
    if (deleted)
        if (const auto schedule = ScheduleRepository(m_db).forIntervention(id))
            throw StorageError(StorageError::Code::InvalidInput,
                               lockedScheduleKeepsIntervention(before->name, *schedule));
    softDelete(m_db, QStringLiteral("intervention"), *before, deleted, before->participantId, reason,
               JsonCodec::intervention);
    tx.commit();
}

QMap<QDate, bool> InterventionRepository::adherenceOutside(const Intervention& changed) const
{
    QMap<QDate, bool> ticks = adherence(changed.id, firstAcceptedDate(), lastAcceptedDate());
    ticks.removeIf([&changed](const auto& tick) { return changed.isActiveOn(tick.key()); });
    return ticks;
}

QMap<QDate, bool> InterventionRepository::adherence(qint64 interventionId, QDate from, QDate to) const
{
    Statement st = m_db.prepare(u"SELECT local_date, taken FROM adherence WHERE intervention_id = ?1 "
                                u"AND local_date BETWEEN ?2 AND ?3");
    st.bind(1, interventionId).bind(2, isoDate(from)).bind(3, isoDate(to));
    QMap<QDate, bool> result;
    while (st.step())
        result.insert(st.date(0), st.int64(1) != 0);
    return result;
}

QMap<QDate, bool> InterventionRepository::exportableAdherence(qint64 interventionId, QDate from, QDate to,
                                                              const QString& participantCode) const
{
    // Every tick, not only those between the dates as text: an unreadable date may sort anywhere ('0000-01-01').
    Statement st = m_db.prepare(u"SELECT intervention_id, local_date, taken FROM adherence WHERE intervention_id = ?1");
    st.bind(1, interventionId);
    QMap<QDate, bool> result;
    while (st.step()) {
        const QDate day = requireExportableDate(st, DatedRow::AdherenceTick, 0, 1, participantCode);
        if (day >= from && day <= to)
            result.insert(day, st.int64(2) != 0);
    }
    return result;
}

void InterventionRepository::setAdherence(qint64 interventionId, QDate day, std::optional<bool> taken,
                                          const QString& reason)
{
    Transaction tx(m_db);
    const auto intervention = byId(interventionId);
    if (!intervention || intervention->deleted)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That intervention no longer exists."));
    if (!intervention->isActiveOn(day))
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("%1 was not active on %2.").arg(intervention->name, isoDate(day)));
    const auto before = adherence(interventionId, day, day);
    if (taken) {
        Statement st = m_db.prepare(u"INSERT INTO adherence (intervention_id, local_date, taken) VALUES (?1, ?2, ?3) "
                                    u"ON CONFLICT (intervention_id, local_date) DO UPDATE SET taken = excluded.taken");
        st.bind(1, interventionId).bind(2, isoDate(day)).bind(3, qint64(*taken)).run();
    } else {
        Statement st = m_db.prepare(u"DELETE FROM adherence WHERE intervention_id = ?1 AND local_date = ?2");
        st.bind(1, interventionId).bind(2, isoDate(day)).run();
    }
    const auto state = [&](std::optional<bool> value) {
        return QJsonObject{{QStringLiteral("date"), isoDate(day)},
                           {QStringLiteral("taken"), value ? QJsonValue(*value) : QJsonValue()}};
    };
    AuditLog(m_db).record({.action = before.isEmpty() ? AuditLog::Action::Insert : AuditLog::Action::Update,
                           .table = QStringLiteral("adherence"),
                           .rowId = interventionId,
                           .participantId = intervention->participantId,
                           .oldValues = before.isEmpty() ? QJsonObject() : state(before.first()),
                           .newValues = state(taken),
                           .reason = reason});
    tx.commit();
}

void InterventionRepository::setAdherenceMany(qint64 participantId, const QList<std::tuple<qint64, QDate, bool>>& ticks,
                                              const QString& reason)
{
    Transaction tx(m_db);
    QHash<qint64, Intervention> checked;
    for (const auto& [interventionId, day, taken] : ticks) {
        if (!checked.contains(interventionId)) {
            const auto i = byId(interventionId);
            if (!i || i->participantId != participantId)
                throw StorageError(StorageError::Code::NotFound,
                                   StorageText::tr("That intervention no longer exists."));
            checked.insert(interventionId, *i);
        }
        if (!checked[interventionId].isActiveOn(day))
            throw StorageError(
                StorageError::Code::InvalidInput,
                StorageText::tr("%1 was not active on %2.").arg(checked[interventionId].name, isoDate(day)));
    }
    // The rows the participant's interventions have, before and after: how many the import added (the others
    // replaced ticks of the same day), which the audit replay holds the live rows to.
    Statement count = m_db.prepare(u"SELECT count(*) FROM adherence WHERE intervention_id IN "
                                   u"(SELECT id FROM intervention WHERE participant_id = ?1)");
    count.bind(1, participantId).step();
    const qint64 before = count.int64(0);
    count.resetKeepingBindings();
    // A later tick of the same day overrides an earlier one, as it would row by row.
    insertInBatches(m_db, u"INSERT INTO adherence (intervention_id, local_date, taken) VALUES ", u"(?, ?, ?)",
                    u"ON CONFLICT (intervention_id, local_date) DO UPDATE SET taken = excluded.taken", 128, ticks,
                    [](Statement& st, int row, const std::tuple<qint64, QDate, bool>& tick) {
                        st.bind(3 * row + 1, std::get<0>(tick)).bind(3 * row + 2, isoDate(std::get<1>(tick)));
                        st.bind(3 * row + 3, qint64(std::get<2>(tick)));
                    });
    AuditLog(m_db).record({.action = AuditLog::Action::Import,
                           .table = QStringLiteral("adherence"),
                           .participantId = participantId,
                           .newValues = {{QStringLiteral("ticks"), ticks.size()},
                                         {QStringLiteral("added"), count.step() ? count.int64(0) - before : 0}},
                           .reason = reason});
    tx.commit();
}

} // namespace mb
