// Turning CSV rows into journal entries: the shared field checks and the tidy and wide table layouts.
#pragma once

#include "core/ImportBatch.h"
#include "core/Measure.h"

#include <QCoreApplication>
#include <QHash>

namespace mb {

// Reads one kind of field, and records a problem naming line and field when it is not acceptable.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
public:
    FieldReader(const QList<Measure>& measures, const ImportOptions& options, bool decimalComma);

    const ImportOptions& options() const { return m_options; }
    // A measure by key, or by its English or Dutch label (case-insensitive).
    const Measure* measure(QStringView name) const;
    // phq9_total, gad7_total, pss10_total, who5_percent: exported, but a total alone is no questionnaire response.
    static bool isQuestionnaireTotal(QStringView key);
    QString knownMeasureKeys() const;

    std::optional<QString> participant(qint64 line, QStringView text, ImportProblems& problems) const;
    std::optional<QDate> date(qint64 line, const QString& field, QStringView text, ImportProblems& problems) const;
    // Empty text is no time; false when the text is not a time.
    bool time(qint64 line, QStringView text, std::optional<QTime>& time, ImportProblems& problems) const;
    // Tag names from one "a|b" cell (docs/FILE_FORMATS.md "Tags"); nullopt (and a problem) when one cannot be a tag.
    std::optional<QStringList> tags(qint64 line, const QString& text, ImportProblems& problems) const;
    std::optional<double> value(qint64 line, const QString& field, const Measure& measure, QStringView text,
                                ImportProblems& problems) const;
    // The value when it lies within the measure's range.
    std::optional<double> checked(qint64 line, const QString& field, const Measure& measure, double value,
                                  ImportProblems& problems) const;

private:
    QList<Measure> m_measures;
    QHash<QString, qsizetype> m_byName; // key and lower-case labels -> index
    ImportOptions m_options;
    bool m_decimalComma;
    // Rows repeat their measure and participant: the last text looked up and what it gave, so that a
    // million-row file does not make a million lower-case copies.
    mutable QString m_lastName;
    mutable const Measure* m_lastMeasure = nullptr;
    mutable QString m_lastCodeText;
    mutable QString m_lastCode;
    // Tag cells repeat too ("coffee|running"): the names of the cells read so far that were all good, up to a
    // bound, so that a million rows split and check a few hundred distinct cells.
    static constexpr qsizetype maxTagCells = 1024;
    mutable QHash<QString, QStringList> m_tagCells;
};

// One layout of rows (tidy, wide, Daylio): reads the header once, then each data row.
class ImportRows {
public:
    explicit ImportRows(const FieldReader& fields)
        : m_fields(fields)
    {
    }
    virtual ~ImportRows() = default;
    // Records a problem on line 1 for each thing wrong with the header; false when rows cannot be read at all
    // (a column they need is missing).
    virtual bool readHeader(const QStringList& header, ImportBatch& batch) = 0;
    virtual void readRow(const CsvRecord& record, ImportBatch& batch) = 0;

protected:
    // Column positions by role, from English or Dutch header names; -1 where absent.
    struct Columns {
        int participant = -1, date = -1, time = -1, measure = -1, value = -1, note = -1, tags = -1;
        QList<int> others;     // every other column
        QList<int> duplicates; // a second column of a role already taken ("value" twice)
    };
    // A problem for each duplicated column.
    static void reportDuplicates(const Columns& columns, const QStringList& header, ImportBatch& batch);
    static Columns tableColumns(const QStringList& header);
    // The row's participant: its column, or the one given for the whole file.
    std::optional<QString> participantOf(const CsvRecord& record, int column, ImportBatch& batch) const;
    bool hasColumnCount(const CsvRecord& record, qsizetype expected, ImportBatch& batch) const;
    void requireParticipantSource(int column, ImportBatch& batch) const;

    const FieldReader& m_fields;
    Columns m_columns;           // tidy and wide layouts
    qsizetype m_columnCount = 0; // of the header: every row must have as many
};

// participant,date,time,measure,value,note — one value a row. Consecutive rows of one participant, date and
// time with different measures become one entry, as the export writes them; their notes are merged (a note
// on only one of the rows is the entry's note).
class TidyRows final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
public:
    using ImportRows::ImportRows;
    bool readHeader(const QStringList& header, ImportBatch& batch) override;
    void readRow(const CsvRecord& record, ImportBatch& batch) override;

private:
    void readBareRow(const CsvRecord& record, ImportBatch& batch);
    static ImportRecord newRecord(qint64 line, const QString& participant, QDate date, std::optional<QTime> time,
                                  const QString& note, const QStringList& tags);
    bool m_previousRowOpen = false; // the last record may still take values of the next row
    int m_lastSortOrder = 0;        // display order of the last measure that record took
};

// participant,date,<one column per measure> — one entry a row.
class WideRows final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
public:
    using ImportRows::ImportRows;
    bool readHeader(const QStringList& header, ImportBatch& batch) override;
    void readRow(const CsvRecord& record, ImportBatch& batch) override;

private:
    QList<std::pair<int, const Measure*>> m_measures; // column -> measure
    QList<int> m_totals;                              // columns of questionnaire totals, left out
};

} // namespace mb
