// The three rewrites of Encryption::rewrite from the command line, with their passphrases from files or the terminal.
#include "cli/SecurityCommands.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "storage/Database.h"
#include "storage/Encryption.h"

#include <QDir>
#include <QJsonArray>

namespace mb {

namespace {
const QString newPassphraseFile = QStringLiteral("new-passphrase-file");
}

QStringList SecurityCommand::words() const
{
    switch (m_change) {
    case Change::Encrypt:
        return {QStringLiteral("encrypt")};
    case Change::Decrypt:
        return {QStringLiteral("decrypt")};
    case Change::Rekey:
        break;
    }
    return {QStringLiteral("rekey")};
}

QString SecurityCommand::synopsis() const
{
    return m_change == Change::Decrypt ? QString() : Placeholder::fill(u"[--new-passphrase-file FILE]");
}

QString SecurityCommand::summary() const
{
    switch (m_change) {
    case Change::Encrypt:
        return tr("Encrypt the database with a new passphrase (asked twice on a terminal, or the first line of "
                  "--new-passphrase-file). Written into a new file that is checked before it replaces the old one.");
    case Change::Decrypt:
        return tr("Store the encrypted database as a plain SQLite file again (checked before it replaces the "
                  "encrypted one).");
    case Change::Rekey:
        break;
    }
    return tr("Give the encrypted database a new passphrase (the data are rewritten under the new key and checked).");
}

QList<OptionSpec> SecurityCommand::options() const
{
    if (m_change == Change::Decrypt)
        return {};
    return {{newPassphraseFile}};
}

void SecurityCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    const QString path = context.database.path();
    const QString name = QDir::toNativeSeparators(path);
    if (!context.database.hasData())
        throw CliError(ExitCode::DatabaseUnusable, QStringLiteral("database"),
                       tr("There is no database at “%1” yet.").arg(name));
    const bool encrypted = Database::hasUnreadableHeader(path);
    if (m_change == Change::Encrypt && encrypted)
        throw CliError::input(QStringLiteral("database"), tr("“%1” is already encrypted (or not a database); to "
                                                             "change its passphrase, use rekey.")
                                                              .arg(name));
    if (m_change != Change::Encrypt && !encrypted)
        throw CliError::input(QStringLiteral("database"),
                              m_change == Change::Decrypt
                                  ? tr("“%1” is not encrypted; there is nothing to decrypt.").arg(name)
                                  : tr("“%1” is not encrypted; use encrypt to give it a passphrase.").arg(name));
    const QByteArray current = context.database.passphrase();
    if (encrypted) // check the current passphrase before asking for a new one
        Database::open(path, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = current});
    const QByteArray next = m_change == Change::Decrypt
                                ? QByteArray()
                                : PassphraseSource::newPassphrase(parsed.value(newPassphraseFile), newPassphraseFile);
    const EncryptionResult result = Encryption::rewrite(path, current, next);
    QJsonArray plain;
    for (const QString& file : result.plainBackups)
        plain.append(file);
    context.console.result({{QStringLiteral("database"), path},
                            {QStringLiteral("encrypted"), result.encrypted},
                            {QStringLiteral("rows"), result.rows},
                            {QStringLiteral("verification"), result.report.toJson()},
                            {QStringLiteral("plain_backups"), plain}},
                           doneText(result));
}

QString SecurityCommand::doneText(const EncryptionResult& result) const
{
    const QString name = QDir::toNativeSeparators(result.path);
    QString text;
    switch (m_change) {
    case Change::Encrypt:
        text = tr("Encrypted “%1”: %n row(s) rewritten and checked.", nullptr, int(result.rows)).arg(name);
        break;
    case Change::Decrypt:
        text = tr("Decrypted “%1”: %n row(s) rewritten and checked. It is a plain SQLite file now.", nullptr,
                  int(result.rows))
                   .arg(name);
        break;
    case Change::Rekey:
        text = tr("“%1” has a new passphrase: %n row(s) rewritten and checked.", nullptr, int(result.rows)).arg(name);
        break;
    }
    if (result.encrypted && !result.plainBackups.isEmpty())
        text += u'\n' + tr("%n older backup(s) in “%1” are not encrypted; delete them if they should not be kept.",
                           nullptr, int(result.plainBackups.size()))
                            .arg(QDir::toNativeSeparators(QFileInfo(result.plainBackups.first()).absolutePath()));
    return text;
}

} // namespace mb
