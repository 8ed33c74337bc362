// Streams observations to CSV in chunks, then records what was exported.
#include "storage/TidyExport.h"

#include "core/TidyCsv.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QIODevice>
#include <QJsonObject>

namespace mb {

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
    store.journal().forEachObservation(participantCode, [&](const TidyRow& row) {
        buffer += writer.row(row);
        ++rows;
        if (buffer.size() > (1 << 16))
            flush();
    });
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
