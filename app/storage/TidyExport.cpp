// Streams observations to CSV in chunks, then records what was exported.
#include "storage/TidyExport.h"

#include "core/TidyCsv.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QIODevice>
#include <QJsonObject>

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

qint64 writeTidyExport(Store& store, const QString& participantCode, QIODevice& out, const QString& destination)
{
    TidyCsvWriter writer;
    QString buffer = TidyCsvWriter::header();
    qint64 rows = 0;
    auto flush = [&] {
        if (out.write(buffer.toUtf8()) < 0)
            throw StorageError(StorageError::Code::Failed,
                               StorageText::tr("Cannot write the export: %1").arg(out.errorString()));
        buffer.clear();
    };
    auto write = [&](const TidyRow& row) {
        buffer += writer.row(row);
        ++rows;
        if (buffer.size() > (1 << 16))
            flush();
    };
    // Questionnaire totals (few) merge into the stream of observations (many) in the same order.
    const QList<TidyRow> questionnaires = store.questionnaires().tidyRows(participantCode);
    auto next = questionnaires.cbegin();
    store.journal().forEachObservation(participantCode, [&](const TidyRow& row) {
        for (; next != questionnaires.cend() && comesBefore(*next, row); ++next)
            write(*next);
        write(row);
    });
    for (; next != questionnaires.cend(); ++next)
        write(*next);
    flush();

    if (!store.database().isReadOnly()) {
        Transaction tx(store.database());
        store.audit().record({.action = AuditLog::Action::Export,
                              .table = QStringLiteral("export"),
                              .newValues = {{QStringLiteral("format"), QStringLiteral("tidy")},
                                            {QStringLiteral("participant"), participantCode},
                                            {QStringLiteral("rows"), rows},
                                            {QStringLiteral("output"), destination}}});
        tx.commit();
    }
    return rows;
}

} // namespace mb
