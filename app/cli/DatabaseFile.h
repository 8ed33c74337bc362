// The database a command works on: opened only when needed, and created only to write into it.
#pragma once

#include "cli/PassphraseSource.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace mb {

class DatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(mb::DatabaseFile)
public:
    // inDefaultLocation: the GUI's shared location, whose folder may not exist yet.
    DatabaseFile(QString path, bool inDefaultLocation, PassphraseSource passphrase = {std::nullopt, {}})
        : m_path(std::move(path))
        , m_inDefaultLocation(inDefaultLocation)
        , m_passphrase(std::move(passphrase))
    {
    }

    const QString& path() const { return m_path; }
    // The key of an encrypted database (read from the passphrase file or asked for, once); empty for a plain one.
    // For a database not made yet: the passphrase file's key, if one is given, so that it is made encrypted.
    QByteArray passphrase() const;
    const PassphraseSource& passphraseSource() const { return m_passphrase; }
    // options with the key added, for opening this file.
    Database::Options withKey(Database::Options options) const;
    // A missing or empty file holds no MoodBiome data yet.
    bool hasData() const;

    // Every command's database is opened here (or by openForReading) with the check at open, so a damaged
    // file refuses every write, audit rows included.
    // The existing database, or nullptr when there is none yet; never creates a file.
    std::unique_ptr<Store> openExisting() const;
    // The existing database, or else a new empty one in scratch (for reading as if from an empty database,
    // without creating the command's file).
    std::unique_ptr<Store> openExistingOrScratch(const QTemporaryDir& scratch) const;
    // Opens the database, creating it when needed, and runs change on it. When change fails, a
    // database created for it is removed again, so that invalid input leaves nothing behind.
    void change(const std::function<void(Store&)>& change) const;

private:
    void discardCreated(bool hadFile, bool hadWal, bool hadShm) const;

    QString m_path;
    bool m_inDefaultLocation;
    PassphraseSource m_passphrase;
};

} // namespace mb
