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
    return m_csv.row({r.participant, isoDate(r.date), r.time ? hourMinute(*r.time) : QString(), r.measure,
                      plainNumber(r.value), r.note});
}

} // namespace mb
