// Importing a CSV file into the database: checked whole first, then written in one transaction and one audit event.
#pragma once

#include "core/ImportParser.h"

#include <QCoreApplication>
#include <QSet>

#include <exception>
#include <functional>
#include <optional>

namespace mb {

class Store;

// What an import did, or (dry run, or with problems) would do.
struct ImportSummary {
    ImportFormat format = ImportFormat::Auto;
    CsvDialect dialect;
    qint64 rows = 0;         // data rows in the file
    qint64 entries = 0;      // journal entries written (or to be written)
    qint64 observations = 0; // values written (or to be written), duplicates left out
    QStringList participantsCreated;
    qint64 skippedDuplicates = 0;          // values identical to ones already stored, left out
    qint64 skippedQuestionnaireTotals = 0; // phq9_total etc.: a total alone is not a questionnaire response
    ImportProblems problems;
    QString sha256; // of the file's bytes, as recorded in the audit trail
    bool written = false;
};

// The file read and checked against the database, ready to be written.
struct ImportPlan {
    QString fileName;
    QString sha256;
    QString givenParticipant; // ImportOptions::participant: must exist, never created
    ImportBatch batch;
    ImportSummary summary;
};

// Thrown through the write when the progress callback asks to stop; the transaction is rolled back.
class ImportCancelled : public std::exception {
public:
    const char* what() const noexcept override { return "import cancelled"; }
};

class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    enum class Stage { Reading, Checking, Writing };
    // Returning false stops: while reading and checking the plan comes back cancelled; while writing
    // commit() throws ImportCancelled and nothing is written.
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    explicit Importer(Store& store);

    // Reads the file with the database's measures and checks it against the database: participants that
    // would be created, withdrawn or deleted participants, values already stored. Writes nothing.
    ImportPlan prepare(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                       const Progress& progress = {}) const;
    // Writes a plan without problems: participants, entries and one audit event, in one transaction, the
    // checks repeated inside it. Throws StorageError (InvalidInput for a plan with problems) or ImportCancelled.
    ImportSummary commit(const ImportPlan& plan, const Progress& progress = {});
    // prepare, then commit unless dryRun or the file has problems. Without dryRun and progress, the file is
    // read on another thread while this one writes what has been read, in one transaction; at the first
    // problem the write is abandoned, and the file read again as prepare() reads it, for the full report.
    ImportSummary run(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool dryRun,
                      const Progress& progress = {});

private:
    struct Resolved {
        QList<ImportRecord> records; // participantId set, except for participants still to be created
        QStringList newParticipants;
        qint64 duplicates = 0;
        qint64 observations = 0;
    };
    // Participants by code, problems for withdrawn or deleted ones, and the records left once values
    // identical to stored ones are dropped.
    Resolved resolve(const ImportPlan& plan, ImportProblems& problems) const;
    // Keys (date, time, measure, value) of a participant's stored values between two dates.
    QSet<QString> storedValues(const QString& code, QDate from, QDate to) const;
    static QString valueKey(QDate date, const std::optional<QTime>& time, const QString& measure, double value);
    ImportSummary summaryOf(const ImportPlan& plan, const Resolved& resolved) const;
    // run() reading and writing at once; nullopt (and nothing written) when the file has any problem.
    std::optional<ImportSummary> streamed(const QByteArray& bytes, const QString& fileName,
                                          const ImportOptions& options);

    Store& m_store;
};

} // namespace mb
