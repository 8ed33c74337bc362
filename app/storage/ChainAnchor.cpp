// Anchor files: one small JSON file per database, written with QSaveFile (a crash leaves the old or the new).
#include "storage/ChainAnchor.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>

namespace mb {

QJsonObject ChainHead::toJson() const
{
    return {{QStringLiteral("events"), events}, {QStringLiteral("head"), hash}};
}

std::optional<ChainHead> ChainHead::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,18}):([0-9a-fA-F]{16,64})$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    ChainHead head{match.captured(1).toLongLong(), match.captured(2).toLower(), {}};
    if (!head.isValid())
        return std::nullopt;
    return head;
}

bool ChainAnchor::Stored::witnessed(const Database& db, qint64 event) const
{
    for (const WitnessedRestore& restore : restores)
        if (restore.row.events == event && ChainAnchor::hashAt(db, event) == restore.row.hash)
            return true;
    return false;
}

qint64 ChainAnchor::Stored::witnessedFrom(const Database& db, qint64 event) const
{
    qint64 found = 0;
    for (const WitnessedRestore& restore : restores)
        if (restore.row.events >= event && restore.row.events > found &&
            ChainAnchor::hashAt(db, restore.row.events) == restore.row.hash)
            found = restore.row.events;
    return found;
}

bool ChainAnchor::Stored::restoredOverHead(const Database& db) const
{
    for (const WitnessedRestore& restore : restores)
        if (restore.replaced.events == head.events && restore.replaced.hash == head.hash &&
            ChainAnchor::hashAt(db, restore.row.events) == restore.row.hash)
            return true;
    return false;
}

namespace ChainAnchor {

namespace {

QString absolute(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isFile(const Database& db)
{
    return db.path() != u":memory:" && !db.path().isEmpty();
}

// Whether moving the anchor from old to now is legitimate: only forward, along the chain it records. What the
// trail says of itself (a restore row, a new database's first row, and their times) could have been written by
// anyone who has the file; a genuine restore or new database moves the anchor through startOver instead.
bool mayMove(const Database& db, const Stored& old, const ChainHead& now)
{
    return old.head.events <= now.events && hashAt(db, old.head.events) == old.head.hash;
}

// How many witnessed restores an anchor file keeps (the newest).
constexpr qsizetype maxWitnessed = 64;

QJsonArray toJson(const QList<WitnessedRestore>& restores)
{
    QJsonArray array;
    for (const WitnessedRestore& restore : restores) {
        QJsonObject json = restore.row.toJson();
        json.insert(QStringLiteral("replaced"), restore.replaced.text());
        array.append(json);
    }
    return array;
}

QList<WitnessedRestore> restoresFrom(const QJsonArray& array)
{
    QList<WitnessedRestore> restores;
    for (const QJsonValue& value : array) {
        const ChainHead row{value[QStringLiteral("events")].toInteger(), value[QStringLiteral("head")].toString(), {}};
        const auto replaced = ChainHead::parse(value[QStringLiteral("replaced")].toString());
        if (row.isValid())
            restores.append({row, replaced.value_or(ChainHead())});
    }
    return restores;
}

// The last restore_backup row of db's chain, or an invalid head.
ChainHead lastRestore(const Database& db)
{
    Statement st = db.prepare(u"SELECT id, hash FROM audit WHERE action = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, AuditLog::actionName(AuditLog::Action::RestoreBackup));
    return st.step() ? ChainHead{st.int64(0), st.text(1), {}} : ChainHead();
}

void keepNewest(QList<WitnessedRestore>& restores)
{
    if (restores.size() > maxWitnessed)
        restores.remove(0, restores.size() - maxWitnessed);
}

std::mutex& oneAtATime()
{
    static std::mutex mutex;
    return mutex;
}

void write(const QString& databasePath, const ChainHead& head, const QString& genesis,
           const QList<WitnessedRestore>& restores)
{
    const QString file = fileFor(databasePath);
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return;
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject json{{QStringLiteral("database"), absolute(databasePath)},
                           {QStringLiteral("events"), head.events},
                           {QStringLiteral("head"), head.hash},
                           {QStringLiteral("genesis"), genesis},
                           {QStringLiteral("restores"), toJson(restores)},
                           {QStringLiteral("updated_utc"), isoUtc(clock().nowUtc())}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (out.commit())
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

ChainHead head(const Database& db)
{
    try {
        Statement st = db.prepare(u"SELECT id, hash, at_utc FROM audit ORDER BY id DESC LIMIT 1");
        if (!st.step())
            return {};
        return {st.int64(0), st.text(1), QDateTime::fromString(st.text(2), Qt::ISODate)};
    } catch (const StorageError&) {
        return {};
    }
}

QString hashAt(const Database& db, qint64 id)
{
    Statement st = db.prepare(u"SELECT hash FROM audit WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

QString fileFor(const QString& databasePath)
{
    const QByteArray key =
        QCryptographicHash::hash(absolute(databasePath).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("audit-anchors/") + QString::fromLatin1(key) + QStringLiteral(".json"));
}

std::optional<Stored> stored(const QString& databasePath)
{
    QFile file(fileFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Stored result;
    result.head = {json.value(QStringLiteral("events")).toInteger(), json.value(QStringLiteral("head")).toString(), {}};
    result.genesis = json.value(QStringLiteral("genesis")).toString();
    result.updatedUtc = QDateTime::fromString(json.value(QStringLiteral("updated_utc")).toString(), Qt::ISODate);
    result.restores = restoresFrom(json.value(QStringLiteral("restores")).toArray());
    result.file = file.fileName();
    if (!result.head.isValid())
        return std::nullopt;
    return result;
}

void afterCommit(const Database& db) noexcept
{
    if (!isFile(db) || db.isReadOnly())
        return;
    // Connections on several threads (the window's, a worker's backup or import) commit to one file: one at a time
    // reads the head and moves the anchor, so an older head read by one never replaces a newer one written by another.
    const std::lock_guard lock(oneAtATime());
    try {
        const ChainHead now = head(db);
        if (!now.isValid())
            return;
        const auto old = stored(db.path());
        if (old && old->head.events == now.events && old->head.hash == now.hash)
            return;
        if (old && !mayMove(db, *old, now) && !old->restoredOverHead(db))
            return;
        write(db.path(), now, hashAt(db, 1), old ? old->restores : QList<WitnessedRestore>());
    } catch (...) {
        // The anchor stays where it was; verify still checks the trail itself.
    }
}

void startOver(const Database& db, StartOver why) noexcept
{
    if (!isFile(db) || db.isReadOnly())
        return;
    const std::lock_guard lock(oneAtATime());
    try {
        const ChainHead now = head(db);
        if (!now.isValid())
            return;
        QList<WitnessedRestore> restores; // a new database has none
        if (why == StartOver::Restore) {
            const auto old = stored(db.path());
            if (old)
                restores = old->restores; // a later restore may bring that history back (the safety copy)
            const ChainHead row = lastRestore(db);
            const bool announced = std::any_of(restores.cbegin(), restores.cend(), [&](const WitnessedRestore& r) {
                return r.row.events == row.events && r.row.hash == row.hash;
            });
            if (row.isValid() && !announced)
                restores.append({row, old ? old->head : ChainHead()});
            keepNewest(restores);
        }
        write(db.path(), now, hashAt(db, 1), restores);
    } catch (...) {
        // The anchor stays where it was: verify then reports the new chain against it (see THREAT_MODEL.md).
    }
}

void beforeRestore(const Database& db, const Database& restored) noexcept
{
    if (!isFile(db) || db.isReadOnly())
        return;
    const std::lock_guard lock(oneAtATime());
    try {
        const ChainHead row = lastRestore(restored);
        if (!row.isValid())
            return;
        const auto old = stored(db.path());
        const ChainHead at = old ? old->head : head(db);
        if (!at.isValid())
            return; // nothing anchored yet: startOver writes the first anchor
        QList<WitnessedRestore> restores = old ? old->restores : QList<WitnessedRestore>();
        restores.append({row, at});
        keepNewest(restores);
        write(db.path(), at, old ? old->genesis : hashAt(db, 1), restores);
    } catch (...) {
        // startOver still moves the anchor after the restore.
    }
}

} // namespace ChainAnchor
} // namespace mb
