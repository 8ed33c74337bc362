// Prepared once, bound from stack buffers, checked set-wise: the bulk path of JournalRepository::addMany.
#include "storage/BulkJournalWriter.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/StorageError.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sqlite3.h>

namespace mb {

namespace {

// Enough for a million-row import; the cache only grows as pages are used (negative = KiB).
constexpr qint64 bulkCacheKib = 256 * 1024;

qint64 scalar(const Database& db, QStringView sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

// Whether the table has a row of every id.
bool allExist(const Database& db, QStringView table, const QSet<qint64>& ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id IN (%2)").arg(table, list.join(u','))) ==
           ids.size();
}

// on: 1, 0, or -1 to leave the setting as it is; returns the setting after the call.
int triggerSetting(Database& db, int on)
{
    int now = 1;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, on, &now);
    return now;
}

constexpr int entryColumns = 6;
constexpr int valueColumns = 3;
constexpr QStringView entryInsert =
    u"INSERT OR FAIL INTO entry (id, participant_id, at_utc, local_date, local_time, note) VALUES ";
constexpr QStringView entryRow = u"(?, ?, ?, ?, ?, ?)";
constexpr QStringView valueInsert = u"INSERT OR FAIL INTO observation (entry_id, measure_id, value) VALUES ";
constexpr QStringView valueRow = u"(?, ?, ?)";
constexpr int tagColumns = 2;
constexpr QStringView tagInsert = u"INSERT OR FAIL INTO entry_tag (entry_id, tag_id) VALUES ";
constexpr QStringView tagRow = u"(?, ?)";

// Writes the pending rows in whole batches, and with all the rest one by one; keeps what is left otherwise.
// Returns how many rows SQLite says the statements inserted.
template <typename Row, typename Bind>
qint64 flushRows(sqlite3* db, std::vector<Row>& pending, Statement& batch, Statement& one, bool all, const Bind& bind)
{
    const auto rows = std::ssize(pending);
    qsizetype done = 0;
    qint64 inserted = 0;
    for (; rows - done >= BulkJournalWriter::batchRows; done += BulkJournalWriter::batchRows) {
        for (int i = 0; i < BulkJournalWriter::batchRows; ++i)
            bind(batch, i, pending[done + i]);
        batch.run();
        inserted += sqlite3_changes64(db);
        batch.resetKeepingBindings();
    }
    for (; all && done < rows; ++done) {
        bind(one, 0, pending[done]);
        one.run();
        inserted += sqlite3_changes64(db);
        one.resetKeepingBindings();
    }
    pending.erase(pending.begin(), pending.begin() + done);
    return inserted;
}

} // namespace

BulkJournalWriter::LargeCache::LargeCache(Database& db)
    : m_db(db)
    , m_before(scalar(db, u"PRAGMA cache_size"))
{
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-std::max(bulkCacheKib, std::abs(m_before))));
}

BulkJournalWriter::LargeCache::~LargeCache()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    } catch (const StorageError&) {
        // A pragma on an open connection does not fail; and a destructor must not throw.
    }
}

BulkJournalWriter::Settings::Settings(Database& database)
    : db(database)
    , cache(database)
{
    triggers = triggerSetting(db, -1);
    triggerSetting(db, 0);
    db.exec(u"PRAGMA ignore_check_constraints = ON");
}

BulkJournalWriter::Settings::~Settings()
{
    triggerSetting(db, triggers);
    try {
        db.exec(u"PRAGMA ignore_check_constraints = OFF");
    } catch (const StorageError&) {
        // A pragma on an open connection does not fail; and a destructor must not throw.
    }
}

BulkJournalWriter::ForeignKeysOff::ForeignKeysOff(Database& db)
    : m_db(db)
    , m_switched(sqlite3_get_autocommit(db.handle()) != 0 && scalar(db, u"PRAGMA foreign_keys") == 1)
{
    if (m_switched)
        m_db.exec(u"PRAGMA foreign_keys = OFF");
}

BulkJournalWriter::ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_switched)
        return;
    try {
        m_db.exec(u"PRAGMA foreign_keys = ON");
    } catch (const StorageError&) {
        // Outside a transaction this pragma does not fail; and a destructor must not throw.
    }
}

BulkJournalWriter::Formatter::Formatter(QHash<QString, qint64> measureIds, const QTimeZone& zone)
    : m_measureIds(std::move(measureIds))
    , m_toUtc(zone)
{
}

bool BulkJournalWriter::Formatter::format(const JournalEntry& entry, Row& row)
{
    if (!writeIsoDate(entry.date, row.date) || !writeIsoUtc(m_toUtc(entry.date, entry.time), row.atUtc))
        return false;
    row.participantId = entry.participantId;
    row.hasTime = entry.time && writeHourMinute(*entry.time, row.time);
    row.note = entry.note;
    row.values.clear();
    for (auto it = entry.values.cbegin(); it != entry.values.cend(); ++it) {
        const auto id = m_measureIds.constFind(it.key());
        if (id == m_measureIds.cend())
            return false;
        row.values.append({*id, it.value()});
    }
    row.tagIds.clear();
    for (const qint64 tagId : entry.tagIds)
        if (!row.tagIds.contains(tagId))
            row.tagIds.append(tagId);
    return true;
}

QHash<QString, qint64> BulkJournalWriter::measureIds(const MeasureRepository& measures)
{
    QHash<QString, qint64> ids;
    for (const Measure& m : measures.list())
        ids.insert(m.key, m.id);
    return ids;
}

BulkJournalWriter::BulkJournalWriter(Database& db, Audit audit)
    : m_db(db)
    , m_audit(std::move(audit))
    , m_settings(db) // before the statements: they are prepared without the trigger
    , m_entryBatch(db.prepare(multiRowSql(entryInsert, entryRow, batchRows)))
    , m_entryOne(db.prepare(multiRowSql(entryInsert, entryRow, 1)))
    , m_valueBatch(db.prepare(multiRowSql(valueInsert, valueRow, batchRows)))
    , m_valueOne(db.prepare(multiRowSql(valueInsert, valueRow, 1)))
    , m_tagBatch(db.prepare(multiRowSql(tagInsert, tagRow, batchRows)))
    , m_tagOne(db.prepare(multiRowSql(tagInsert, tagRow, 1)))
    , m_lastIdBefore(scalar(db, u"SELECT coalesce(max(id), 0) FROM entry"))
{
    m_pendingEntries.reserve(batchRows);
    m_pendingValues.reserve(4 * batchRows);
    m_pendingTags.reserve(4 * batchRows);
    readRanges();
}

BulkJournalWriter::~BulkJournalWriter() = default;

qint64 BulkJournalWriter::add(Row row)
{
    const qint64 id = m_lastIdBefore + ++m_entries;
    if (row.participantId != m_lastParticipant || m_participants.isEmpty())
        m_participants.insert(m_lastParticipant = row.participantId);
    for (const auto& [measure, value] : row.values)
        m_pendingValues.push_back({id, measure, value});
    m_observations += row.values.size();
    for (const qint64 tagId : row.tagIds) {
        m_pendingTags.push_back({id, tagId});
        m_tags.insert(tagId);
    }
    m_entryTags += row.tagIds.size();
    std::array<qint64, 3>& written = m_written[row.participantId];
    ++written[0];
    written[1] += row.values.size();
    written[2] += row.tagIds.size();
    m_digest.add(row.participantId, QByteArrayView(row.date, sizeof row.date), row.values.size(), row.tagIds.size());
    m_pendingEntries.push_back({id, std::move(row)});
    if (m_pendingEntries.size() == batchRows) { // every entry so far is written: its values and tags may follow
        flushEntries(false);
        flushValues(false);
        flushTags(false);
    }
    return id;
}

// Whole batches with the batch statement; with all, the rest row by row. Entries go before their values.
void BulkJournalWriter::flushEntries(bool all)
{
    const auto bind = [](Statement& st, int row, const PendingEntry& e) {
        const int p = row * entryColumns;
        st.bind(p + 1, e.id).bind(p + 2, e.row.participantId);
        // The pending rows stay as they are until the statement has run.
        st.bindUtf8Unowned(p + 3, e.row.atUtc, sizeof e.row.atUtc);
        st.bindUtf8Unowned(p + 4, e.row.date, sizeof e.row.date);
        if (e.row.hasTime)
            st.bindUtf8Unowned(p + 5, e.row.time, sizeof e.row.time);
        else
            st.bindNull(p + 5);
        if (e.row.note.isEmpty())
            st.bindUtf8Unowned(p + 6, "", 0);
        else
            st.bind(p + 6, e.row.note);
    };
    m_entriesInserted += flushRows(m_db.handle(), m_pendingEntries, m_entryBatch, m_entryOne, all, bind);
}

void BulkJournalWriter::flushValues(bool all)
{
    flushRows(m_db.handle(), m_pendingValues, m_valueBatch, m_valueOne, all,
              [this](Statement& st, int row, const PendingValue& v) {
                  checkRange(v.measureId, v.value);
                  const int p = row * valueColumns;
                  st.bind(p + 1, v.entryId).bind(p + 2, v.measureId).bind(p + 3, v.value);
              });
}

void BulkJournalWriter::flushTags(bool all)
{
    flushRows(m_db.handle(), m_pendingTags, m_tagBatch, m_tagOne, all, [](Statement& st, int row, const PendingTag& t) {
        const int p = row * tagColumns;
        st.bind(p + 1, t.entryId).bind(p + 2, t.tagId);
    });
}

void BulkJournalWriter::finish(const QJsonObject& moreDetails)
{
    flushEntries(true);
    flushValues(true);
    flushTags(true);
    checkKeys();
    recordAudit(moreDetails);
}

// The rule of the trigger observation_range_insert (Migrations, version 1), which is off while the writer lives,
// applied to each value as it is bound, with the ranges the measure table held when the writer began.
void BulkJournalWriter::readRanges()
{
    Statement measures = m_db.prepare(u"SELECT id, key, min_value, max_value, kind IN ('category', 'count') "
                                      u"FROM measure ORDER BY id");
    while (measures.step())
        m_ranges.push_back(
            {measures.int64(0), measures.text(1), measures.real(2), measures.real(3), measures.int64(4) != 0});
}

void BulkJournalWriter::checkRange(qint64 measureId, double value) const
{
    const auto range = std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), measureId,
                                        [](const MeasureRange& r, qint64 id) { return r.id < id; });
    const bool known = range != m_ranges.cend() && range->id == measureId;
    // As BETWEEN and CAST(value AS INTEGER) do: a NaN lies in no range, and a whole number has no fraction and lies
    // within 64-bit integers (CAST stops at their ends, so anything beyond is never equal to its cast).
    const auto whole = [](double v) {
        return v >= -0x1p63 && v < 0x1p63 && v == std::trunc(v);
    };
    if (known && value >= range->min && value <= range->max && (!range->whole || whole(value)))
        return;
    throw StorageError(StorageError::Code::InvalidInput,
                       StorageText::tr("%1=%2 lies outside the range of its measure.")
                           .arg(known ? range->key : QString(), QString::number(value)));
}

void BulkJournalWriter::checkKeys()
{
    // The foreign keys of the new rows. Every participant and tag written for exists; the entries are exactly the
    // ids given here, one after the other, and every observation lies among them (its measure exists: checkRange()
    // refuses any other measure id). Only add() binds rows, so the participants and tags it saw are all
    // there are; SQLite reported every entry bound as inserted, and none lies past the last of them.
    const qint64 lastId = scalar(m_db, u"SELECT coalesce(max(id), 0) FROM entry");
    Statement values = m_db.prepare(u"SELECT coalesce(max(entry_id), 0) FROM observation WHERE entry_id > ?1");
    values.bind(1, m_lastIdBefore).step();
    if (!allExist(m_db, u"participant", m_participants) || m_entriesInserted != m_entries ||
        lastId != m_lastIdBefore + m_entries || values.int64(0) > m_lastIdBefore + m_entries)
        throw StorageError(StorageError::Code::Failed,
                           StorageText::tr("The written entries do not match their participants; nothing was saved."));
    if (!allExist(m_db, u"tag", m_tags))
        throw StorageError(StorageError::Code::Failed,
                           StorageText::tr("The written entries name tags that do not exist; nothing was saved."));
}

void BulkJournalWriter::recordAudit(const QJsonObject& moreDetails)
{
    QJsonObject details = m_audit.details;
    for (auto it = moreDetails.begin(); it != moreDetails.end(); ++it)
        details.insert(it.key(), it.value());
    details.insert(QStringLiteral("source"), m_audit.source);
    details.insert(QStringLiteral("entries"), m_entries);
    details.insert(QStringLiteral("observations"), m_observations);
    if (m_entryTags > 0)
        details.insert(QStringLiteral("entry_tags"), m_entryTags);
    if (m_entries > 0) {
        // The entries have the ids first_entry, first_entry + 1, …; what each participant got, and a digest of them.
        QJsonObject written;
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
            written.insert(QString::number(it.key()), QJsonArray{(*it)[0], (*it)[1], (*it)[2]});
        details.insert(QStringLiteral("first_entry"), m_lastIdBefore + 1);
        details.insert(QStringLiteral("written"), written);
        details.insert(QStringLiteral("digest"), m_digest.hex());
    }
    AuditLog(m_db).record({.action = AuditLog::Action::Import,
                           .table = QStringLiteral("entry"),
                           .participantId = soleParticipant(),
                           .newValues = details,
                           .reason = m_audit.reason});
}

} // namespace mb
