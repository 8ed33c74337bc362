// Reading a FHIR Bundle that MoodBiome wrote (export --format fhir) back into a database.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace mb {

class Store;

struct FhirImportSummary {
    qint64 resources = 0;      // resources in the Bundle
    qint64 entries = 0;        // journal entries written
    qint64 observations = 0;   // values written
    qint64 questionnaires = 0; // questionnaire responses written
    qint64 interventions = 0;  // interventions written
    qint64 skipped = 0;        // Observations left out: totals (derived from a response), unknown measures
    // Entries, questionnaire responses and interventions identical to ones stored for the participant already (a
    // Bundle imported again), left out; entries, observations, questionnaires and interventions count only the rest.
    qint64 alreadyStored = 0;
    QStringList participantsCreated;
};

class FhirImport {
    Q_DECLARE_TR_FUNCTIONS(FhirImport)
public:
    // Reads the Bundle and writes it in one transaction: participants by their identifier (created when
    // new), entries from the Observations coded in MoodBiome's CodeSystem (an entry's values are put back
    // together by the identifier), questionnaire responses (answers by linkId), interventions. What the database
    // holds already for a participant (an entry with the same date, time, note and values; a response with the same
    // questionnaire, date and answers; an intervention with the same fields) is skipped, so that importing a Bundle
    // twice adds nothing the second time (as a CSV import). Throws
    // StorageError (InvalidInput, naming the resource and field) when anything is not what the export writes
    // (docs/FHIR.md "Import"); nothing is written then.
    static FhirImportSummary run(Store& store, const QByteArray& bytes, const QString& fileName);
};

} // namespace mb
