// Checking a database: SQLite's integrity check, that it is ours, and every link of the audit chain.
#pragma once

#include "storage/ChainAnchor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;

namespace mb {

class AuditReplay;
class Database;

struct VerifyReport {
    QString check;                 // "integrity_check" or "quick_check"
    QStringList integrityProblems; // what the check reported; empty when it said "ok"
    bool ours = true;              // the application id is MoodBiome's
    QStringList schemaProblems;    // tables, indexes, triggers or views that differ from the ones MoodBiome makes
    int schemaVersion = 0;
    qint64 auditRows = 0;      // rows whose links were checked
    qint64 firstBrokenRow = 0; // id of the first row that breaks the chain; 0 when none or unknown
    QString chainProblem;      // why the chain is broken; empty when it is intact
    QDateTime firstChangeUtc;  // of the rows checked
    QDateTime lastChangeUtc;
    QDateTime lastDataChangeUtc; // of the last row that changed data: not a backup, verify or export
    ChainHead head;              // the last row checked: how many events, and its hash
    int anchorsChecked = 0;      // heads recorded outside the database that were compared with the chain
    QStringList anchorProblems;  // anchors the chain does not contain: it was cut short or rewritten
    qint64 rowsReplayed = 0;     // live rows compared with their last audited state (full check only)
    QStringList dataProblems;    // rows that differ from the audit trail, or have no record in it

    bool integrityOk() const { return integrityProblems.isEmpty(); }
    bool chainOk() const { return chainProblem.isEmpty(); }
    bool schemaOk() const { return schemaProblems.isEmpty(); }
    bool anchorsOk() const { return anchorProblems.isEmpty(); }
    bool dataOk() const { return dataProblems.isEmpty(); }
    bool ok() const { return ours && integrityOk() && schemaOk() && chainOk() && anchorsOk() && dataOk(); }
    QJsonObject toJson() const;
};

// An ISO-8601 UTC time for JSON, or null when there is none.
QJsonValue isoOrNull(const QDateTime& utc);

// Heads of the chain to compare with. Only the live database is held to them: a backup is older by nature.
struct VerifyAnchors {
    bool stored = false;    // the anchor file beside the settings, and the backups in the database's backups folder
    QList<ChainHead> given; // verify --anchor COUNT:HASH
};

class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    enum class Depth {
        Quick, // PRAGMA quick_check: seconds for any size, for every start of the app
        Full   // PRAGMA integrity_check: also indexes against their tables
    };

    static VerifyReport verify(Database& db, Depth depth = Depth::Full, const VerifyAnchors& anchors = {});
    // Opens path read-only (never migrating or writing) and verifies it; an encrypted file with passphrase.
    // Throws StorageError for a file that is not a MoodBiome database at all, one from a newer version, or an
    // encrypted one without its passphrase.
    static VerifyReport verifyFile(const QString& path, Depth depth = Depth::Full, const VerifyAnchors& anchors = {},
                                   const QByteArray& passphrase = {});

    // One paragraph for people: what was checked and what was found.
    static QString describe(const VerifyReport& report);
    // The first problem in a sentence (the broken row and why); empty when the report is ok.
    static QString problem(const VerifyReport& report);

private:
    // checker: a connection to the same file that reads its CHECK constraints (verifyFile), or nullptr for db's.
    static VerifyReport verify(Database& db, Depth depth, const VerifyAnchors& anchors, sqlite3* checker);
    static QStringList integrityCheck(Database& db, Depth depth, sqlite3* checker);
    static void checkChain(Database& db, VerifyReport& report, AuditReplay* replay);
    static void checkAnchors(Database& db, VerifyReport& report, const VerifyAnchors& anchors);
    static void checkBackups(Database& db, VerifyReport& report, const std::optional<ChainAnchor::Stored>& stored,
                             const std::function<bool(const ChainHead&)>& holds,
                             const std::function<void(const QString&, const ChainHead&)>& fail);
    static void checkProtections(Database& db, VerifyReport& report);
};

} // namespace mb
