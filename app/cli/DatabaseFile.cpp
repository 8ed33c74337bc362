// Opening the command's database without ever creating a file that is not written to.
#include "cli/DatabaseFile.h"

#include "cli/CliError.h"
#include "core/Passphrase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace mb {

bool DatabaseFile::hasData() const
{
    const QFileInfo info(m_path);
    // A device or FIFO has no size, but is no missing database either: opening it says what it is.
    return info.exists() && (info.size() > 0 || !info.isFile());
}

QByteArray DatabaseFile::passphrase() const
{
    if (Database::hasUnreadableHeader(m_path))
        return m_passphrase.forDatabase(m_path);
    // A database that does not exist yet is created encrypted when a passphrase file is given (never asked for:
    // a command that creates a plain database must not stop at a prompt).
    if (hasData() || !m_passphrase.hasFile())
        return {};
    const QByteArray key = m_passphrase.forDatabase(m_path);
    if (const QString problem = Passphrase::problem(QString::fromUtf8(key)); !problem.isEmpty())
        throw CliError::input(QStringLiteral("passphrase-file"), problem + u' ' + tr("No database was created."));
    return key;
}

Database::Options DatabaseFile::withKey(Database::Options options) const
{
    options.passphrase = passphrase();
    return options;
}

std::unique_ptr<Store> DatabaseFile::openExisting() const
{
    if (!hasData())
        return nullptr;
    // Read-only while another MoodBiome program writes to it: reading works, a write says who holds it.
    return Store::open(m_path, withKey({.create = false, .readOnlyWhenInUse = true, .checkBeforeWriting = true}));
}

std::unique_ptr<Store> DatabaseFile::openExistingOrScratch(const QTemporaryDir& scratch) const
{
    if (auto store = openExisting())
        return store;
    return Store::open(scratch.filePath(QStringLiteral("scratch.sqlite")), Database::Options{.create = true});
}

void DatabaseFile::change(const std::function<void(Store&)>& change) const
{
    const bool hadData = hasData();
    const bool hadFile = QFileInfo::exists(m_path);
    // A log or index lying beside a missing or empty file is not ours to remove (it may hold the data).
    const bool hadWal = QFileInfo::exists(m_path + u"-wal");
    const bool hadShm = QFileInfo::exists(m_path + u"-shm");
    if (m_inDefaultLocation)
        makePrivateFolders(QFileInfo(m_path).absolutePath());
    try {
        const auto store = Store::open(m_path, withKey({.create = true, .checkBeforeWriting = true}));
        change(*store);
    } catch (...) {
        if (!hadData)
            discardCreated(hadFile, hadWal, hadShm);
        throw;
    }
}

void DatabaseFile::discardCreated(bool hadFile, bool hadWal, bool hadShm) const
{
    if (!hadWal)
        QFile::remove(m_path + u"-wal");
    if (!hadShm)
        QFile::remove(m_path + u"-shm");
    if (hadFile)
        QFile::resize(m_path, 0); // it was empty before
    else
        QFile::remove(m_path);
}

} // namespace mb
