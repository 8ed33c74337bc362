// Writing tidy CSV rows with canonical dates, times and numbers.
#include "core/TidyCsv.h"

#include "core/DateText.h"
#include "core/Measure.h"

namespace mb {

QString csvNumber(double value, bool decimalComma)
{
    QString text = plainNumber(value);
    return decimalComma ? text.replace(u'.', u',') : text;
}

QString TidyCsvWriter::header(QChar separator)
{
    return QStringLiteral("participant,date,time,measure,value,note,tags\n").replace(u',', separator);
}

QString TidyCsvWriter::row(const TidyRow& r) const
{
    const auto text = [this](const QString& cell) {
        return m_raw ? cell : CsvWriter::spreadsheetSafe(cell);
    };
    return m_csv.row({text(r.participant), isoDate(r.date), r.time ? hourMinute(*r.time) : QString(), r.measure,
                      r.hasValue ? csvNumber(r.value, m_decimalComma) : QString(), text(r.note), text(r.tags)});
}

} // namespace mb
