// Soft delete and restore, the same for every table: flip the row's deleted flag and record its before and
// after images in the audit trail. Call inside the caller's transaction, after its own checks.
#pragma once

#include "storage/AuditLog.h"
#include "storage/Database.h"

namespace mb {

// table is one of our table names (never user text); toJson gives the row's audit image.
template <typename Row, typename ToJson>
void softDelete(Database& db, const QString& table, const Row& before, bool deleted, qint64 participantId,
                const QString& reason, ToJson toJson)
{
    Statement st = db.prepare(QString(u"UPDATE " + table + u" SET deleted = ?1 WHERE id = ?2"));
    st.bind(1, qint64(deleted)).bind(2, before.id).run();
    Row after = before;
    after.deleted = deleted;
    AuditLog(db).record({.action = deleted ? AuditLog::Action::Delete : AuditLog::Action::Restore,
                         .table = table,
                         .rowId = before.id,
                         .participantId = participantId,
                         .oldValues = toJson(before),
                         .newValues = toJson(after),
                         .reason = reason});
}

} // namespace mb
