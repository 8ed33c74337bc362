// Picks the writer for the format; the writing, flushing and audit are the same for all.
#include "storage/DataExport.h"

#include "storage/FhirExport.h"
#include "storage/JsonExport.h"
#include "storage/OdmExport.h"
#include "storage/RedcapExport.h"
#include "storage/TidyExport.h"
#include "storage/WideExport.h"

namespace mb {

QString toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Tidy:
        return QStringLiteral("tidy");
    case ExportFormat::Wide:
        return QStringLiteral("wide");
    case ExportFormat::Fhir:
        return QStringLiteral("fhir");
    case ExportFormat::Redcap:
        return QStringLiteral("redcap");
    case ExportFormat::RedcapDictionary:
        return QStringLiteral("redcap-dictionary");
    case ExportFormat::Odm:
        return QStringLiteral("odm");
    case ExportFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<ExportFormat> exportFormatFromString(QStringView text)
{
    for (ExportFormat f : {ExportFormat::Tidy, ExportFormat::Wide, ExportFormat::Json, ExportFormat::Fhir,
                           ExportFormat::Redcap, ExportFormat::RedcapDictionary, ExportFormat::Odm})
        if (text == toString(f))
            return f;
    return std::nullopt;
}

qint64 writeExport(Store& store, ExportFormat format, const ExportFilter& filter, QIODevice& out,
                   const QString& destination, std::function<void(qint64)> progress, CsvStyle csvStyle)
{
    ExportWriter writer(out, std::move(progress));
    writer.setCsvStyle(csvStyle);
    // Excel reads a double-clicked CSV as UTF-8 only after a byte-order mark (café, not cafÃ©); import skips it.
    if (csvStyle == CsvStyle::SemicolonDecimalComma && (format == ExportFormat::Tidy || format == ExportFormat::Wide))
        writer.write(QString(QChar(0xFEFF)));
    switch (format) {
    case ExportFormat::Tidy:
        writeTidyRows(store, filter, writer);
        break;
    case ExportFormat::Wide:
        writeWideRows(store, filter, writer);
        break;
    case ExportFormat::Json:
        writeJsonDocument(store, filter, writer);
        break;
    case ExportFormat::Fhir:
        writeFhirBundle(store, filter, writer);
        break;
    case ExportFormat::Redcap:
        writeRedcapData(store, filter, writer);
        break;
    case ExportFormat::RedcapDictionary:
        writeRedcapDictionary(store, writer);
        break;
    case ExportFormat::Odm:
        writeOdmDocument(store, filter, writer);
        break;
    }
    writer.flush();
    ExportWriter::record(store, toString(format), filter, writer.rows(), destination);
    return writer.rows();
}

} // namespace mb
