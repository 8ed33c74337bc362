// Tidy CSV export of the journal, recorded in the audit trail; shared by the GUI and the command line.
#pragma once

#include "core/TidyCsv.h"

#include <QString>

#include <functional>

class QIODevice;

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

// Writes the header and one row per observation and per questionnaire total (measures phq9_total,
// gad7_total, pss10_total, who5_percent) for participantCode (empty = everyone), and records
// the export in the audit trail when the database is writable. Returns the number of rows.
qint64 writeTidyExport(Store& store, const QString& participantCode, QIODevice& out, const QString& destination);

// The same rows for a filter, written to writer; the caller flushes and records the export.
void writeTidyRows(Store& store, const ExportFilter& filter, ExportWriter& writer);

// Every exported row in the export's order: observations and questionnaire totals merged by participant
// code, date and time (rows without a time first).
void forEachExportRow(Store& store, const ExportFilter& filter, const std::function<void(const TidyRow&)>& visit);

} // namespace mb
