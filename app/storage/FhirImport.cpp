// Resources are read in the Bundle's order; the writing happens only after every resource was understood.
#include "storage/FhirImport.h"

#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Participant.h"
#include "core/Questionnaire.h"
#include "storage/Database.h"
#include "storage/FhirExport.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mb {

namespace {

using Code = StorageError::Code;

[[noreturn]] void refuse(qsizetype index, const QString& problem)
{
    throw StorageError(Code::InvalidInput,
                       FhirImport::tr("Bundle entry %1: %2; nothing was imported.").arg(index + 1).arg(problem));
}

QString ourCode(const QJsonObject& codeable)
{
    for (const QJsonValue& c : codeable.value(QStringLiteral("coding")).toArray())
        if (c.toObject().value(QStringLiteral("system")).toString() == QLatin1String(fhir::codeSystem))
            return c.toObject().value(QStringLiteral("code")).toString();
    return {};
}

QString identifierValue(const QJsonObject& resource)
{
    const QJsonValue identifier = resource.value(QStringLiteral("identifier"));
    const QJsonObject first = identifier.isArray() ? identifier.toArray().first().toObject() : identifier.toObject();
    return first.value(QStringLiteral("value")).toString();
}

// "2025-01-05" or "2025-01-05T08:30:00+01:00": the local date and, when given, the local time.
bool readDateTime(const QString& text, QDate& date, std::optional<QTime>& time)
{
    date = QDate::fromString(text.left(10), Qt::ISODate);
    time.reset();
    if (!date.isValid())
        return false;
    if (text.size() == 10)
        return true;
    if (text.size() < 16 || text.at(10) != u'T')
        return false;
    const QTime t = QTime::fromString(text.mid(11, 5), u"HH:mm");
    if (!t.isValid())
        return false;
    time = t;
    return true;
}

QDate periodDate(const QJsonObject& period, const char* name)
{
    const QString text = period.value(QLatin1String(name)).toString();
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

// The JSON object of a Bundle, or StorageError when the bytes are not JSON or not a Bundle.
QJsonObject readBundle(const QByteArray& bytes, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull())
        throw StorageError(Code::InvalidInput, FhirImport::tr("“%1” is not JSON: %2 at byte %3; nothing was imported.")
                                                   .arg(fileName, error.errorString())
                                                   .arg(error.offset));
    QJsonObject bundle = document.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != u"Bundle")
        throw StorageError(Code::InvalidInput,
                           FhirImport::tr("“%1” is not a FHIR Bundle; nothing was imported.").arg(fileName));
    return bundle;
}

struct PendingEntry {
    QString code;
    JournalEntry entry;
};

// Everything understood from the Bundle, held until every resource was read.
struct PendingImport {
    QHash<QString, QString> patients; // fullUrl -> participant code
    QStringList codes;
    QList<PendingEntry> entries;
    QHash<QString, qsizetype> entryIndex; // "<code>/entry-<n>" -> index in entries
    QList<QPair<QString, QuestionnaireResponse>> responses;
    QList<QPair<QString, Intervention>> interventions;
    QHash<QString, Measure> measures;
};

// Name, dose, unit and frequency of a MedicationStatement; returns its effectivePeriod.
QJsonObject readMedicationStatement(const QJsonObject& resource, Intervention& i)
{
    i.name = resource.value(QStringLiteral("medicationCodeableConcept")).toObject().value(u"text"_qs).toString();
    const QJsonObject dosage = resource.value(QStringLiteral("dosage")).toArray().first().toObject();
    const QJsonObject dose = dosage.value(QStringLiteral("doseAndRate"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("doseQuantity"))
                                 .toObject();
    if (dose.contains(QStringLiteral("value"))) {
        i.dose = dose.value(QStringLiteral("value")).toDouble();
        i.unit = dose.value(QStringLiteral("unit")).toString();
    }
    // The dosage text is "dose unit, frequency": the frequency is what follows the dose.
    QString text = dosage.value(QStringLiteral("text")).toString();
    if (i.dose) {
        const int comma = text.indexOf(u", ");
        text = comma < 0 ? QString() : text.mid(comma + 2);
    }
    i.frequency = text;
    return resource.value(QStringLiteral("effectivePeriod")).toObject();
}

// An intervention from a MedicationStatement, a Procedure or an Observation coded "intervention-<kind>".
Intervention readIntervention(qsizetype index, const QString& type, const QJsonObject& resource,
                              const QString& kindCode)
{
    const auto kind = interventionKindFromString(kindCode.mid(13));
    if (!kind)
        refuse(index, FhirImport::tr("unknown intervention kind “%1”").arg(kindCode));
    Intervention i;
    i.kind = *kind;
    QJsonObject period;
    if (type == u"MedicationStatement") {
        period = readMedicationStatement(resource, i);
    } else if (type == u"Procedure") {
        i.name = resource.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString();
        period = resource.value(QStringLiteral("performedPeriod")).toObject();
    } else {
        i.name = resource.value(QStringLiteral("valueString")).toString();
        period = resource.value(QStringLiteral("effectivePeriod")).toObject();
    }
    i.start = periodDate(period, "start");
    i.end = periodDate(period, "end");
    i.notes = resource.value(QStringLiteral("note")).toArray().first().toObject().value(u"text"_qs).toString();
    if (!i.start.isValid() || i.name.trimmed().isEmpty())
        refuse(index, FhirImport::tr("an intervention needs a name and a start date"));
    return i;
}

// One value of an Observation, added to the journal entry its identifier names (created on its first value).
void readObservation(qsizetype index, const QJsonObject& resource, const QString& code, const QString& kindCode,
                     PendingImport& pending, FhirImportSummary& summary)
{
    if (!pending.measures.contains(kindCode) || !resource.contains(QStringLiteral("valueQuantity"))) {
        ++summary.skipped; // a questionnaire total, or a code this database has no measure for
        return;
    }
    // "<code>/entry-<n>/<measure>": the values of one entry share "<code>/entry-<n>".
    const QString id = identifierValue(resource);
    const QString entryKey = id.left(id.lastIndexOf(u'/'));
    QDate date;
    std::optional<QTime> time;
    if (!readDateTime(resource.value(QStringLiteral("effectiveDateTime")).toString(), date, time))
        refuse(index, FhirImport::tr("effectiveDateTime “%1” is not a date-time")
                          .arg(resource.value(QStringLiteral("effectiveDateTime")).toString()));
    const double value =
        resource.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toDouble();
    auto found = pending.entryIndex.constFind(entryKey);
    if (found == pending.entryIndex.cend()) {
        PendingEntry entry{code, {}};
        entry.entry.date = date;
        entry.entry.time = time;
        entry.entry.note =
            resource.value(QStringLiteral("note")).toArray().first().toObject().value(u"text"_qs).toString();
        found = pending.entryIndex.insert(entryKey, pending.entries.size());
        pending.entries.append(entry);
    }
    pending.entries[*found].entry.values.insert(kindCode, value);
    ++summary.observations;
}

// The value of one questionnaire answer: a valueInteger, or the position of its LOINC answer code.
int readAnswer(qsizetype index, const QJsonObject& answer, const InstrumentDefinition& d)
{
    if (answer.contains(QStringLiteral("valueInteger")))
        return answer.value(QStringLiteral("valueInteger")).toInt();
    // LOINC answer codes: the position in the instrument's answer list is the value.
    static const QStringList frequency = {u"LA6568-5"_qs, u"LA6569-3"_qs, u"LA6570-1"_qs, u"LA6571-9"_qs};
    const qsizetype value =
        frequency.indexOf(answer.value(QStringLiteral("valueCoding")).toObject().value(u"code"_qs).toString());
    if (value < 0)
        refuse(index, FhirImport::tr("an answer of %1 is neither a number nor a known answer code").arg(d.name));
    return int(value);
}

QuestionnaireResponse readQuestionnaireResponse(qsizetype index, const QJsonObject& resource)
{
    const QString canonical = resource.value(QStringLiteral("questionnaire")).toString();
    const auto instrument = instrumentFromString(canonical.mid(canonical.lastIndexOf(u'/') + 1));
    if (!instrument)
        refuse(index, FhirImport::tr("questionnaire “%1” is not one MoodBiome knows").arg(canonical));
    const InstrumentDefinition& d = instrumentDefinition(*instrument);
    QuestionnaireResponse r;
    r.instrument = *instrument;
    std::optional<QTime> time;
    if (!readDateTime(resource.value(QStringLiteral("authored")).toString(), r.date, time))
        refuse(index,
               FhirImport::tr("authored “%1” is not a date-time").arg(resource.value(u"authored"_qs).toString()));
    for (const QJsonValue& v : resource.value(QStringLiteral("item")).toArray())
        r.answers.append(
            readAnswer(index, v.toObject().value(QStringLiteral("answer")).toArray().first().toObject(), d));
    if (auto problem = checkAnswers(r.instrument, r.answers))
        refuse(index, *problem);
    return r;
}

// One entry of the Bundle, understood into `pending`; refuses (throws) what the export does not write.
void readResource(qsizetype index, const QJsonObject& item, PendingImport& pending, FhirImportSummary& summary)
{
    const QJsonObject resource = item.value(QStringLiteral("resource")).toObject();
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    if (type == u"Patient") {
        const QString code = identifierValue(resource);
        if (auto problem = participantCodeProblem(code))
            refuse(index, *problem);
        pending.patients.insert(item.value(QStringLiteral("fullUrl")).toString(), code);
        pending.codes.append(code);
        return;
    }
    const QString subject =
        resource.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
    const QString code = pending.patients.value(subject);
    if (code.isEmpty() && (type == u"Observation" || type == u"QuestionnaireResponse" ||
                           type == u"MedicationStatement" || type == u"Procedure"))
        refuse(index, FhirImport::tr("its subject “%1” is no Patient listed before it").arg(subject));
    const QString kindCode =
        ourCode(resource.value(type == u"MedicationStatement" ? QStringLiteral("category") : QStringLiteral("code"))
                    .toObject());
    if (kindCode.startsWith(u"intervention-"))
        pending.interventions.append({code, readIntervention(index, type, resource, kindCode)});
    else if (type == u"Observation")
        readObservation(index, resource, code, kindCode, pending, summary);
    else if (type == u"QuestionnaireResponse")
        pending.responses.append({code, readQuestionnaireResponse(index, resource)});
    else
        ++summary.skipped;
}

// The id of each participant code, adding the participants the database does not have yet.
QHash<QString, qint64> participantIds(Store& store, const QStringList& codes, const QString& fileName,
                                      FhirImportSummary& summary)
{
    QHash<QString, qint64> ids;
    for (const QString& code : codes) {
        if (const auto existing = store.participants().byCode(code)) {
            ids.insert(code, existing->id);
            continue;
        }
        Participant p;
        p.code = code;
        ids.insert(code, store.participants().add(p, FhirImport::tr("FHIR import of %1").arg(fileName)));
        summary.participantsCreated.append(code);
    }
    return ids;
}

// Writes what was understood; the caller holds the transaction.
void writePending(Store& store, PendingImport& pending, const QString& fileName, FhirImportSummary& summary)
{
    const QHash<QString, qint64> ids = participantIds(store, pending.codes, fileName, summary);
    QList<JournalEntry> journal;
    journal.reserve(pending.entries.size());
    for (PendingEntry& entry : pending.entries) {
        entry.entry.participantId = ids.value(entry.code);
        journal.append(entry.entry);
    }
    if (!journal.isEmpty())
        store.journal().addMany(journal, QStringLiteral("fhir:") + fileName);
    summary.entries = journal.size();
    for (auto& [code, r] : pending.responses) {
        r.participantId = ids.value(code);
        store.questionnaires().add(r, FhirImport::tr("FHIR import of %1").arg(fileName));
    }
    summary.questionnaires = pending.responses.size();
    for (auto& [code, i] : pending.interventions) {
        i.participantId = ids.value(code);
        store.interventions().add(i, FhirImport::tr("FHIR import of %1").arg(fileName));
    }
    summary.interventions = pending.interventions.size();
}

} // namespace

FhirImportSummary FhirImport::run(Store& store, const QByteArray& bytes, const QString& fileName)
{
    const QJsonObject bundle = readBundle(bytes, fileName);
    FhirImportSummary summary;
    PendingImport pending;
    for (const Measure& m : store.measures().list())
        pending.measures.insert(m.key, m);

    const QJsonArray list = bundle.value(QStringLiteral("entry")).toArray();
    summary.resources = list.size();
    for (qsizetype index = 0; index < list.size(); ++index)
        readResource(index, list[index].toObject(), pending, summary);

    Transaction tx(store.database());
    writePending(store, pending, fileName, summary);
    tx.commit();
    return summary;
}

} // namespace mb
