// Resources are read in the Bundle's order; the writing happens only after every resource was understood.
// What the export writes, and so what is accepted, is in docs/FHIR.md.
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
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mb {

namespace {

using Code = StorageError::Code;

// The resource a problem is in: its Bundle entry, its type and its identifier's value.
struct Where {
    qsizetype index = 0;
    QString type;
    QString identifier;
};

[[noreturn]] void refuse(const Where& where, const QString& problem)
{
    const QString entry = QString::number(where.index + 1);
    if (where.type.isEmpty())
        throw StorageError(Code::InvalidInput,
                           FhirImport::tr("Bundle entry %1: %2; nothing was imported.").arg(entry, problem));
    const QString resource =
        where.identifier.isEmpty() ? where.type : FhirImport::tr("%1 “%2”").arg(where.type, where.identifier);
    throw StorageError(Code::InvalidInput,
                       FhirImport::tr("Bundle entry %1 (%2): %3; nothing was imported.").arg(entry, resource, problem));
}

QString ourCode(const QJsonObject& codeable)
{
    for (const QJsonValue& c : codeable.value(QStringLiteral("coding")).toArray())
        if (c.toObject().value(QStringLiteral("system")).toString() == QLatin1String(fhir::codeSystem))
            return c.toObject().value(QStringLiteral("code")).toString();
    return {};
}

// The identifier: an array of one in every resource but QuestionnaireResponse, where it is one object.
QJsonObject identifierOf(const QJsonObject& resource)
{
    const QJsonValue identifier = resource.value(QStringLiteral("identifier"));
    return identifier.isArray() ? identifier.toArray().first().toObject() : identifier.toObject();
}

// The number a JSON value holds; refuses a string ("7"), a boolean or nothing, naming the field.
double numberAt(const Where& where, const QJsonValue& value, const QString& field)
{
    if (value.isUndefined())
        refuse(where, FhirImport::tr("%1 is missing").arg(field));
    if (!value.isDouble()) {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        QString shown = QString::fromUtf8(json.mid(1, json.size() - 2)); // without the array's brackets
        if (shown.size() > 40)
            shown = shown.left(40) + u'…';
        refuse(where, FhirImport::tr("%1 is %2, not a number").arg(field, shown));
    }
    return value.toDouble();
}

// "2025-01-05", or "2025-01-05T08:30:00+01:00" with an offset FHIR allows (-14:00 to +14:00): the forms the
// export writes. Gives the local date and, when there is one, the local time.
bool readDateTime(const QString& text, QDate& date, std::optional<QTime>& time)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})[+-](\d{2}):(\d{2}))?\z)"));
    const QRegularExpressionMatch match = form.match(text);
    time.reset();
    if (!match.hasMatch())
        return false;
    date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return false;
    if (match.capturedLength(2) == 0)
        return true;
    const QTime t = QTime::fromString(match.captured(2), u"HH:mm:ss");
    const int hours = match.captured(3).toInt(), minutes = match.captured(4).toInt();
    if (!t.isValid() || minutes > 59 || hours * 60 + minutes > 14 * 60)
        return false;
    time = QTime(t.hour(), t.minute());
    return true;
}

QDate periodDate(const QJsonObject& period, const char* name)
{
    const QString text = period.value(QLatin1String(name)).toString();
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

QString noteOf(const QJsonObject& resource)
{
    return resource.value(QStringLiteral("note")).toArray().first().toObject().value(u"text"_s).toString();
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

// A journal entry being put together from its Observations, which the export writes with the same subject,
// effectiveDateTime and note.
struct PendingEntry {
    QString code;
    JournalEntry entry;
    QString effective;    // the effectiveDateTime as written
    qsizetype firstIndex; // the Bundle entry of its first value
};

// Everything understood from the Bundle, held until every resource was read.
struct PendingImport {
    QHash<QString, QPair<QString, qsizetype>> patients; // fullUrl -> participant code and Bundle entry
    QStringList codes;
    QList<PendingEntry> entries;
    QHash<QString, qsizetype> entryIndex; // "<code>/entry-<n>" -> index in entries
    QList<QPair<QString, QuestionnaireResponse>> responses;
    QList<QPair<QString, Intervention>> interventions;
    QHash<QString, Measure> measures;
    QHash<QString, qsizetype> identifiers; // "<system>|<value>" -> Bundle entry
};

// Every resource of the export has an identifier of its own (docs/FHIR.md "Bundle").
void claimIdentifier(const Where& where, const QJsonObject& resource, PendingImport& pending)
{
    if (where.identifier.isEmpty())
        refuse(where, FhirImport::tr("it has no identifier"));
    const QString key = identifierOf(resource).value(QStringLiteral("system")).toString() + u'|' + where.identifier;
    if (const auto first = pending.identifiers.constFind(key); first != pending.identifiers.cend())
        refuse(where, FhirImport::tr("its identifier is also that of Bundle entry %1").arg(*first + 1));
    pending.identifiers.insert(key, where.index);
}

// A participant, under the fullUrl by which the other resources name it as their subject.
void readPatient(const Where& where, const QJsonObject& item, PendingImport& pending)
{
    if (auto problem = participantCodeProblem(where.identifier))
        refuse(where, *problem);
    const QString url = item.value(QStringLiteral("fullUrl")).toString();
    if (url.isEmpty())
        refuse(where, FhirImport::tr("it has no fullUrl"));
    if (const auto first = pending.patients.constFind(url); first != pending.patients.cend())
        refuse(where, FhirImport::tr("its fullUrl “%1” is also that of Bundle entry %2")
                          .arg(url, QString::number(first->second + 1)));
    pending.patients.insert(url, {where.identifier, where.index});
    pending.codes.append(where.identifier);
}

// Name, dose, unit and frequency of a MedicationStatement; returns its effectivePeriod.
QJsonObject readMedicationStatement(const Where& where, const QJsonObject& resource, Intervention& i)
{
    i.name = resource.value(QStringLiteral("medicationCodeableConcept")).toObject().value(u"text"_s).toString();
    const QJsonObject dosage = resource.value(QStringLiteral("dosage")).toArray().first().toObject();
    const QJsonObject dose = dosage.value(QStringLiteral("doseAndRate"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("doseQuantity"))
                                 .toObject();
    if (dose.contains(QStringLiteral("value"))) {
        i.dose = numberAt(where, dose.value(QStringLiteral("value")), QStringLiteral("doseQuantity.value"));
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
Intervention readIntervention(const Where& where, const QJsonObject& resource, const QString& kindCode)
{
    const auto kind = interventionKindFromString(kindCode.mid(13));
    if (!kind)
        refuse(where, FhirImport::tr("unknown intervention kind “%1”").arg(kindCode));
    if (const QString type = fhir::interventionResourceType(*kind); type != where.type)
        refuse(where, FhirImport::tr("the export writes an intervention of kind “%1” as a %2").arg(kindCode, type));
    Intervention i;
    i.kind = *kind;
    QJsonObject period;
    if (where.type == u"MedicationStatement") {
        period = readMedicationStatement(where, resource, i);
    } else if (where.type == u"Procedure") {
        i.name = resource.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString();
        period = resource.value(QStringLiteral("performedPeriod")).toObject();
    } else {
        i.name = resource.value(QStringLiteral("valueString")).toString();
        period = resource.value(QStringLiteral("effectivePeriod")).toObject();
    }
    i.start = periodDate(period, "start");
    i.end = periodDate(period, "end");
    i.notes = noteOf(resource);
    if (!i.start.isValid() || i.name.trimmed().isEmpty())
        refuse(where, FhirImport::tr("an intervention needs a name and a start date"));
    return i;
}

// The value of an Observation's valueQuantity, in the unit the export writes for the measure: a UCUM code, or
// for a custom measure its unit as text only (docs/FHIR.md "Resources").
double readQuantity(const Where& where, const QJsonObject& resource, const Measure& m)
{
    const QJsonValue quantityValue = resource.value(QStringLiteral("valueQuantity"));
    if (!quantityValue.isObject())
        refuse(where, FhirImport::tr("%1 is missing").arg(u"valueQuantity"_s));
    const QJsonObject quantity = quantityValue.toObject();
    const double value =
        numberAt(where, quantity.value(QStringLiteral("value")), QStringLiteral("valueQuantity.value"));
    const QString ucum = fhir::ucumUnit(m.kind);
    const QString unit = ucum.isEmpty() ? m.unit : ucum;
    const QString system = ucum.isEmpty() ? QString() : QString::fromLatin1(fhir::ucumSystem);
    const QString givenUnit = quantity.value(QStringLiteral("unit")).toString();
    const QString givenCode = quantity.value(QStringLiteral("code")).toString();
    const QString givenSystem = quantity.value(QStringLiteral("system")).toString();
    if (givenUnit != unit || givenCode != ucum || givenSystem != system)
        refuse(where, FhirImport::tr("valueQuantity has unit “%1”, code “%2”, system “%3”; the export writes %4 with "
                                     "unit “%5”, code “%6”, system “%7”")
                          .arg(givenUnit, givenCode, givenSystem, m.key, unit, ucum, system));
    return value;
}

// The first value of an entry starts it; the others must agree with it on subject, date-time and note, and
// add a measure it does not have yet.
void addToEntry(const Where& where, const PendingEntry& entry, const QString& code, const QString& effective,
                const QString& note, const QString& measure)
{
    const QString entryKey = where.identifier.left(where.identifier.lastIndexOf(u'/'));
    const QString first = QString::number(entry.firstIndex + 1);
    const auto differs = [&](const QString& field, const QString& value, const QString& firstValue) {
        refuse(where,
               FhirImport::tr("its %1 “%2” differs from “%3” of the other values of entry “%4” (Bundle entry %5)")
                   .arg(field, value, firstValue, entryKey, first));
    };
    if (entry.code != code)
        differs(QStringLiteral("subject"), code, entry.code);
    if (entry.effective != effective)
        differs(QStringLiteral("effectiveDateTime"), effective, entry.effective);
    if (entry.entry.note != note)
        refuse(where, FhirImport::tr("its note differs from that of the other values of entry “%1” (Bundle entry %2)")
                          .arg(entryKey, first));
    if (entry.entry.values.contains(measure))
        refuse(
            where,
            FhirImport::tr("it is a second value of %1 in entry “%2” (Bundle entry %3)").arg(measure, entryKey, first));
}

// One value of an Observation, added to the journal entry its identifier names (created on its first value).
void readObservation(const Where& where, const QJsonObject& resource, const QString& code, const QString& kindCode,
                     PendingImport& pending, FhirImportSummary& summary)
{
    const auto measure = pending.measures.constFind(kindCode);
    if (measure == pending.measures.cend()) {
        ++summary.skipped; // a questionnaire total, or a code this database has no measure for
        return;
    }
    const double value = readQuantity(where, resource, *measure);
    QDate date;
    std::optional<QTime> time;
    const QString effective = resource.value(QStringLiteral("effectiveDateTime")).toString();
    if (!readDateTime(effective, date, time))
        refuse(where,
               FhirImport::tr("effectiveDateTime “%1” is not a date-time as the export writes it").arg(effective));
    const QString note = noteOf(resource);
    // "<code>/entry-<n>/<measure>": the values of one entry share "<code>/entry-<n>".
    const QString entryKey = where.identifier.left(where.identifier.lastIndexOf(u'/'));
    auto found = pending.entryIndex.constFind(entryKey);
    if (found == pending.entryIndex.cend()) {
        PendingEntry entry{code, {}, effective, where.index};
        entry.entry.date = date;
        entry.entry.time = time;
        entry.entry.note = note;
        found = pending.entryIndex.insert(entryKey, pending.entries.size());
        pending.entries.append(entry);
    }
    PendingEntry& entry = pending.entries[*found];
    addToEntry(where, entry, code, effective, note, kindCode);
    entry.entry.values.insert(kindCode, value);
    ++summary.observations;
}

// The value of one answer: a valueInteger where the export writes numbers, else the position of its LOINC
// answer code.
int readAnswer(const Where& where, const QString& linkId, const QJsonObject& answer, const QStringList& answerCodes)
{
    if (answerCodes.isEmpty()) {
        const QJsonValue number = answer.value(QStringLiteral("valueInteger"));
        const int value = number.toInt(-1);
        if (!number.isDouble() || double(value) != number.toDouble())
            refuse(where, FhirImport::tr("the answer to item “%1” is not a whole number in valueInteger").arg(linkId));
        return value;
    }
    const QString code = answer.value(QStringLiteral("valueCoding")).toObject().value(u"code"_s).toString();
    const qsizetype value = answerCodes.indexOf(code);
    if (value < 0)
        refuse(where, FhirImport::tr("the answer to item “%1” is not one of the LOINC answer codes %2 in valueCoding")
                          .arg(linkId, answerCodes.join(u", ")));
    return int(value);
}

// The answers in item order: each item's linkId names its question, in whatever order the items are listed,
// and every question of the instrument is answered once.
QList<int> readItems(const Where& where, const QJsonObject& resource, Instrument instrument)
{
    const QStringList linkIds = fhir::questionnaireLinkIds(instrument);
    const QStringList answerCodes = fhir::questionnaireAnswerCodes(instrument);
    const QString name = instrumentDefinition(instrument).name;
    QList<std::optional<int>> answers(linkIds.size());
    for (const QJsonValue& value : resource.value(QStringLiteral("item")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString linkId = item.value(QStringLiteral("linkId")).toString();
        const qsizetype n = linkIds.indexOf(linkId);
        if (n < 0)
            refuse(where, FhirImport::tr("linkId “%1” is not an item of %2").arg(linkId, name));
        if (answers[n])
            refuse(where, FhirImport::tr("it answers linkId “%1” twice").arg(linkId));
        const QJsonArray answer = item.value(QStringLiteral("answer")).toArray();
        if (answer.size() != 1)
            refuse(where, FhirImport::tr("item “%1” has %2 answers; the export writes one")
                              .arg(linkId, QString::number(answer.size())));
        answers[n] = readAnswer(where, linkId, answer.first().toObject(), answerCodes);
    }
    QList<int> result;
    for (qsizetype n = 0; n < linkIds.size(); ++n) {
        if (!answers[n])
            refuse(where, FhirImport::tr("there is no item with linkId “%1” (item %2 of %3)")
                              .arg(linkIds[n], QString::number(n + 1), name));
        result.append(*answers[n]);
    }
    return result;
}

QuestionnaireResponse readQuestionnaireResponse(const Where& where, const QJsonObject& resource)
{
    const QString canonical = resource.value(QStringLiteral("questionnaire")).toString();
    const auto instrument = instrumentFromString(canonical.mid(canonical.lastIndexOf(u'/') + 1));
    if (!instrument)
        refuse(where, FhirImport::tr("questionnaire “%1” is not one MoodBiome knows").arg(canonical));
    QuestionnaireResponse r;
    r.instrument = *instrument;
    std::optional<QTime> time;
    if (!readDateTime(resource.value(QStringLiteral("authored")).toString(), r.date, time))
        refuse(where, FhirImport::tr("authored “%1” is not a date-time as the export writes it")
                          .arg(resource.value(u"authored"_s).toString()));
    r.answers = readItems(where, resource, r.instrument);
    if (auto problem = checkAnswers(r.instrument, r.answers))
        refuse(where, *problem);
    return r;
}

// One entry of the Bundle, understood into `pending`; refuses (throws) what the export does not write.
void readResource(qsizetype index, const QJsonObject& item, PendingImport& pending, FhirImportSummary& summary)
{
    const QJsonObject resource = item.value(QStringLiteral("resource")).toObject();
    const Where where{index, resource.value(QStringLiteral("resourceType")).toString(),
                      identifierOf(resource).value(QStringLiteral("value")).toString()};
    static const QStringList written = {u"Patient"_s, u"Observation"_s, u"QuestionnaireResponse"_s,
                                        u"MedicationStatement"_s, u"Procedure"_s};
    if (!written.contains(where.type))
        refuse(where, FhirImport::tr("resource type “%1” is not one the export writes (%2)")
                          .arg(where.type, written.join(u", ")));
    claimIdentifier(where, resource, pending);
    if (where.type == u"Patient") {
        readPatient(where, item, pending);
        return;
    }
    const QString subject =
        resource.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
    const QString code = pending.patients.value(subject).first;
    if (code.isEmpty())
        refuse(where, FhirImport::tr("its subject “%1” is no Patient listed before it").arg(subject));
    const QString kindField = where.type == u"MedicationStatement" ? u"category"_s : u"code"_s;
    const QString kindCode = ourCode(resource.value(kindField).toObject());
    if (kindCode.startsWith(u"intervention-"))
        pending.interventions.append({code, readIntervention(where, resource, kindCode)});
    else if (where.type == u"Observation")
        readObservation(where, resource, code, kindCode, pending, summary);
    else if (where.type == u"QuestionnaireResponse")
        pending.responses.append({code, readQuestionnaireResponse(where, resource)});
    else
        refuse(where, FhirImport::tr("its %1 has no intervention code of MoodBiome's CodeSystem").arg(kindField));
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
    pending.identifiers.reserve(list.size());
    for (qsizetype index = 0; index < list.size(); ++index)
        readResource(index, list[index].toObject(), pending, summary);

    Transaction tx(store.database());
    writePending(store, pending, fileName, summary);
    tx.commit();
    return summary;
}

} // namespace mb
