// Streams observations and questionnaire totals to tidy CSV in chunks, then records what was exported.
#include "storage/TidyExport.h"

#include "storage/ExportWriter.h"
#include "storage/JournalRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/Store.h"

namespace mb {

namespace {
// The journal's order: participant code, date, then time with rows without a time first.
bool comesBefore(const TidyRow& a, const TidyRow& b)
{
    if (const int byCode = QString::compare(a.participant, b.participant); byCode != 0)
        return byCode < 0;
    if (a.date != b.date)
        return a.date < b.date;
    return !a.time ? b.time.has_value() : b.time && *a.time < *b.time;
}
} // namespace

void forEachExportRow(Store& store, const ExportFilter& filter, const std::function<void(const TidyRow&)>& visit)
{
    // Questionnaire totals merge into the stream of observations in the same order, both read as they go.
    QuestionnaireRepository::TidyRows questionnaires = store.questionnaires().tidyRows(filter.participantCode);
    const auto nextQuestionnaire = [&] {
        std::optional<TidyRow> row;
        while ((row = questionnaires.next()) && (!filter.contains(row->date) || !filter.includes(row->participant))) {
        }
        return row;
    };
    std::optional<TidyRow> next = nextQuestionnaire();
    store.journal().forEachObservation(
        filter.participantCode, filter.from, filter.to,
        [&](const TidyRow& row) {
            if (!filter.includes(row.participant))
                return;
            for (; next && comesBefore(*next, row); next = nextQuestionnaire())
                visit(*next);
            visit(row);
        },
        JournalRepository::Unstored::Refuse);
    for (; next; next = nextQuestionnaire())
        visit(*next);
}

void writeTidyRows(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    const TidyCsvWriter csv(writer.separator(), writer.decimalComma(), filter.rawCsv);
    writer.write(TidyCsvWriter::header(writer.separator()));
    forEachExportRow(store, filter, [&](const TidyRow& row) {
        writer.write(csv.row(row));
        writer.countRow();
    });
}

qint64 writeTidyExport(Store& store, const QString& participantCode, QIODevice& out, const QString& destination)
{
    const ExportFilter filter{.participantCode = participantCode};
    ExportWriter writer(out);
    writeTidyRows(store, filter, writer);
    writer.flush();
    ExportWriter::record(store, QStringLiteral("tidy"), filter, writer.rows(), destination);
    return writer.rows();
}

} // namespace mb
