// Writing tidy CSV rows with canonical dates, times and numbers.
#include "core/TidyCsv.h"

#include "core/DateText.h"
#include "core/Measure.h"

namespace mb {

QString TidyCsvWriter::header()
{
    return QStringLiteral("participant,date,time,measure,value,note\n");
}

QString TidyCsvWriter::row(const TidyRow& r) const
{
    const auto text = [this](const QString& cell) {
        return m_raw ? cell : CsvWriter::spreadsheetSafe(cell);
    };
    return m_csv.row({text(r.participant), isoDate(r.date), r.time ? hourMinute(*r.time) : QString(), r.measure,
                      plainNumber(r.value), text(r.note)});
}

} // namespace mb
