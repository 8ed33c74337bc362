// Verification reads only: it never migrates, repairs or writes, so a damaged file stays as evidence.
#include "storage/Verifier.h"

#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

namespace {

constexpr int maxIntegrityLines = 20;

const QStringList eventsThatChangeNoData = {AuditLog::actionName(AuditLog::Action::Backup),
                                            AuditLog::actionName(AuditLog::Action::Verify),
                                            AuditLog::actionName(AuditLog::Action::Export)};

QString brokenLink(const AuditLog::Row& row, qint64 previousId)
{
    if (previousId == 0)
        return Verifier::tr("audit row %1 is the first row but does not begin the chain: rows before it were "
                            "removed")
            .arg(row.id);
    return Verifier::tr("audit row %1 does not follow row %2: its prev_hash is not the hash of row %2, so rows "
                        "between them were removed, added or changed")
        .arg(row.id)
        .arg(previousId);
}

} // namespace

QJsonValue isoOrNull(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(isoUtc(utc)) : QJsonValue();
}

QJsonObject VerifyReport::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("check"), check},
            {QStringLiteral("integrity"), integrityOk() ? QJsonValue(QStringLiteral("ok"))
                                                        : QJsonValue(QJsonArray::fromStringList(integrityProblems))},
            {QStringLiteral("moodbiome"), ours},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("audit_rows"), auditRows},
            {QStringLiteral("first_broken_row"), firstBrokenRow > 0 ? QJsonValue(firstBrokenRow) : QJsonValue()},
            {QStringLiteral("chain_problem"), chainOk() ? QJsonValue() : QJsonValue(chainProblem)},
            {QStringLiteral("first_change"), isoOrNull(firstChangeUtc)},
            {QStringLiteral("last_change"), isoOrNull(lastChangeUtc)},
            {QStringLiteral("last_data_change"), isoOrNull(lastDataChangeUtc)}};
}

VerifyReport Verifier::verify(Database& db, Depth depth)
{
    VerifyReport report;
    report.check = depth == Depth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
    report.integrityProblems = integrityCheck(db, depth);
    try {
        Statement id = db.prepare(u"PRAGMA application_id");
        report.ours = id.step() && quint32(id.int64(0)) == Database::applicationId;
        report.schemaVersion = db.userVersion();
    } catch (const StorageError& e) {
        report.integrityProblems.append(e.message());
        return report;
    }
    if (report.ours && report.schemaVersion > 0) {
        checkChain(db, report);
        checkProtections(db, report);
    }
    return report;
}

VerifyReport Verifier::verifyFile(const QString& path, Depth depth)
{
    // migrateTo 0: look at the file as it is, whatever version wrote it.
    const auto db = Database::open(path, {.create = false, .migrateTo = 0, .readOnly = true});
    return verify(*db, depth);
}

QStringList Verifier::integrityCheck(Database& db, Depth depth)
{
    QStringList problems;
    try {
        Statement st = db.prepare(
            QStringLiteral("PRAGMA %1(%2)")
                .arg(depth == Depth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"))
                .arg(maxIntegrityLines));
        while (st.step())
            problems.append(st.text(0));
    } catch (const StorageError& e) {
        return {e.message()};
    }
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    return problems;
}

void Verifier::checkChain(Database& db, VerifyReport& report)
{
    QString expectedPrevious = AuditLog::genesisHash();
    qint64 previousId = 0;
    const auto broken = [&](qint64 id, const QString& why) {
        report.firstBrokenRow = id;
        report.chainProblem = why;
        return false;
    };
    try {
        AuditLog(db).forEachRow([&](const AuditLog::Row& row) {
            ++report.auditRows;
            if (!report.firstChangeUtc.isValid())
                report.firstChangeUtc = row.atUtc;
            report.lastChangeUtc = row.atUtc;
            if (!eventsThatChangeNoData.contains(row.action))
                report.lastDataChangeUtc = row.atUtc;
            if (row.prevHash != expectedPrevious)
                return broken(row.id, brokenLink(row, previousId));
            if (AuditLog::computeHash(row) != row.hash)
                return broken(row.id, tr("audit row %1 was changed after it was written: its content no longer "
                                         "matches its hash")
                                          .arg(row.id));
            expectedPrevious = row.hash;
            previousId = row.id;
            return true;
        });
    } catch (const StorageError& e) {
        broken(0, tr("the audit trail cannot be read after row %1: %2").arg(previousId).arg(e.message()));
    }
}

void Verifier::checkProtections(Database& db, VerifyReport& report)
{
    if (!report.chainOk())
        return;
    try {
        Statement st = db.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                  u"AND tbl_name = 'audit' AND name IN ('audit_no_update', 'audit_no_delete')");
        if (st.step() && st.int64(0) == 2)
            return;
    } catch (const StorageError&) {
    }
    report.chainProblem = tr("the triggers that keep the audit trail append-only were removed");
}

QString Verifier::describe(const VerifyReport& report)
{
    QStringList lines;
    lines.append(report.integrityOk()
                     ? tr("SQLite %1: ok.").arg(report.check)
                     : tr("SQLite %1 found damage: %2").arg(report.check, report.integrityProblems.join(u"; ")));
    if (!report.ours)
        lines.append(tr("The application id is not MoodBiome's."));
    lines.append(tr("Schema version %1.").arg(report.schemaVersion));
    if (report.auditRows > 0)
        lines.append(tr("Audit trail: %n row(s) checked, from %1 to %2.", nullptr, int(report.auditRows))
                         .arg(isoUtc(report.firstChangeUtc), isoUtc(report.lastChangeUtc)));
    else
        lines.append(tr("Audit trail: no rows."));
    lines.append(report.chainOk() ? tr("Every link of the audit chain is intact.")
                                  : tr("The audit chain is broken: %1.").arg(report.chainProblem));
    return lines.join(u'\n');
}

QString Verifier::problem(const VerifyReport& report)
{
    if (!report.ours)
        return tr("The file is not a MoodBiome database.");
    if (!report.integrityOk())
        return tr("The database file is damaged: %1").arg(report.integrityProblems.first());
    if (!report.chainOk())
        return tr("The audit trail is broken: %1.").arg(report.chainProblem);
    return {};
}

} // namespace mb
