// CDISC ODM 1.3.2: study metadata from the measures and questionnaires, clinical data per participant, and the
// audit trail as AuditRecords. The elements and their rules are in docs/ODM.md.
#pragma once

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

// One ODM XML document (FileType Snapshot), streamed. Counts a row per SubjectData and per AuditRecord.
// The caller flushes and records.
void writeOdmDocument(Store& store, const ExportFilter& filter, ExportWriter& writer);

} // namespace mb
