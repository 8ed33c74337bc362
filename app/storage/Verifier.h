// Checking a database: SQLite's integrity check, that it is ours, and every link of the audit chain.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace mb {

class Database;

struct VerifyReport {
    QString check;                 // "integrity_check" or "quick_check"
    QStringList integrityProblems; // what the check reported; empty when it said "ok"
    bool ours = true;              // the application id is MoodBiome's
    int schemaVersion = 0;
    qint64 auditRows = 0;      // rows whose links were checked
    qint64 firstBrokenRow = 0; // id of the first row that breaks the chain; 0 when none or unknown
    QString chainProblem;      // why the chain is broken; empty when it is intact
    QDateTime firstChangeUtc;  // of the rows checked
    QDateTime lastChangeUtc;
    QDateTime lastDataChangeUtc; // of the last row that changed data: not a backup, verify or export

    bool integrityOk() const { return integrityProblems.isEmpty(); }
    bool chainOk() const { return chainProblem.isEmpty(); }
    bool ok() const { return ours && integrityOk() && chainOk(); }
    QJsonObject toJson() const;
};

// An ISO-8601 UTC time for JSON, or null when there is none.
QJsonValue isoOrNull(const QDateTime& utc);

class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    enum class Depth {
        Quick, // PRAGMA quick_check: seconds for any size, for every start of the app
        Full   // PRAGMA integrity_check: also indexes against their tables
    };

    static VerifyReport verify(Database& db, Depth depth = Depth::Full);
    // Opens path read-only (never migrating or writing) and verifies it. Throws StorageError for a file
    // that is not a MoodBiome database at all, or one from a newer version.
    static VerifyReport verifyFile(const QString& path, Depth depth = Depth::Full);

    // One paragraph for people: what was checked and what was found.
    static QString describe(const VerifyReport& report);
    // The first problem in a sentence (the broken row and why); empty when the report is ok.
    static QString problem(const VerifyReport& report);

private:
    static QStringList integrityCheck(Database& db, Depth depth);
    static void checkChain(Database& db, VerifyReport& report);
    static void checkProtections(Database& db, VerifyReport& report);
};

} // namespace mb
