// The data-safety commands: every copy is checked before it counts, and each event lands in the audit trail
// of a database that can be written.
#include "cli/BackupCommands.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace mb {

void requireData(const DatabaseFile& file, const QString& nothingToDo)
{
    if (!file.hasData())
        throw CliError(ExitCode::DatabaseUnusable, QStringLiteral("database"), nothingToDo);
}

std::unique_ptr<Database> openForReading(const DatabaseFile& file, const QString& nothingToDo)
{
    requireData(file, nothingToDo);
    // migrateTo 0: reading never migrates, whatever version wrote the file.
    return Database::open(
        file.path(),
        file.withKey({.create = false, .migrateTo = 0, .readOnlyWhenInUse = true, .checkBeforeWriting = true}));
}

QString BackupCommand::summary() const
{
    return tr("Copy the database to %1 while it stays in use, and check the copy (integrity, audit chain). An "
              "existing MoodBiome file is replaced only by a copy that passed; any other file is refused.")
        .arg(Placeholder::word(u"FILE"));
}

void BackupCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    const auto output = parsed.value(QStringLiteral("output"));
    if (!output || output->isEmpty())
        throw CliError::usage(QStringLiteral("output"),
                              tr("backup needs --output %1.").arg(Placeholder::word(u"FILE")));
    const auto db =
        openForReading(context.database, tr("There is no database at “%1” yet; there is nothing to back up.")
                                             .arg(QDir::toNativeSeparators(context.database.path())));
    const BackupResult result = blamingField(QStringLiteral("output"), [&] { return Backup::write(*db, *output); });
    QString text = tr("Backed up to “%1” (%2 bytes). The copy passed its check: %3 ok, %n audit row(s) verified.",
                      nullptr, int(result.report.auditRows))
                       .arg(QDir::toNativeSeparators(result.file))
                       .arg(result.bytes)
                       .arg(result.report.check);
    if (!result.recorded)
        text += u'\n' + tr("Not recorded in the audit trail: %1").arg(db->readOnlyReason());
    context.console.result({{QStringLiteral("file"), result.file},
                            {QStringLiteral("bytes"), result.bytes},
                            {QStringLiteral("recorded"), result.recorded},
                            {QStringLiteral("verification"), result.report.toJson()}},
                           text);
}

QString RestoreCommand::summary() const
{
    return tr("Replace the database with the backup %1, after checking it as verify does (exit 3 when it is "
              "not a MoodBiome database or fails any of its checks). The database as it was is first saved in the "
              "backups folder next to it; the restore is recorded in the audit trail. An encrypted backup restored "
              "into a plain database is stored without encryption, which is said on stderr. A backup of another "
              "database (another study: its audit trail begins differently) is refused (exit 2) unless "
              "--other-database is given.")
        .arg(Placeholder::word(u"FILE"));
}

void RestoreCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("the backup %1 to restore").arg(Placeholder::word(u"FILE")));
    const QString file = arguments.first();
    if (const QFileInfo info(file); !info.isFile())
        throw CliError::input(QStringLiteral("file"),
                              !info.exists() ? tr("“%1” does not exist.").arg(file)
                              : info.isDir() ? tr("“%1” is a folder, not a backup.").arg(file)
                                             : tr("“%1” is not a regular file (a device, pipe or socket), so it "
                                                  "cannot be a backup.")
                                                   .arg(file));
    // An encrypted backup is read with --backup-passphrase-file, else with the database's own passphrase.
    const auto backupKeyFile = parsed.value(QStringLiteral("backup-passphrase-file"));
    const QByteArray backupKey =
        backupKeyFile ? PassphraseSource::readFile(*backupKeyFile, QStringLiteral("backup-passphrase-file"))
        : Database::hasUnreadableHeader(file) ? context.database.passphraseSource().forDatabase(file)
                                              : QByteArray();
    // Checked before the database is opened, so a bad file is reported as such even when the database is busy.
    Backup::checkRestorable(file, backupKey);
    const bool hadData = context.database.hasData();
    const QString safetyFolder = hadData ? Backup::defaultFolder(context.database.path()) : QString();
    RestoreResult result;
    const bool otherDatabase = parsed.has(QStringLiteral("other-database"));
    context.database.change([&](Store& store) {
        if (hadData && !otherDatabase && Backup::isOtherDatabasesBackup(store.database(), file, backupKey))
            throw CliError::input(
                QStringLiteral("file"),
                tr("“%1” is a backup of another database, not of “%2”: their audit trails begin differently (another "
                   "study, or a copy of another database). Nothing was restored. To replace this database's data "
                   "with that database's anyway, add --other-database (the database as it is now is saved in the "
                   "backups folder first).")
                    .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(context.database.path())));
        result = blamingField(QStringLiteral("file"), [&] {
            return Backup::restore(store.database(), file, safetyFolder, backupKey, otherDatabase);
        });
    });
    QString text = tr("Restored from “%1”. The restored data are from %2 (the last change the backup holds).")
                       .arg(QDir::toNativeSeparators(result.restoredFrom), localDateTimeText(result.dataFromUtc));
    if (!result.safetyCopy.isEmpty())
        text += u'\n' +
                tr("The database as it was before is saved as “%1”.").arg(QDir::toNativeSeparators(result.safetyCopy));
    context.console.result({{QStringLiteral("restored_from"), result.restoredFrom},
                            {QStringLiteral("data_from"), isoOrNull(result.dataFromUtc)},
                            {QStringLiteral("safety_copy"), result.safetyCopy},
                            {QStringLiteral("safety_copy_verified"), result.safetyCopyVerified},
                            {QStringLiteral("audit_rows"), result.backupReport.auditRows},
                            {QStringLiteral("stored_unencrypted"), result.storedUnencrypted}},
                           text);
    // Nothing is weakened without a word (docs/SECURITY.md, "Backups and restore").
    if (result.storedUnencrypted)
        context.console.notice(tr("The backup “%1” is encrypted, but the database “%2” is not: the restored data "
                                  "are now stored in it without encryption. To encrypt the database: "
                                  "moodbiome-cli encrypt --new-passphrase-file %3.")
                                   .arg(QDir::toNativeSeparators(file),
                                        QDir::toNativeSeparators(context.database.path()), Placeholder::word(u"FILE")));
}

QString VerifyCommand::summary() const
{
    return tr("Check the database: SQLite's integrity_check, its schema, every link of the audit chain, the "
              "chain against the heads recorded outside it (the anchor file, the backups, --anchor %1 "
              "from a report or export), every data row against its last audited state, every questionnaire "
              "response scored again from its items, every stored date and UTC time, every adherence tick against "
              "its intervention's days, and SQLite's foreign_key_check. Exit 0 when all is well, 4 naming the first "
              "problem when not.")
        .arg(Placeholder::word(u"COUNT:HASH"));
}

void VerifyCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    VerifyAnchors anchors{.stored = true};
    if (const auto given = parsed.value(QStringLiteral("anchor"))) {
        const auto head = ChainHead::parse(*given);
        if (!head)
            throw CliError::input(QStringLiteral("anchor"),
                                  tr("“%1” is not an anchor: give %2, such as 42:3f9a0c1d2e4b5a6c (at least "
                                     "16 hex digits of the hash).")
                                      .arg(*given, Placeholder::word(u"COUNT:HASH")));
        anchors.given.append(*head);
    }
    const QString path = context.database.path();
    requireData(
        context.database,
        tr("There is no database at “%1” yet; there is nothing to verify.").arg(QDir::toNativeSeparators(path)));
    // Read-only: a damaged file stays exactly as it was found. One whose header is too damaged to open is
    // damage found (exit 4), not a database that cannot be used: only what verify cannot look at is exit 3.
    const VerifyReport report = [&] {
        try {
            return Verifier::verifyFile(path, Verifier::Depth::Full, anchors, context.database.passphrase());
        } catch (const StorageError& e) {
            using Code = StorageError::Code;
            if (e.code() == Code::Corrupt || e.code() == Code::NotADatabase || e.code() == Code::NotMoodBiome)
                throw CliError(ExitCode::Damaged, QStringLiteral("database"), e.message());
            throw;
        }
    }();
    const QString notRecorded = report.ok() ? record(path, context.database.passphrase(), report.toJson())
                                            : tr("A damaged database is not written to.");
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("database"), path);
    json.insert(QStringLiteral("recorded"), notRecorded.isEmpty());
    QString text = tr("Verified “%1”.").arg(QDir::toNativeSeparators(path)) + u'\n' + Verifier::describe(report);
    text += u'\n' + (notRecorded.isEmpty() ? tr("Recorded in the audit trail.")
                                           : tr("Not recorded in the audit trail: %1").arg(notRecorded));
    context.console.result(json, text);
    if (!report.ok())
        throw CliError(ExitCode::Damaged, QStringLiteral("database"), Verifier::problem(report));
}

QString VerifyCommand::record(const QString& path, const QByteArray& passphrase, const QJsonObject& details)
{
    try {
        const auto db = Database::open(
            path, {.create = false, .migrateTo = 0, .readOnlyWhenInUse = true, .passphrase = passphrase});
        if (db->isReadOnly())
            return db->readOnlyReason();
        AuditLog(*db).recordEvent(AuditLog::Action::Verify, QStringLiteral("database"), details);
        return {};
    } catch (const StorageError& e) {
        return e.message();
    }
}

} // namespace mb
