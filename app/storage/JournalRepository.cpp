// Journal rows: an entry row plus one observation row per measure, audited as one change.
#include "storage/JournalRepository.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "core/Measure.h"
#include "storage/AuditLog.h"
#include "storage/BulkJournalWriter.h"
#include "storage/Database.h"
#include "storage/ExportWriter.h"
#include "storage/MeasureRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/SoftDelete.h"
#include "storage/StorageError.h"
#include "storage/TagRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace mb {

namespace {

JournalEntry withInstant(JournalEntry e)
{
    e.atUtc = localToUtc(e.date, e.time, clock().timeZone());
    std::sort(e.tagIds.begin(), e.tagIds.end());
    e.tagIds.erase(std::unique(e.tagIds.begin(), e.tagIds.end()), e.tagIds.end());
    return e;
}

} // namespace

QList<JournalEntry> JournalRepository::entries(qint64 participantId) const
{
    return entriesOf(participantId, nullptr);
}

QList<JournalEntry> JournalRepository::exportable(qint64 participantId, const QString& participantCode) const
{
    return entriesOf(participantId, &participantCode);
}

QList<JournalEntry> JournalRepository::entriesOf(qint64 participantId, const QString* refuseFor) const
{
    QList<JournalEntry> result;
    QHash<qint64, qsizetype> index;
    Statement st = m_db.prepare(u"SELECT id, local_date, local_time, at_utc, note FROM entry "
                                u"WHERE participant_id = ?1 AND deleted = 0 "
                                u"ORDER BY local_date DESC, coalesce(local_time, '12:00') DESC, id DESC");
    st.bind(1, participantId);
    while (st.step()) {
        if (refuseFor)
            requireExportableDate(st, DatedRow::Entry, 0, 1, *refuseFor);
        JournalEntry e;
        e.id = st.int64(0);
        e.participantId = participantId;
        e.date = QDate::fromString(st.text(1), Qt::ISODate);
        if (!st.isNull(2))
            e.time = QTime::fromString(st.text(2), u"HH:mm");
        e.atUtc = QDateTime::fromString(st.text(3), Qt::ISODate);
        e.note = st.text(4);
        index.insert(e.id, result.size());
        result.append(e);
    }
    // An export's read names the measure of a value it refuses.
    Statement values = m_db.prepare(
        refuseFor ? QStringView(u"SELECT o.entry_id, o.measure_id, o.value, e.local_date, m.key FROM observation o "
                                u"JOIN entry e ON e.id = o.entry_id LEFT JOIN measure m ON m.id = o.measure_id "
                                u"WHERE e.participant_id = ?1 AND e.deleted = 0")
                  : QStringView(u"SELECT o.entry_id, o.measure_id, o.value FROM observation o "
                                u"JOIN entry e ON e.id = o.entry_id WHERE e.participant_id = ?1 AND e.deleted = 0"));
    values.bind(1, participantId);
    while (values.step()) {
        if (refuseFor)
            requireExportable(values, {.entryId = 0, .date = 3, .measure = 4, .value = 2}, *refuseFor);
        const auto it = index.constFind(values.int64(0));
        const Measure* m = m_measures.byId(values.int64(1));
        if (it != index.cend() && m)
            result[*it].values.insert(m->key, values.real(2));
    }
    if (!hasTags())
        return result;
    Statement tags = m_db.prepare(u"SELECT et.entry_id, et.tag_id FROM entry_tag et JOIN entry e ON e.id = et.entry_id "
                                  u"WHERE e.participant_id = ?1 AND e.deleted = 0 ORDER BY et.entry_id, et.tag_id");
    tags.bind(1, participantId);
    while (tags.step())
        if (const auto it = index.constFind(tags.int64(0)); it != index.cend())
            result[*it].tagIds.append(tags.int64(1));
    return result;
}

std::optional<JournalEntry> JournalRepository::byId(qint64 id) const
{
    Statement st = m_db.prepare(u"SELECT participant_id, local_date, local_time, at_utc, note, deleted FROM entry "
                                u"WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    JournalEntry e;
    e.id = id;
    e.participantId = st.int64(0);
    e.date = QDate::fromString(st.text(1), Qt::ISODate);
    if (!st.isNull(2))
        e.time = QTime::fromString(st.text(2), u"HH:mm");
    e.atUtc = QDateTime::fromString(st.text(3), Qt::ISODate);
    e.note = st.text(4);
    e.deleted = st.int64(5) != 0;
    Statement values = m_db.prepare(u"SELECT measure_id, value FROM observation WHERE entry_id = ?1");
    values.bind(1, id);
    while (values.step())
        if (const Measure* m = m_measures.byId(values.int64(0)))
            e.values.insert(m->key, values.real(1));
    if (hasTags())
        e.tagIds = TagRepository(m_db).entryTags(id);
    return e;
}

qint64 JournalRepository::count(qint64 participantId) const
{
    Statement st = m_db.prepare(u"SELECT count(*) FROM entry WHERE participant_id = ?1 AND deleted = 0");
    st.bind(1, participantId);
    st.step();
    return st.int64(0);
}

bool JournalRepository::hasEntryOn(qint64 participantId, QDate date) const
{
    Statement st =
        m_db.prepare(u"SELECT 1 FROM entry WHERE participant_id = ?1 AND local_date = ?2 AND deleted = 0 LIMIT 1");
    st.bind(1, participantId);
    st.bind(2, date.toString(Qt::ISODate));
    return st.step();
}

void JournalRepository::validate(const JournalEntry& entry) const
{
    using Code = StorageError::Code;
    const auto participant = ParticipantRepository(m_db).byId(entry.participantId);
    if (!participant || participant->deleted)
        throw StorageError(Code::NotFound, StorageText::tr("That participant does not exist."));
    if (participant->isWithdrawn())
        throw StorageError(Code::InvalidInput, StorageText::tr("%1 withdrew on %2; their journal is read-only.")
                                                   .arg(participant->code, isoDate(participant->withdrawn)));
    validateValues(entry);
}

void JournalRepository::validateValues(const JournalEntry& entry) const
{
    using Code = StorageError::Code;
    if (!entry.date.isValid())
        throw StorageError(Code::InvalidInput, StorageText::tr("The entry needs a valid date."));
    requireAcceptedDates({entry.date});
    if (entry.values.isEmpty() && entry.note.trimmed().isEmpty() && entry.tagIds.isEmpty())
        throw StorageError(Code::InvalidInput, StorageText::tr("The entry records no value, no tag and no note."));
    for (auto it = entry.values.cbegin(); it != entry.values.cend(); ++it) {
        const Measure& measure = m_measures.require(it.key());
        if (auto problem = MeasureText::validate(measure, it.value(), m_language))
            throw StorageError(Code::InvalidInput, *problem);
    }
}

void JournalRepository::writeValues(qint64 entryId, const QMap<QString, double>& values)
{
    Statement clear = m_db.prepare(u"DELETE FROM observation WHERE entry_id = ?1");
    clear.bind(1, entryId).run();
    Statement insert = m_db.prepare(u"INSERT INTO observation (entry_id, measure_id, value) VALUES (?1, ?2, ?3)");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        insert.bind(1, entryId).bind(2, m_measures.require(it.key()).id).bind(3, it.value()).run();
        insert.reset();
    }
}

qint64 JournalRepository::add(const JournalEntry& input, const QString& reason)
{
    const JournalEntry entry = withInstant(input);
    Transaction tx(m_db);
    validate(entry);
    Statement st = m_db.prepare(u"INSERT INTO entry (participant_id, at_utc, local_date, local_time, note) "
                                u"VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, entry.participantId).bind(2, isoUtc(entry.atUtc)).bind(3, isoDate(entry.date));
    st.bind(4, entry.time ? std::optional<QString>(hourMinute(*entry.time)) : std::nullopt).bind(5, entry.note).run();
    const qint64 id = m_db.lastInsertRowId();
    writeValues(id, entry.values);
    if (hasTags() || !entry.tagIds.isEmpty())
        TagRepository(m_db).writeEntryTags(id, entry.tagIds);
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("entry"),
                           .rowId = id,
                           .participantId = entry.participantId,
                           .newValues = JsonCodec::entry(entry),
                           .reason = reason});
    tx.commit();
    return id;
}

void JournalRepository::addMany(const QList<JournalEntry>& entries, const QString& source, const QString& reason)
{
    addMany(entries, BulkWrite{.source = source, .reason = reason});
}

void JournalRepository::addMany(const QList<JournalEntry>& entries, const BulkWrite& write)
{
    Transaction tx(m_db);
    BulkJournalWriter writer = bulkWriter(write);
    BulkJournalWriter::Formatter formatter(BulkJournalWriter::measureIds(m_measures), clock().timeZone());
    BulkJournalWriter::Row row;
    QSet<qint64> checkedParticipants;
    for (const JournalEntry& entry : entries) {
        if (!checkedParticipants.contains(entry.participantId)) {
            validate(entry); // includes the participant checks, done once per participant
            checkedParticipants.insert(entry.participantId);
        } else {
            validateValues(entry);
        }
        if (!formatter.format(entry, row))
            throw StorageError(StorageError::Code::InvalidInput, StorageText::tr("The entry needs a valid date."));
        writer.add(row);
        if (write.progress && writer.entryCount() % 1024 == 0)
            write.progress(writer.entryCount());
    }
    writer.finish();
    tx.commit();
}

BulkJournalWriter JournalRepository::bulkWriter(const BulkWrite& write)
{
    return BulkJournalWriter(m_db, {.source = write.source, .reason = write.reason, .details = write.details});
}

QList<Observation> JournalRepository::observations(qint64 participantId, const QString& measureKey) const
{
    QList<Observation> result;
    const Measure* measure = m_measures.byKey(measureKey);
    if (!measure)
        return result;
    Statement st = m_db.prepare(u"SELECT e.local_date, o.value FROM entry e "
                                u"JOIN observation o ON o.entry_id = e.id AND o.measure_id = ?2 "
                                u"WHERE e.participant_id = ?1 AND e.deleted = 0 ORDER BY e.local_date");
    st.bind(1, participantId).bind(2, measure->id);
    while (st.step())
        result.append({QDate::fromString(st.text(0), Qt::ISODate), st.real(1)});
    return result;
}

void JournalRepository::update(const JournalEntry& input, const QString& reason)
{
    const JournalEntry entry = withInstant(input);
    Transaction tx(m_db);
    const auto before = byId(entry.id);
    if (!before || before->deleted)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That entry no longer exists."));
    if (before->participantId != entry.participantId)
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("An entry cannot be moved to another participant."));
    validate(entry);
    Statement st = m_db.prepare(u"UPDATE entry SET at_utc = ?1, local_date = ?2, local_time = ?3, note = ?4 "
                                u"WHERE id = ?5");
    st.bind(1, isoUtc(entry.atUtc)).bind(2, isoDate(entry.date));
    st.bind(3, entry.time ? std::optional<QString>(hourMinute(*entry.time)) : std::nullopt)
        .bind(4, entry.note)
        .bind(5, entry.id)
        .run();
    writeValues(entry.id, entry.values);
    if (hasTags() || !entry.tagIds.isEmpty())
        TagRepository(m_db).writeEntryTags(entry.id, entry.tagIds);
    AuditLog(m_db).record({.action = AuditLog::Action::Update,
                           .table = QStringLiteral("entry"),
                           .rowId = entry.id,
                           .participantId = entry.participantId,
                           .oldValues = JsonCodec::entry(*before),
                           .newValues = JsonCodec::entry(entry),
                           .reason = reason});
    tx.commit();
}

void JournalRepository::setDeleted(qint64 id, bool deleted, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That entry no longer exists."));
    const auto participant = ParticipantRepository(m_db).byId(before->participantId);
    if (participant && participant->isWithdrawn())
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("%1 withdrew on %2; their journal is read-only.")
                               .arg(participant->code, isoDate(participant->withdrawn)));
    softDelete(m_db, QStringLiteral("entry"), *before, deleted, before->participantId, reason, JsonCodec::entry);
    tx.commit();
}

bool JournalRepository::hasTags() const
{
    return TagRepository(m_db).available();
}

void JournalRepository::forEachObservation(const QString& participantCode,
                                           const std::function<void(const TidyRow&)>& visit) const
{
    forEachObservation(participantCode, QDate(), QDate(), visit);
}

void JournalRepository::forEachObservation(const QString& participantCode, QDate from, QDate to,
                                           const std::function<void(const TidyRow&)>& visit, Unstored unstored) const
{
    // An entry without values (a note or tags alone) is one row with no measure (LEFT JOIN). Its tags are read with
    // the row, by name so that the cell does not depend on the list order: an export streams, however large the
    // database (a map of every entry's tags was a gigabyte at 10M observations).
    const QString tagCell = hasTags()
                                ? QStringLiteral("(SELECT group_concat(t.name, '%1' ORDER BY t.name) FROM entry_tag et "
                                                 "JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id)")
                                      .arg(TagRules::separator)
                                : QStringLiteral("''");
    Statement st =
        m_db.prepare(QString(u"SELECT p.code, e.local_date, e.local_time, m.key, o.value, e.note, e.id, " + tagCell +
                             u" FROM entry e JOIN participant p ON p.id = e.participant_id "
                             u"LEFT JOIN observation o ON o.entry_id = e.id LEFT JOIN measure m ON m.id = o.measure_id "
                             u"WHERE e.deleted = 0 AND p.deleted = 0 AND (?1 = '' OR p.code = ?1) "
                             u"AND (?2 = '' OR e.local_date >= ?2) AND (?3 = '' OR e.local_date <= ?3) "
                             u"ORDER BY p.code, e.local_date, e.local_time, e.id, m.sort_order"));
    st.bind(1, participantCode.isNull() ? QStringLiteral("") : participantCode);
    st.bind(2, from.isValid() ? isoDate(from) : QStringLiteral(""))
        .bind(3, to.isValid() ? isoDate(to) : QStringLiteral(""));
    TidyRow row;
    while (st.step()) {
        row.participant = st.text(0);
        row.date = unstored == Unstored::Refuse
                       ? requireExportable(st, {.entryId = 6, .date = 1, .measure = 3, .value = 4}, row.participant)
                       : QDate::fromString(st.text(1), Qt::ISODate);
        row.time = st.isNull(2) ? std::nullopt : std::optional<QTime>(QTime::fromString(st.text(2), u"HH:mm"));
        row.hasValue = !st.isNull(3);
        row.measure = row.hasValue ? st.text(3) : QString();
        row.value = row.hasValue ? st.real(4) : 0;
        row.note = st.text(5);
        row.entryId = st.int64(6);
        row.tags = st.text(7);
        visit(row);
    }
}

} // namespace mb
