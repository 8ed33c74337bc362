// Daily means per participant and measure, written day by day from the tidy rows (streamed twice: the columns first).
#include "storage/WideExport.h"

#include "core/CsvWriter.h"
#include "core/DateText.h"
#include "core/Questionnaire.h"
#include "core/Tag.h"
#include "storage/ExportWriter.h"
#include "storage/Store.h"
#include "storage/TidyExport.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace mb {

namespace {

struct Sum {
    double total = 0;
    int count = 0;
};

struct Day {
    QString participant;
    QDate date;
    QHash<QString, Sum> values;
    QStringList tags; // of any of the day's entries, in the order met
};

// Measures in display order, then questionnaire totals in instrument order; only those with data.
QStringList columnsWithData(Store& store, const QSet<QString>& present)
{
    QStringList keys;
    for (const Measure& m : store.measures().list())
        if (present.contains(m.key))
            keys.append(m.key);
    for (Instrument i : allInstruments())
        if (const QString key = instrumentDefinition(i).exportKey(); present.contains(key) && !keys.contains(key))
            keys.append(key);
    return keys;
}

} // namespace

void writeWideRows(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    // Two passes over the rows, both streamed: the first finds the columns (the measures with data), the second
    // writes each day once its last row has gone by. Memory stays one day's worth however large the export (a
    // list of every participant-day took 2.5 GB for 1.1M observations).
    QSet<QString> present;
    forEachExportRow(store, filter, [&](const TidyRow& row) {
        if (row.hasValue)
            present.insert(row.measure);
    });
    const QStringList keys = columnsWithData(store, present);
    const CsvWriter csv(writer.separator());
    writer.write(csv.row(QStringList{QStringLiteral("participant"), QStringLiteral("date")} + keys +
                         QStringList{QStringLiteral("tags")}));
    std::optional<Day> day; // rows arrive ordered by participant and date, so each day is one run
    const auto writeDay = [&] {
        if (!day)
            return;
        QStringList fields{filter.rawCsv ? day->participant : CsvWriter::spreadsheetSafe(day->participant),
                           isoDate(day->date)};
        for (const QString& key : keys) {
            const auto it = day->values.constFind(key);
            fields.append(it == day->values.cend() ? QString()
                                                   : csvNumber(it->total / it->count, writer.decimalComma()));
        }
        const QString tags = joinTagNames(day->tags);
        fields.append(filter.rawCsv ? tags : CsvWriter::spreadsheetSafe(tags));
        writer.write(csv.row(fields));
        writer.countRow();
    };
    forEachExportRow(store, filter, [&](const TidyRow& row) {
        if (!row.hasValue && row.tags.isEmpty())
            return; // a note alone: the wide file has no note column
        if (!day || day->participant != row.participant || day->date != row.date) {
            writeDay();
            day = Day{row.participant, row.date, {}, {}};
        }
        for (const QString& tag : splitTagNames(row.tags))
            if (!day->tags.contains(tag))
                day->tags.append(tag);
        if (!row.hasValue)
            return; // a note or tags alone: the day and its tags, no value
        Sum& sum = day->values[row.measure];
        sum.total += row.value;
        ++sum.count;
    });
    writeDay();
}

} // namespace mb
