// Wide CSV for SPSS, R and Excel: participant,date and one column per measure with data, one row a participant-day.
#pragma once

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

// Each cell is the mean of that day's values of the measure (questionnaire totals included, as in the
// tidy export); a day without a value of a measure leaves its cell empty. The caller flushes and records.
void writeWideRows(Store& store, const ExportFilter& filter, ExportWriter& writer);

} // namespace mb
