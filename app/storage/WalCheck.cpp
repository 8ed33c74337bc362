// SQLite applies whatever valid log lies beside a database, whichever database wrote it. A log records, in
// each commit frame, the size of the database after the commit, and page 1 (the header with its change
// counter and size) whenever the size changes; both must follow on from the database file.
#include "storage/WalCheck.h"

#include "storage/InstanceLock.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <optional>

namespace mb {

namespace {

constexpr qint64 walHeaderSize = 32;
constexpr qint64 frameHeaderSize = 24;
constexpr quint32 walMagic = 0x377f0682; // | 1: checksums of big-endian words
constexpr quint32 walVersion = 3007000;

quint32 be32(const char* bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

// SQLite's WAL checksum: two running sums over pairs of 32-bit words.
void addChecksum(bool bigEndian, const char* data, qint64 size, quint32& s0, quint32& s1)
{
    for (qint64 i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

bool validPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

// What a page 1 says about its database.
struct Header {
    quint32 changeCounter = 0;
    std::optional<quint32> pages; // the in-header size, when valid (version-valid-for equals the counter)
};

Header headerOf(const QByteArray& page1)
{
    Header header;
    if (page1.size() < 100)
        return header;
    header.changeCounter = be32(page1.constData() + 24);
    const quint32 pages = be32(page1.constData() + 28);
    if (pages != 0 && be32(page1.constData() + 92) == header.changeCounter)
        header.pages = pages;
    return header;
}

struct DatabaseFile {
    QByteArray page1; // empty for an empty file
    quint32 pageSize = 0;
    qint64 fileSize = 0;
};

DatabaseFile readDatabase(const QString& path)
{
    DatabaseFile db;
    const auto start = InstanceLock::readStart(path, 65536); // the largest page; never closes what SQLite locks
    if (!start)
        return db;
    db.fileSize = start->size;
    if (start->bytes.size() < 100)
        return db;
    const quint32 raw = qFromBigEndian<quint16>(start->bytes.constData() + 16);
    db.pageSize = raw == 1 ? 65536 : raw;
    if (!validPageSize(db.pageSize))
        return db;
    db.page1 = start->bytes.left(db.pageSize);
    return db;
}

struct Frame {
    quint32 page = 0;
    quint32 pagesAfterCommit = 0; // 0 for a frame that does not end a transaction
    QByteArray data;              // kept for page 1 only
};

// The frames SQLite would apply: valid salts and checksums, up to the last commit.
QList<Frame> committedFrames(QFile& wal, quint32& pageSize)
{
    const QByteArray header = wal.read(walHeaderSize);
    if (header.size() < walHeaderSize)
        return {};
    const quint32 magic = be32(header.constData());
    pageSize = be32(header.constData() + 8);
    if ((magic & ~1u) != walMagic || be32(header.constData() + 4) != walVersion || !validPageSize(pageSize))
        return {}; // SQLite ignores such a log
    const bool bigEndian = (magic & 1u) != 0;
    quint32 s0 = 0;
    quint32 s1 = 0;
    addChecksum(bigEndian, header.constData(), 24, s0, s1);
    if (s0 != be32(header.constData() + 24) || s1 != be32(header.constData() + 28))
        return {};
    const QByteArray salts = header.mid(16, 8);

    QList<Frame> frames;
    qsizetype committed = 0;
    while (true) {
        const QByteArray frameHeader = wal.read(frameHeaderSize);
        const QByteArray data = wal.read(pageSize);
        if (frameHeader.size() < frameHeaderSize || data.size() < qsizetype(pageSize))
            break;
        if (frameHeader.mid(8, 8) != salts)
            break;
        addChecksum(bigEndian, frameHeader.constData(), 8, s0, s1);
        addChecksum(bigEndian, data.constData(), data.size(), s0, s1);
        if (s0 != be32(frameHeader.constData() + 16) || s1 != be32(frameHeader.constData() + 20))
            break;
        Frame frame{be32(frameHeader.constData()), be32(frameHeader.constData() + 4), {}};
        if (frame.page == 0)
            break;
        if (frame.page == 1)
            frame.data = data;
        frames.append(frame);
        if (frame.pagesAfterCommit != 0)
            committed = frames.size();
    }
    frames.resize(committed);
    return frames;
}

// Why the log cannot belong to the database, or an empty string when it can.
QString mismatch(const DatabaseFile& db, const QList<Frame>& frames, quint32 walPageSize)
{
    if (frames.isEmpty())
        return {};
    if (db.page1.isEmpty())
        return StorageText::tr("the database file holds no pages the log could follow on from");
    if (walPageSize != db.pageSize)
        return StorageText::tr("the log has pages of %1 bytes, the database of %2").arg(walPageSize).arg(db.pageSize);

    // A checkpoint copies frames into the file as they are: page 1 of the file may be one of the log's.
    bool checkpointed = false;
    for (const Frame& frame : frames)
        checkpointed = checkpointed || (frame.page == 1 && frame.data == db.page1);

    const Header file = headerOf(db.page1);
    const quint32 pagesOnDisk = quint32(db.fileSize / db.pageSize);
    std::optional<Header> current; // page 1 as of the frame being read; unknown before the first one
    bool seenPage1 = false;
    for (const Frame& frame : frames) {
        if (frame.page == 1) {
            const Header next = headerOf(frame.data);
            // A writer stamps page 1 with the counter it read plus one; a connection whose page 1 was
            // still cached stamps the same number again.
            if (!seenPage1 && !checkpointed && next.changeCounter != file.changeCounter &&
                next.changeCounter != file.changeCounter + 1)
                return StorageText::tr("the log continues from change %1 of a database, this one is at change %2")
                    .arg(next.changeCounter)
                    .arg(file.changeCounter);
            current = next;
            seenPage1 = true;
        }
        if (frame.pagesAfterCommit == 0)
            continue;
        if (seenPage1) {
            if (current->pages && *current->pages != frame.pagesAfterCommit)
                return StorageText::tr("a transaction in the log leaves %1 pages where its own header says %2")
                    .arg(frame.pagesAfterCommit)
                    .arg(*current->pages);
        } else if (!checkpointed && frame.pagesAfterCommit != pagesOnDisk &&
                   (!file.pages || frame.pagesAfterCommit != *file.pages)) {
            return StorageText::tr("the log is for a database of %1 pages, this one has %2")
                .arg(frame.pagesAfterCommit)
                .arg(file.pages.value_or(pagesOnDisk));
        }
    }
    return {};
}

} // namespace

void checkWalBelongs(const QString& databasePath)
{
    const QString walPath = databasePath + u"-wal";
    // A writer may check the log into the file while it is read: page 1 read before and after must agree.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QFile wal(walPath);
        if (!wal.open(QIODevice::ReadOnly) || wal.size() < walHeaderSize + frameHeaderSize)
            return; // no log, or none SQLite would apply
        const DatabaseFile before = readDatabase(databasePath);
        quint32 walPageSize = 0;
        const QList<Frame> frames = committedFrames(wal, walPageSize);
        const QString problem = mismatch(before, frames, walPageSize);
        if (readDatabase(databasePath).page1 != before.page1)
            continue;
        if (problem.isEmpty())
            return;
        const QString name = QFileInfo(databasePath).fileName();
        throw StorageError(
            StorageError::Code::CannotOpen, // the database may be fine: what is refused is the file beside it
            StorageText::tr("“%1-wal” does not belong to “%1” (%2). SQLite would merge it into the "
                            "database, so MoodBiome did not open it; both files were left unchanged. "
                            "Move “%1-wal” away if it was copied there by mistake.")
                .arg(name, problem));
    }
}

void checkJournalBelongs(const QString& databasePath)
{
    const QString journalPath = databasePath + u"-journal";
    if (QFileInfo(journalPath).size() == 0)
        return; // none, or nothing SQLite would roll back
    const DatabaseFile db = readDatabase(databasePath);
    // Header bytes 18 and 19, the file format's write and read versions: 2 for WAL mode, 1 for a rollback journal.
    const bool walMode = db.page1.size() >= 100 && db.page1.at(18) == 2 && db.page1.at(19) == 2;
    if (!walMode)
        return; // a file in rollback mode (a backup, a restore across page sizes): its journal is SQLite's to roll back
    const QString name = QFileInfo(databasePath).fileName();
    throw StorageError(StorageError::Code::CannotOpen,
                       StorageText::tr("“%1-journal” does not belong to “%1”: a MoodBiome database keeps a write-ahead "
                                       "log, never a rollback journal, and SQLite would roll that journal's pages into "
                                       "the database. MoodBiome did not open it; both files were left unchanged. Move "
                                       "“%1-journal” away if it was copied there by mistake.")
                           .arg(name));
}

} // namespace mb
