// What every export shares: which data (participant, dates), buffered writing with progress, and its audit event.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace mb {

class Statement;
class Store;

struct ExportFilter {
    QString participantCode;   // empty: everyone
    QDate from;                // invalid: no lower bound
    QDate to;                  // invalid: no upper bound
    bool includeNames = false; // display names and participant notes (JSON); pseudonymised by code otherwise
    // CSV text cells (codes, notes) exactly as stored. Otherwise a cell a spreadsheet would run as a formula
    // (=, +, -, @, tab, CR first) gets a single quote in front, which import removes again.
    bool rawCsv = false;
    QString fhirSystem;           // FHIR: the study's identifier system URI (empty: a MoodBiome default)
    bool fhirTransaction = false; // FHIR: a transaction Bundle with conditional creates instead of a collection
    // A merged site's participants only (the coordinating centre's `export --site`); bySite false: everyone.
    bool bySite = false;
    QSet<QString> siteParticipants;

    bool includes(const QString& code) const { return !bySite || siteParticipants.contains(code); }

    bool contains(QDate date) const { return (!from.isValid() || date >= from) && (!to.isValid() || date <= to); }
};

// One journal entry as the trial-system exports (REDCap, ODM) write it: date, time ("HH:mm", empty when none),
// note, and the values by measure key in the measures' display order.
struct DiaryEntry {
    QString date;
    QString time;
    QString note;
    QList<QPair<QString, double>> values;
};

// Visits the participant's live journal entries in the filter's dates, oldest first, from one ordered query. An
// entry holding what MoodBiome never stores is refused (requireExportable).
void forEachDiaryEntry(Store& store, const ExportFilter& filter, qint64 participantId, const QString& participantCode,
                       const std::function<void(const DiaryEntry&)>& visit);

// Where a row of an export's query has the entry's id, its local date, the measure's key and the value.
struct ObservationColumns {
    int entryId = 0;
    int date = 0;
    int measure = 0; // NULL for an entry without values (a note or tags alone): then only the date is checked
    int value = 0;
};

// A value or a date that the schema's triggers refuse and only the sqlite3 tool writes (around them): a value that
// is no finite number (JSON has none for an endless one, CSV wrote "inf"), text for a number, a date Qt cannot
// read (year 0, an empty one: the entry was written without a date). Every export refuses such a row: throws
// StorageError (Corrupt) naming the entry of participantCode, so that nothing is exported. Returns the entry's
// date. Call it first after a step: it asks for the value's stored type, which reading the value can change.
QDate requireExportable(const Statement& st, const ObservationColumns& columns, const QString& participantCode);

// The same for a date alone, where an export reads one: an entry's, a questionnaire response's, an intervention's
// start or end, an adherence tick's. A date Qt cannot read was written empty (an end date: the intervention as
// ongoing; a tick under the key "", or left out). The row's id is in column idColumn (a tick's: its intervention's),
// the date in dateColumn; an empty (NULL) end date is none and returns an invalid date.
enum class DatedRow { Entry, QuestionnaireResponse, InterventionStart, InterventionEnd, AdherenceTick };
QDate requireExportableDate(const Statement& st, DatedRow row, int idColumn, int dateColumn,
                            const QString& participantCode);

// How CSV exports are written: comma and decimal point (R, SPSS, re-import anywhere), or semicolon and
// decimal comma, as Excel reads a double-clicked file in a Dutch locale. JSON is the same in both.
enum class CsvStyle { Comma, SemicolonDecimalComma };

class ExportWriter {
public:
    // progress is told the rows written so far, now and then; it may throw to abandon the export.
    explicit ExportWriter(QIODevice& out, std::function<void(qint64 rows)> progress = {});

    // Buffers text; writes it out in large chunks. Throws StorageError when the device refuses.
    void write(const QString& text);
    void countRow() { ++m_rows; }
    qint64 rows() const { return m_rows; }
    void flush();

    void setCsvStyle(CsvStyle style) { m_style = style; }
    QChar separator() const { return m_style == CsvStyle::Comma ? u',' : u';'; }
    bool decimalComma() const { return m_style == CsvStyle::SemicolonDecimalComma; }

    // Records the export in the audit trail, unless the database is read-only.
    static void record(Store& store, const QString& format, const ExportFilter& filter, qint64 rows,
                       const QString& destination);

private:
    QIODevice& m_out;
    std::function<void(qint64)> m_progress;
    QString m_buffer;
    qint64 m_rows = 0;
    CsvStyle m_style = CsvStyle::Comma;
};

// Where an export goes. A regular file, new or existing, is written whole or not at all: a temporary file is
// renamed over it; a new one is readable by its owner only (0600) whatever the umask, since it holds clinical
// data. Something else that exists (/dev/stdout, /dev/null, a FIFO a program reads from) is written directly
// and never replaced by a file; a FIFO no program reads from is refused rather than waited on.
class ExportTarget {
public:
    explicit ExportTarget(QString path);
    ~ExportTarget();
    ExportTarget(const ExportTarget&) = delete;
    ExportTarget& operator=(const ExportTarget&) = delete;

    bool open(); // false: errorString() says why, and nothing was changed
    QIODevice& device();
    bool commit(); // false: errorString() says why; a regular file is left as it was
    QString errorString() const;

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    QString m_error;
};

// The message of a failed write: "the disk is full" for ENOSPC, otherwise the device's own words.
QString writeErrorText(const QIODevice& device);

} // namespace mb
