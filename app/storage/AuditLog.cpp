// Writing and reading the audit trail; each row's hash covers its content and the previous hash.
#include "storage/AuditLog.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/Sha256.h"

#include <QJsonDocument>

#include <pwd.h>
#include <unistd.h>

namespace mb {

namespace {
const QString columns = QStringLiteral("id, at_utc, os_user, action, table_name, row_id, participant_id, old_values, "
                                       "new_values, reason, prev_hash, hash");

QString compactJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Migrate:
        return QStringLiteral("migrate");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::Verify:
        return QStringLiteral("verify");
    case Action::Security:
        return QStringLiteral("security");
    case Action::RestoreBackup:
        break;
    }
    return QStringLiteral("restore_backup");
}

QString AuditLog::osUser()
{
    // Looked up once: the user does not change while the program runs, the lookup reads /etc/passwd each time
    // (an import that creates 5,000 participants read it 5,000 times), and getpwuid() is not reentrant while
    // this is asked from background jobs too.
    static const QString user = [] {
        if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
        const QString fromEnvironment = qEnvironmentVariable("USER");
        return fromEnvironment.isEmpty() ? QStringLiteral("unknown") : fromEnvironment;
    }();
    return user;
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const Row& row)
{
    const QChar sep(0x1f); // unit separator: cannot be confused with field content boundaries
    const QString content = row.prevHash + sep + isoUtc(row.atUtc) + sep + row.osUser + sep + row.action + sep +
                            row.table + sep + QString::number(row.rowId) + sep + QString::number(row.participantId) +
                            sep + row.oldValues + sep + row.newValues + sep + row.reason;
    return sha256Hex(content.toUtf8());
}

void AuditLog::record(const Record& record)
{
    recordMany({record});
}

void AuditLog::recordMany(const QList<Record>& records)
{
    QList<Row> rows;
    rows.reserve(records.size());
    for (const Record& record : records)
        rows.append(rowOf(record));
    appendRows(std::move(rows));
}

AuditLog::Row AuditLog::rowOf(const Record& record)
{
    Row row;
    row.action = actionName(record.action);
    row.table = record.table;
    row.rowId = record.rowId;
    row.participantId = record.participantId;
    row.oldValues = compactJson(record.oldValues);
    row.newValues = compactJson(record.newValues);
    row.reason = record.reason;
    return row;
}

void AuditLog::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    Statement last = m_db.prepare(u"SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
    QString prevHash = last.step() ? last.text(0) : genesisHash();
    const QString user = osUser();
    for (Row& row : rows) {
        row.atUtc = clock().nowUtc();
        row.atUtc.setTime(QTime(row.atUtc.time().hour(), row.atUtc.time().minute(), row.atUtc.time().second()));
        row.osUser = user;
        row.prevHash = prevHash;
        row.hash = computeHash(row);
        prevHash = row.hash;
    }
    insertInBatches(m_db,
                    u"INSERT INTO audit (at_utc, os_user, action, table_name, row_id, participant_id, old_values, "
                    u"new_values, reason, prev_hash, hash) VALUES ",
                    u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", {}, 64, rows, [](Statement& st, int i, const Row& row) {
                        const int p = 11 * i;
                        st.bind(p + 1, isoUtc(row.atUtc)).bind(p + 2, row.osUser).bind(p + 3, row.action);
                        st.bind(p + 4, row.table).bind(p + 5, row.rowId).bind(p + 6, row.participantId);
                        st.bind(p + 7, row.oldValues).bind(p + 8, row.newValues).bind(p + 9, row.reason);
                        st.bind(p + 10, row.prevHash).bind(p + 11, row.hash);
                    });
}

void AuditLog::recordEvent(Action action, const QString& table, const QJsonObject& details)
{
    Transaction tx(m_db);
    record({.action = action, .table = table, .newValues = details});
    tx.commit();
}

QList<AuditLog::Row> AuditLog::rows(qint64 participantId) const
{
    return rows(Filter{.participantId = participantId});
}

QList<AuditLog::Row> AuditLog::rows(const Filter& filter) const
{
    Statement st = m_db.prepare(QString(u"SELECT " + columns +
                                        u" FROM audit WHERE (?1 = 0 OR participant_id = ?1) "
                                        u"AND (?2 = '' OR table_name = ?2) AND (?3 = '' OR at_utc >= ?3) "
                                        u"AND (?4 = '' OR at_utc < ?4) ORDER BY id DESC"));
    st.bind(1, filter.participantId).bind(2, filter.table);
    st.bind(3, filter.fromUtc.isValid() ? isoUtc(filter.fromUtc) : QString());
    st.bind(4, filter.toUtc.isValid() ? isoUtc(filter.toUtc) : QString());
    QList<Row> result;
    while (st.step())
        result.append(readRow(st));
    return result;
}

void AuditLog::forEachRow(const std::function<bool(const Row&)>& visit) const
{
    Statement st = m_db.prepare(QString(u"SELECT " + columns + u" FROM audit ORDER BY id"));
    while (st.step() && visit(readRow(st))) {
    }
}

QStringList AuditLog::tables() const
{
    Statement st = m_db.prepare(u"SELECT DISTINCT table_name FROM audit ORDER BY table_name");
    QStringList result;
    while (st.step())
        result.append(st.text(0));
    return result;
}

AuditLog::Row AuditLog::readRow(const Statement& st)
{
    Row r;
    r.id = st.int64(0);
    r.atUtc = QDateTime::fromString(st.text(1), Qt::ISODate);
    r.osUser = st.text(2);
    r.action = st.text(3);
    r.table = st.text(4);
    r.rowId = st.int64(5);
    r.participantId = st.int64(6);
    r.oldValues = st.text(7);
    r.newValues = st.text(8);
    r.reason = st.text(9);
    r.prevHash = st.text(10);
    r.hash = st.text(11);
    return r;
}

} // namespace mb
