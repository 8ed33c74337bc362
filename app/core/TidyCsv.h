// The tidy CSV format of docs/FILE_FORMATS.md "Tidy CSV": participant,date,time,measure,value,note,tags — one value
// a row.
#pragma once

#include "core/CsvWriter.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace mb {

struct TidyRow {
    QString participant;
    QDate date;
    std::optional<QTime> time;
    QString measure; // empty, with hasValue false: an entry without values (a note or tags alone)
    double value = 0;
    QString note;
    QString tags;         // the entry's tag names joined with "|" (core/Tag.h joinTagNames)
    qint64 entryId = 0;   // where the row came from the database: its entry
    bool hasValue = true; // false: the entry has no values (measure and value are left empty)
};

// A number as a CSV cell: plainNumber, with a decimal comma when asked (for the semicolon dialect).
QString csvNumber(double value, bool decimalComma);

class TidyCsvWriter {
public:
    // raw: codes and notes exactly as stored; otherwise made safe for spreadsheets (CsvWriter::spreadsheetSafe).
    explicit TidyCsvWriter(QChar separator = u',', bool decimalComma = false, bool raw = false)
        : m_csv(separator)
        , m_decimalComma(decimalComma)
        , m_raw(raw)
    {
    }
    static QString header(QChar separator = u','); // "participant,date,time,measure,value,note,tags\n"
    QString row(const TidyRow& row) const;

private:
    CsvWriter m_csv;
    bool m_decimalComma = false;
    bool m_raw = false;
};

} // namespace mb
