// The tidy CSV format of DESIGN.md: participant,date,time,measure,value,note — one value a row.
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
    QString measure;
    double value = 0;
    QString note;
};

class TidyCsvWriter {
public:
    // raw: codes and notes exactly as stored; otherwise made safe for spreadsheets (CsvWriter::spreadsheetSafe).
    explicit TidyCsvWriter(bool raw = false)
        : m_raw(raw)
    {
    }
    static QString header(); // "participant,date,time,measure,value,note\n"
    QString row(const TidyRow& row) const;

private:
    CsvWriter m_csv;
    bool m_raw;
};

} // namespace mb
