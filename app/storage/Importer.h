// Importing a CSV file into the database: one pipeline (reader → resolver → sink) for the dry run, the dialog's
// preview and the write, which goes in one transaction and one audit event.
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
    QStringList participantCodes; // every participant the file has rows for (refused ones left out), sorted
    QStringList tagsCreated;      // tags the file names that the database lacked (archived ones are reused)
    qint64 skippedDuplicates = 0; // values identical to ones already stored, left out
    qint64 entriesTagged = 0; // entries stored already (same values, same note or an older import's note) given tags
    qint64 skippedQuestionnaireTotals = 0; // phq9_total etc.: a total alone is not a questionnaire response
    ImportProblems problems;
    QString sha256; // of the file's bytes, as recorded in the audit trail
    bool written = false;
};

// The file read and checked against the database, ready to be written. The batch has no records: commit()
// reads the file again as it writes, on another thread.
struct ImportPlan {
    QString fileName;
    QByteArray bytes;
    ImportOptions options;
    QString sha256;
    QString givenParticipant; // ImportOptions::participant: must exist, never created
    ImportBatch batch;        // how the file is written, its preview and its problems; records are not kept
    ImportSummary summary;
};

// Thrown through the write when the progress callback asks to stop; the transaction is rolled back.
class ImportCancelled : public std::exception {
public:
    const char* what() const noexcept override { return "import cancelled"; }
};

// The file is read on a thread of its own and handed over in chunks of records; this thread resolves them
// (ImportResolver: participants, refusals, values already stored) and gives them to a sink that counts them
// (dry run, preview) or writes them (BulkJournalWriter). Progress is an optional observer called on this thread
// as chunks come in; it never changes the way the file is read or written.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    enum class Stage { Reading, Checking, Writing };
    // done and total in characters of the file's text (total,total at the end). Returning false stops: while
    // reading and checking the plan comes back cancelled; while writing commit() throws ImportCancelled and
    // nothing is written.
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    explicit Importer(Store& store);

    // A file to import, read as core/CsvReader::readFile reads it, but never a database this process has open
    // (the import dialog offers every file): reading it would close a descriptor of that file, and with it the
    // locks SQLite holds on it (storage/InstanceLock.h). Nothing, with error set, when it cannot be read.
    static std::optional<QByteArray> readFile(const QString& path, QString& error);

    // Reads the file with the database's measures and checks it against the database: participants that
    // would be created, withdrawn or deleted participants, values already stored. Writes nothing.
    ImportPlan prepare(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                       const Progress& progress = {}) const;
    // Writes a plan without problems: participants, entries and one audit event, in one transaction, the file
    // read and checked again as it is written. Throws StorageError (InvalidInput for a plan with problems, or
    // when the database has moved on so that it has some now) or ImportCancelled.
    ImportSummary commit(const ImportPlan& plan, const Progress& progress = {});
    // With dryRun, prepare(). Otherwise the file is written as it is read, in one transaction; at the first
    // problem the write is abandoned, and the file read again as prepare() reads it, for the full report.
    ImportSummary run(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool dryRun,
                      const Progress& progress = {});

private:
    class Pipeline;
    // The write; nullopt (and nothing written) when the file or the database has any problem with it.
    std::optional<ImportSummary> write(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                                       const Progress& progress);
    // A write that came to nothing, explained by a dry run of the same file.
    [[noreturn]] void refuse(const ImportPlan& plan) const;

    Store& m_store;
};

} // namespace mb
