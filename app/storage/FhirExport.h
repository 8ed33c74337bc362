// FHIR R4 export: one Bundle of Patient, Observation, QuestionnaireResponse, MedicationStatement and Procedure
// resources, streamed one resource a line. The mapping is in docs/FHIR.md.
#pragma once

#include "core/Intervention.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"

#include <QString>
#include <QStringList>

namespace mb {

class ExportWriter;
class Store;
struct ExportFilter;

namespace fhir {
// The canonical URL of MoodBiome's own CodeSystem (measures without a LOINC code, intervention kinds).
inline constexpr const char* codeSystem = "https://moodbiome.org/fhir/CodeSystem/moodbiome";
// Questionnaire canonicals: <questionnaireBase>/phq9 and so on.
inline constexpr const char* questionnaireBase = "https://moodbiome.org/fhir/Questionnaire";
// The identifier system used when the user sets none: the study URI belongs to the trial.
inline constexpr const char* defaultSystem = "urn:moodbiome:study";
// The system of UCUM unit codes.
inline constexpr const char* ucumSystem = "http://unitsofmeasure.org";

// What the export writes, which the import holds a Bundle to (docs/FHIR.md "Resources"):
// the UCUM code of a measure kind's unit, or nothing for custom "other" measures (their unit is text only);
QString ucumUnit(MeasureKind kind);
// the linkId of each of an instrument's items, in item order;
QStringList questionnaireLinkIds(Instrument instrument);
// the LOINC answer code of each answer value, or nothing when the answers are written as valueInteger;
QStringList questionnaireAnswerCodes(Instrument instrument);
// the resource type an intervention of this kind is written as.
QString interventionResourceType(InterventionKind kind);
} // namespace fhir

// Writes one Bundle: type collection, or transaction with conditional creates (ifNoneExist on each
// resource's identifier) when filter.fhirTransaction. Identifiers use filter.fhirSystem (a URI; the default
// above when empty). Counts a row per resource. The caller flushes and records.
void writeFhirBundle(Store& store, const ExportFilter& filter, ExportWriter& writer);

// True when text is an absolute URI as FHIR's uri type wants it (scheme ":" rest, no spaces).
bool isFhirSystemUri(const QString& text);

} // namespace mb
