// `backup --output FILE`, `restore FILE` and `verify`: copies, restores and checks of the database.
#pragma once

#include "cli/Command.h"

#include <memory>

namespace mb {

class Database;
class DatabaseFile;

class BackupCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QStringList words() const override { return {QStringLiteral("backup")}; }
    QString synopsis() const override { return Placeholder::fill(u"--output FILE"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("output")}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class RestoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QStringList words() const override { return {QStringLiteral("restore")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(u"FILE [--backup-passphrase-file FILE] [--other-database]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override
    {
        return {{QStringLiteral("backup-passphrase-file")}, {QStringLiteral("other-database"), false}};
    }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class VerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QStringList words() const override { return {QStringLiteral("verify")}; }
    QString synopsis() const override { return Placeholder::fill(u"[--anchor COUNT:HASH]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("anchor")}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    // Adds a verify event to the audit trail; returns why it could not, or an empty string.
    static QString record(const QString& path, const QByteArray& passphrase, const QJsonObject& details);
};

// Exit 3 with nothingToDo when there is no database yet.
void requireData(const DatabaseFile& file, const QString& nothingToDo);
// The database of a command that reads it and at most adds audit rows: never migrated, and read-only
// while another MoodBiome program writes to it.
std::unique_ptr<Database> openForReading(const DatabaseFile& file, const QString& nothingToDo);

} // namespace mb
