// What reading an import file gives: the entries it holds, how the file is written, and every problem found.
#pragma once

#include "core/CsvReader.h"
#include "core/JournalEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mb {

enum class ImportFormat { Auto, Tidy, Wide, Daylio };

QString toString(ImportFormat format); // "auto", "tidy", "wide", "daylio"
std::optional<ImportFormat> importFormatFromString(QStringView text);

// One problem: the physical line (0 = the file as a whole), the column or field, and what is wrong.
struct ImportProblem {
    qint64 line = 0;
    QString field;
    QString message;
    bool operator==(const ImportProblem&) const = default;
};

// Every problem is counted; the first shownLimit are kept, so that a file that is wrong on every one of a
// million lines still gives a readable list.
class ImportProblems {
public:
    static constexpr qsizetype shownLimit = 200;

    void add(qint64 line, const QString& field, const QString& message);
    const QList<ImportProblem>& shown() const { return m_shown; }
    qint64 count() const { return m_count; }
    qint64 notShown() const { return m_count - m_shown.size(); }
    bool isEmpty() const { return m_count == 0; }

private:
    QList<ImportProblem> m_shown;
    qint64 m_count = 0;
};

// One journal entry to be written, with the participant's code and the line it came from.
struct ImportRecord {
    qint64 line = 0;
    QString participant;
    JournalEntry entry; // participantId is filled in by the importer
    QStringList tags;   // names of the entry's tags (checked by core/Tag.h); the importer finds or makes them
};

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    // The participant of every row: required for Daylio files and for tables without a participant column;
    // for tables that have one, rows of anyone else are refused.
    QString participant;
    QMap<QString, int> moodMap; // Daylio label (lower case) -> level 1–5, besides or instead of the defaults
    QString language = QStringLiteral("en"); // of measure labels in messages
    // Messages name the import dialog's steps (the participant choice, the mood label table) instead of
    // command-line options.
    bool inDialog = false;
};

struct ImportBatch {
    ImportFormat format = ImportFormat::Auto; // as detected, or as asked for
    CsvDialect dialect;
    QStringList header;
    QList<CsvRecord> preview; // the first data rows as read
    QList<ImportRecord> records;
    qint64 rows = 0;                      // data rows read, blank ones not counted
    qint64 questionnaireTotals = 0;       // values of phq9_total etc. that were left out: a total is not a response
    QMap<QString, qint64> unmappedLabels; // Daylio mood labels without a level, with their row counts
    ImportProblems problems;
    bool cancelled = false;

    qint64 observationCount() const;
    QStringList participantCodes() const; // distinct, sorted
};

// Names of what was detected, for the import's summary and preview.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    static QString formatName(ImportFormat format);    // "tidy CSV"
    static QString separatorName(QChar separator);     // "comma (,)"
    static QString decimalMarkName(const CsvDialect&); // "decimal comma (7,5)"
    static QString encodingName(const CsvDialect&);    // "UTF-8", "Windows-1252 (not UTF-8)"
    static QString notShown(qint64 count);             // "… and 12 more problems, not listed"
};

} // namespace mb
