// Replaying the audit trail: every live row must be what its last audit record says it became, and every row
// must have an audit record. Catches data changed with the sqlite3 tool, which writes no audit row.
#pragma once

#include "storage/AuditLog.h"
#include "storage/SiteReplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>

namespace mb {

class Database;

class AuditReplay {
    Q_DECLARE_TR_FUNCTIONS(AuditReplay)
public:
    // Each audit row, oldest first.
    void add(const AuditLog::Row& row);
    // Compares the live rows with the replayed states; one sentence per problem (at most a few dozen).
    // rowsCompared counts the live rows looked at.
    QStringList check(const Database& db, qint64& rowsCompared) const;

private:
    void checkTable(const Database& db, const QString& table, QStringList& problems, qint64& compared) const;
    void checkEntries(const Database& db, QStringList& problems, qint64& compared) const;
    void checkMeasures(const Database& db, QStringList& problems, qint64& compared) const;
    void checkAdherence(const Database& db, QStringList& problems, qint64& compared) const;
    void checkEntryTags(const Database& db, QStringList& problems, qint64& compared) const;
    void checkImports(const Database& db, bool entryTags, QStringList& problems) const;
    void checkImportedTicks(const Database& db, const QHash<qint64, qint64>& unrecorded, QStringList& problems) const;
    void addImport(const AuditLog::Row& row, const QJsonObject& details);
    void addEntryRecord(const AuditLog::Row& row);

    // An import that recorded its entries (first_entry; older ones did not) of entries first … first + count - 1: what
    // it wrote for each participant (entries, observations, entry tags) and its ImportDigest.
    struct ImportBatch {
        qint64 auditRow = 0;
        qint64 first = 0;
        qint64 count = 0;
        QHash<qint64, std::array<qint64, 3>> written;
        QString digest;
    };
    // An imported entry changed since through MoodBiome, as the import wrote it: from the old image of the first
    // record of its own (of its tags: of the first record that states them).
    struct Origin {
        qint64 participantId = 0;
        QByteArray date;
        qint64 values = -1; // -1: no record of the entry itself yet
        qint64 tags = -1;   // -1: no record of its tags yet
    };
    static void compareImport(const Database& db, const ImportBatch& batch,
                              const QHash<qint64, std::array<qint64, 3>>& found, QStringList& problems);

    QHash<QString, QHash<qint64, QString>> m_last; // table -> row id -> its last audited image (JSON)
    QSet<qint64> m_entriesInserted;                // entries added one at a time
    qint64 m_entriesImported = 0;
    qint64 m_ticksImported = 0;
    QHash<QString, int> m_ticks; // "intervention|date" -> taken (0, 1) or -1 when removed
    // Entry id -> its tag ids, ascending, as the entry's image ("tag_ids") or an entry_tag record last said.
    QHash<qint64, QList<qint64>> m_entryTags;
    qint64 m_entryTagsImported = 0;
    QList<ImportBatch> m_imports;
    QHash<qint64, Origin> m_origins;
    // Adherence ticks imports added per participant, less those changed since through MoodBiome; participants of
    // imports that did not record how many rows they added (older ones) are not held to a count.
    QHash<qint64, qint64> m_ticksAdded;
    QSet<qint64> m_ticksUncounted;
    SiteReplay m_sites; // merged sites' bookkeeping against their merges' audit events
};

} // namespace mb
