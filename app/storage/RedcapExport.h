// REDCap: a data dictionary (instruments and fields) and the matching flat data CSV for its Data Import Tool.
// The mapping is in docs/REDCAP.md.
#pragma once

#include <QStringList>

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

// REDCap's 18 data dictionary columns, in REDCap's order and spelling.
const QStringList& redcapDictionaryHeader();

// The data dictionary: instruments participant, daily_diary, phq9, gad7, pss10, who5 and intervention; the
// diary's fields are the measures (validation and range from the measure table). Counts a row per field.
void writeRedcapDictionary(Store& store, ExportWriter& writer);

// The flat data CSV for a project built from that dictionary: record_id, redcap_repeat_instrument,
// redcap_repeat_instance, then every non-calculated field. One row per participant, then one per journal
// entry, questionnaire response and intervention (repeating instruments). Counts a row per data row.
void writeRedcapData(Store& store, const ExportFilter& filter, ExportWriter& writer);

} // namespace mb
