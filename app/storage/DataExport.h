// The exports in one call: tidy CSV, wide CSV or JSON, for a participant and date range, audited.
#pragma once

#include "storage/ExportWriter.h"

#include <optional>

namespace mb {

enum class ExportFormat { Tidy, Wide, Json, Fhir, Redcap, RedcapDictionary, Odm };

QString toString(ExportFormat format); // "tidy", "wide", "json", "fhir", "redcap", "redcap-dictionary", "odm"
std::optional<ExportFormat> exportFormatFromString(QStringView text);

// Writes the export to out and records it (format, filter, rows, destination) in the audit trail.
// Returns the rows written: observations (tidy), participant-days (wide), or entries, interventions and
// questionnaire responses (JSON), resources (FHIR), data rows (REDCap) fields (REDCap dictionary), or subjects and
// audit records (ODM). Throws StorageError; progress may throw to abandon the export.
qint64 writeExport(Store& store, ExportFormat format, const ExportFilter& filter, QIODevice& out,
                   const QString& destination, std::function<void(qint64 rows)> progress = {},
                   CsvStyle csvStyle = CsvStyle::Comma);

} // namespace mb
