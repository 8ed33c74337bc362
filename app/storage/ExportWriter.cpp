// Chunked UTF-8 output and the audit row of an export.
#include "storage/ExportWriter.h"

#include "core/DateText.h"
#include "storage/ChainAnchor.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QIODevice>
#include <QJsonObject>

namespace mb {

ExportWriter::ExportWriter(QIODevice& out, std::function<void(qint64)> progress)
    : m_out(out)
    , m_progress(std::move(progress))
{
}

void ExportWriter::write(const QString& text)
{
    m_buffer += text;
    if (m_buffer.size() > (1 << 16))
        flush();
}

void ExportWriter::flush()
{
    if (m_out.write(m_buffer.toUtf8()) < 0)
        throw StorageError(StorageError::Code::Failed,
                           StorageText::tr("Cannot write the export: %1").arg(m_out.errorString()));
    m_buffer.clear();
    if (m_progress)
        m_progress(m_rows);
}

void ExportWriter::record(Store& store, const QString& format, const ExportFilter& filter, qint64 rows,
                          const QString& destination)
{
    if (store.database().isReadOnly())
        return;
    QJsonObject details{{QStringLiteral("format"), format},
                        {QStringLiteral("participant"), filter.participantCode},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("output"), destination}};
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), isoDate(filter.from));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), isoDate(filter.to));
    if (filter.includeNames)
        details.insert(QStringLiteral("names"), true);
    // The chain the exported data come from (a CSV file has no place for it).
    details.insert(QStringLiteral("chain_head"), ChainAnchor::head(store.database()).text());
    store.audit().recordEvent(AuditLog::Action::Export, QStringLiteral("export"), details);
}

} // namespace mb
