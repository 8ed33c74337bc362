// JSON export: measures, participants by code, journal entries, interventions with adherence, questionnaire responses.
#pragma once

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

// One JSON document, streamed one element a line so that large journals never sit in memory whole.
// Participants appear by code; display names and notes only with filter.includeNames. Counts a row per
// entry, intervention and questionnaire response. The caller flushes and records.
void writeJsonDocument(Store& store, const ExportFilter& filter, ExportWriter& writer);

} // namespace mb
