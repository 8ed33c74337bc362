// Replaying the audit trail: every live row must be what its last audit record says it became, and every row
// must have an audit record. Catches data changed with the sqlite3 tool, which writes no audit row.
#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

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

    QHash<QString, QHash<qint64, QString>> m_last; // table -> row id -> its last audited image (JSON)
    QSet<qint64> m_entriesInserted;                // entries added one at a time
    qint64 m_entriesImported = 0;
    qint64 m_ticksImported = 0;
    QHash<QString, int> m_ticks; // "intervention|date" -> taken (0, 1) or -1 when removed
    // Entry id -> its tag ids, ascending, as the entry's image ("tag_ids") or an entry_tag record last said.
    QHash<qint64, QList<qint64>> m_entryTags;
    qint64 m_entryTagsImported = 0;
};

} // namespace mb
