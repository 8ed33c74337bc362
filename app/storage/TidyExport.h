// Tidy CSV export of the journal, recorded in the audit trail; shared by the GUI and the command line.
#pragma once

#include <QString>

class QIODevice;

namespace mb {

class Store;

// Writes the header and one row per observation and per questionnaire total (measures phq9_total,
// gad7_total, pss10_total, who5_percent) for participantCode (empty = everyone), and records
// the export in the audit trail when the database is writable. Returns the number of rows.
qint64 writeTidyExport(Store& store, const QString& participantCode, QIODevice& out, const QString& destination);

} // namespace mb
