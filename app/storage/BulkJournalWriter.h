// Many journal entries written inside the caller's transaction as fast as SQLite allows (imports, demo data).
#pragma once

#include "core/DateText.h"
#include "core/JournalEntry.h"
#include "storage/ImportDigest.h"
#include "storage/Statement.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <array>
#include <vector>

namespace mb {

class Database;
class MeasureRepository;

// Rows go to SQLite in multi-row INSERTs of batchRows rows, with entry ids given here (one past the largest,
// as SQLite would choose them), so that one statement run writes many rows. The text of a row is made by a
// Formatter, apart from the database, so that an import can format on one core while SQLite writes on the
// other.
//
// For as long as the writer lives, the connection keeps the whole write in its page cache (a cache that
// spills in WAL mode appends the same pages to the log again and again), foreign keys are checked as rows go
// in (or, with ForeignKeysOff, by finish()), and the per-row range trigger of observations and the CHECK constraints
// are off on this connection: every row is made here from a valid QDate, QTime and a value its measure accepts (the
// caller checks that), and the writer applies the database's own range rule to each value as it binds it, with the
// ranges the measure table holds when the writer begins. So nothing outside a measure's range can land, whichever
// check a bug might slip past, while the per-row trigger alone would cost half of what the whole insert does.
// Everything is restored on destruction, also when the write is abandoned (the caller's transaction then rolls back).
// finish() records the whole write as one audit event (action import); a writer destroyed without finish() has recorded
// nothing. Whatever else is written on the connection meanwhile goes without triggers and CHECKs too, so it must be
// checked by its own code, as the participants an import creates are (ParticipantRepository::add validates every
// field).
class BulkJournalWriter {
public:
    static constexpr int batchRows = 512;

    // One entry as it is written.
    struct Row {
        qint64 participantId = 0;
        char atUtc[20] = {};
        char date[10] = {};
        char time[5] = {};
        bool hasTime = false;
        QString note;
        QVarLengthArray<std::pair<qint64, double>, 4> values; // measure id, value
        QVarLengthArray<qint64, 2> tagIds;                    // tags the caller has made sure exist
    };

    // Makes rows from entries on any thread: measure ids by key, instants in the given zone.
    class Formatter {
    public:
        Formatter(QHash<QString, qint64> measureIds, const QTimeZone& zone);
        // False when the date is invalid or its year has not four digits, or a measure is unknown.
        bool format(const JournalEntry& entry, Row& row);

    private:
        QHash<QString, qint64> m_measureIds;
        LocalToUtc m_toUtc;
    };
    static QHash<QString, qint64> measureIds(const MeasureRepository& measures);

    // Foreign keys off on the connection while it lives, where SQLite allows it (outside a transaction), for
    // a bulk write whose transaction begins after it; inside a transaction they stay on, checked per row.
    // Either way finish() checks the keys of what was written, set-wise.
    class ForeignKeysOff {
    public:
        explicit ForeignKeysOff(Database& db);
        ~ForeignKeysOff();
        ForeignKeysOff(const ForeignKeysOff&) = delete;
        ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    private:
        Database& m_db;
        bool m_switched = false;
    };

    // The connection's page cache large enough for a bulk write while it lives (it only grows as pages are used),
    // then as it was. Hold one across a whole transaction that writes in bulk and then goes on writing: a cache
    // given back to its usual size while the transaction's pages are dirty spills a page for every page read.
    class LargeCache {
    public:
        explicit LargeCache(Database& db);
        ~LargeCache();
        LargeCache(const LargeCache&) = delete;
        LargeCache& operator=(const LargeCache&) = delete;

    private:
        Database& m_db;
        qint64 m_before = 0;
    };

    // What the audit event of the write says: where the rows came from and why; details are merged into its new
    // values, with the counts of entries and observations.
    struct Audit {
        QString source;
        QString reason;
        QJsonObject details;
    };

    // Inside the caller's transaction, which commits or rolls back everything written.
    BulkJournalWriter(Database& db, Audit audit);
    ~BulkJournalWriter();
    BulkJournalWriter(const BulkJournalWriter&) = delete;
    BulkJournalWriter& operator=(const BulkJournalWriter&) = delete;

    // A row of a validated entry, its participant id set. Returns the id the entry gets. Throws StorageError when
    // a value written lies outside its measure's range (the rows go to SQLite a batch at a time).
    qint64 add(Row row);
    // Writes what is still pending and checks the foreign keys of the new rows; throws StorageError naming the
    // first value outside its measure's range, or what is missing. Then records the audit event, with moreDetails
    // merged into its details.
    void finish(const QJsonObject& moreDetails = {});

    qint64 entryCount() const { return m_entries; }
    qint64 observationCount() const { return m_observations; }
    qint64 entryTagCount() const { return m_entryTags; }
    // The one participant written for, or 0 when there were several (or none).
    qint64 soleParticipant() const { return m_participants.size() == 1 ? *m_participants.cbegin() : 0; }

private:
    // Restores the connection's settings; declared first so that it outlives the statements.
    struct Settings {
        explicit Settings(Database& db);
        ~Settings();
        Settings(const Settings&) = delete;
        Settings& operator=(const Settings&) = delete;
        Database& db;
        LargeCache cache;
        int triggers = 1;
    };
    struct PendingEntry {
        qint64 id = 0;
        Row row;
    };
    struct PendingValue {
        qint64 entryId = 0;
        qint64 measureId = 0;
        double value = 0;
    };
    struct PendingTag {
        qint64 entryId = 0;
        qint64 tagId = 0;
    };

    void flushEntries(bool all);
    void flushValues(bool all);
    void flushTags(bool all);
    struct MeasureRange {
        qint64 id = 0;
        QString key;
        double min = 0;
        double max = 0;
        bool whole = false; // category and count measures take whole numbers only
    };

    void readRanges();
    void checkRange(qint64 measureId, double value) const; // throws StorageError
    void checkKeys();
    void recordAudit(const QJsonObject& moreDetails);

    Database& m_db;
    Audit m_audit;
    Settings m_settings;
    Statement m_entryBatch;
    Statement m_entryOne;
    Statement m_valueBatch;
    Statement m_valueOne;
    Statement m_tagBatch;
    Statement m_tagOne;
    qint64 m_lastIdBefore = 0;
    qint64 m_entries = 0;
    qint64 m_entriesInserted = 0;       // as SQLite counts them
    std::vector<MeasureRange> m_ranges; // by id
    qint64 m_observations = 0;
    QSet<qint64> m_participants;
    qint64 m_lastParticipant = 0;
    std::vector<PendingEntry> m_pendingEntries;
    std::vector<PendingValue> m_pendingValues;
    std::vector<PendingTag> m_pendingTags;
    QSet<qint64> m_tags; // every tag id written
    qint64 m_entryTags = 0;
    // What was written for each participant (entries, observations, entry tags) and entry by entry, for the audit row.
    QHash<qint64, std::array<qint64, 3>> m_written;
    ImportDigest m_digest;
};

} // namespace mb
