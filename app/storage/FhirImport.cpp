// Resources are read in the Bundle's order; the writing happens only after every resource was understood.
// What the export writes, and so what is accepted, is in docs/FHIR.md.
#include "storage/FhirImport.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/ImportFields.h"
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
#include <QSet>

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

// A refusal of a field: "valueQuantity.value: mood=11: Mood must be between 0 and 10".
[[noreturn]] void refuseField(const Where& where, const QString& field, QString problem)
{
    if (problem.endsWith(u'.'))
        problem.chop(1);
    refuse(where, FhirImport::tr("%1: %2", "a JSON field, what is wrong with it").arg(field, problem));
}

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Object:
        return FhirImport::tr("an object");
    case QJsonValue::Array:
        return FhirImport::tr("an array");
    case QJsonValue::String:
        return FhirImport::tr("a string");
    case QJsonValue::Double:
        return FhirImport::tr("a number");
    case QJsonValue::Bool:
        return FhirImport::tr("true or false");
    default:
        return FhirImport::tr("null");
    }
}

// "entry is an object, not an array", or nullopt when value is absent or of the type.
std::optional<QString> typeProblem(const QJsonValue& value, QJsonValue::Type type, const QString& field)
{
    if (value.isUndefined() || value.type() == type)
        return std::nullopt;
    return FhirImport::tr("%1 is %2, not %3").arg(field, jsonTypeName(value.type()), jsonTypeName(type));
}

// The value of key in object when it is absent or of the type; refuses another JSON type, naming field (the
// key when empty).
QJsonValue typedAt(const Where& where, const QJsonObject& object, QLatin1StringView key, QJsonValue::Type type,
                   const QString& field = {})
{
    const QJsonValue value = object.value(key);
    if (auto problem = typeProblem(value, type, field.isEmpty() ? QString(key) : field))
        refuse(where, *problem);
    return value;
}

QJsonObject objectAt(const Where& where, const QJsonObject& object, QLatin1StringView key, const QString& field = {})
{
    return typedAt(where, object, key, QJsonValue::Object, field).toObject();
}

QJsonArray arrayAt(const Where& where, const QJsonObject& object, QLatin1StringView key, const QString& field = {})
{
    return typedAt(where, object, key, QJsonValue::Array, field).toArray();
}

// A string; refuses one that holds half of a UTF-16 surrogate pair without its other half (a "\ud800" escape alone,
// which Qt's JSON reader lets through and which would be stored as '?').
QString stringAt(const Where& where, const QJsonObject& object, QLatin1StringView key, const QString& field = {})
{
    const QString name = field.isEmpty() ? QString(key) : field;
    const QString text = typedAt(where, object, key, QJsonValue::String, name).toString();
    if (const qsizetype at = firstLoneSurrogate(text); at >= 0)
        refuse(where, FhirImport::tr("%1 holds \\u%2 at character %3: half of a UTF-16 surrogate pair without its "
                                     "other half, which is no character")
                          .arg(name, QString::number(text[at].unicode(), 16))
                          .arg(at + 1));
    return text;
}

// An array the export writes with one object at most (identifier, note, dosage, doseAndRate): that object, or
// an empty one when the array is absent or empty. More than one would lose the others, so is refused.
QJsonObject onlyObjectAt(const Where& where, const QJsonObject& object, QLatin1StringView key,
                         const QString& field = {})
{
    const QString name = field.isEmpty() ? QString(key) : field;
    const QJsonArray array = arrayAt(where, object, key, name);
    if (array.size() > 1)
        refuse(where, FhirImport::tr("%1 has %2 elements where the export writes one").arg(name).arg(array.size()));
    if (array.isEmpty())
        return {};
    if (auto problem = typeProblem(array.first(), QJsonValue::Object, name + u"[0]"))
        refuse(where, *problem);
    return array.first().toObject();
}

QString ourCode(const Where& where, const QJsonObject& codeable, const QString& field)
{
    const QString coding = field + u".coding";
    for (const QJsonValue& c : arrayAt(where, codeable, "coding"_L1, coding)) {
        if (auto problem = typeProblem(c, QJsonValue::Object, coding + u"[]"))
            refuse(where, *problem);
        const QJsonObject one = c.toObject();
        if (stringAt(where, one, "system"_L1, coding + u".system") == QLatin1String(fhir::codeSystem))
            return stringAt(where, one, "code"_L1, coding + u".code");
    }
    return {};
}

// The identifier: an array of one in every resource but QuestionnaireResponse, where it is one object.
QJsonObject identifierOf(const Where& where, const QJsonObject& resource)
{
    if (where.type == u"QuestionnaireResponse")
        return objectAt(where, resource, "identifier"_L1);
    return onlyObjectAt(where, resource, "identifier"_L1);
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

// A date the database accepts (docs/FILE_FORMATS.md), or a refusal naming field.
void requireAcceptedDate(const Where& where, QDate date, const QString& field)
{
    if (auto problem = dateRangeProblem(date))
        refuseField(where, field, *problem);
}

// The start or end of a period: a date as the export writes it (or a date-time), invalid when absent.
QDate periodDate(const Where& where, const QJsonObject& period, QLatin1StringView key, const QString& periodName)
{
    const QString field = periodName + u'.' + key;
    const QString text = stringAt(where, period, key, field);
    if (text.isEmpty())
        return {};
    QDate date;
    std::optional<QTime> time;
    if (!readDateTime(text, date, time))
        refuse(where, FhirImport::tr("%1 “%2” is not a date as the export writes it").arg(field, text));
    requireAcceptedDate(where, date, field);
    return date;
}

// The text of the one note the export writes; a second note is refused rather than lost.
QString noteOf(const Where& where, const QJsonObject& resource)
{
    return stringAt(where, onlyObjectAt(where, resource, "note"_L1), "text"_L1, u"note[0].text"_s);
}

// A key that one JSON object of the document holds twice, the Bundle entry it is in (-1: outside the entries) and
// its byte offset.
struct DuplicateKey {
    QString key;
    qsizetype entry = -1;
    qsizetype offset = 0;
};

// A key's text as the parser reads it (escapes decoded), from the bytes between its quotes.
QString keyText(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    return QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]").array().first().toString();
}

// The first key that an object of json (a document QJsonDocument read) holds twice: the reader keeps the last
// value without a word, so {"value": 50, "value": 5} would be read as 5 and the order of the keys would decide.
// A light scan over the bytes: strings skipped whole, a stack of the open objects' keys and arrays' counts.
std::optional<DuplicateKey> firstDuplicateKey(const QByteArray& json)
{
    struct Open {
        bool object = false;
        QSet<QString> keys;
        QString lastKey;
        bool expectKey = false;
        qsizetype elements = 0;
    };
    QList<Open> stack;
    const auto valueStarts = [&stack] {
        if (!stack.isEmpty() && !stack.last().object)
            ++stack.last().elements;
    };
    const auto entry = [&stack]() -> qsizetype {
        if (stack.size() >= 2 && stack[0].object && stack[0].lastKey == u"entry" && !stack[1].object)
            return stack[1].elements - 1;
        return -1;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            valueStarts();
            stack.append(Open{.object = c == '{', .expectKey = c == '{'});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey) {
                valueStarts();
                continue;
            }
            Open& object = stack.last();
            object.expectKey = false;
            object.lastKey = keyText(QByteArrayView(json).sliced(start, i - start));
            if (object.keys.contains(object.lastKey))
                return DuplicateKey{object.lastKey, entry(), start - 1};
            object.keys.insert(object.lastKey);
        } else if (c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            valueStarts(); // a number, true, false or null: skipped to its end
            while (i + 1 < json.size() && !QByteArrayView(",]} \t\n\r").contains(json[i + 1]))
                ++i;
        }
    }
    return std::nullopt;
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
    if (const auto duplicate = firstDuplicateKey(bytes)) {
        const QString problem = FhirImport::tr("an object has the key “%1” twice (byte %2); which value counts is "
                                               "not defined, so the file is refused")
                                    .arg(duplicate->key)
                                    .arg(duplicate->offset);
        if (duplicate->entry >= 0)
            refuse(Where{duplicate->entry, {}, {}}, problem);
        throw StorageError(Code::InvalidInput,
                           FhirImport::tr("“%1”: %2; nothing was imported.").arg(fileName, problem));
    }
    QJsonObject bundle = document.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != u"Bundle")
        throw StorageError(Code::InvalidInput,
                           FhirImport::tr("“%1” is not a FHIR Bundle; nothing was imported.").arg(fileName));
    return bundle;
}

// The Bundle's entries: an array, or none when there is no "entry".
QJsonArray bundleEntries(const QJsonObject& bundle, const QString& fileName)
{
    const QJsonValue entry = bundle.value("entry"_L1);
    if (auto problem = typeProblem(entry, QJsonValue::Array, u"entry"_s))
        throw StorageError(Code::InvalidInput,
                           FhirImport::tr("“%1”: %2; nothing was imported.").arg(fileName, *problem));
    return entry.toArray();
}

// A journal entry being put together from its Observations, which the export writes with the same subject,
// effectiveDateTime and note.
struct PendingEntry {
    QString code;
    JournalEntry entry;
    QString effective; // the effectiveDateTime as written
    Where first;       // the Observation of its first value
};

// A questionnaire response or an intervention, with its participant's code and where it is in the Bundle.
template <typename T> struct Pending {
    QString code;
    T item;
    Where where;
};

// Everything understood from the Bundle, held until every resource was read.
struct PendingImport {
    QHash<QString, QPair<QString, qsizetype>> patients; // fullUrl -> participant code and Bundle entry
    QStringList codes;
    QList<PendingEntry> entries;
    QHash<QString, qsizetype> entryIndex; // "<code>/entry-<n>" -> index in entries
    QList<Pending<QuestionnaireResponse>> responses;
    QList<Pending<Intervention>> interventions;
    QHash<QString, Measure> measures;
    QHash<QString, qsizetype> identifiers; // "<system>|<value>" -> Bundle entry
};

// Every resource of the export has an identifier of its own (docs/FHIR.md "Bundle").
void claimIdentifier(const Where& where, const QString& system, PendingImport& pending)
{
    if (where.identifier.isEmpty())
        refuse(where, FhirImport::tr("it has no identifier"));
    const QString key = system + u'|' + where.identifier;
    if (const auto first = pending.identifiers.constFind(key); first != pending.identifiers.cend())
        refuse(where, FhirImport::tr("its identifier is also that of Bundle entry %1").arg(*first + 1));
    pending.identifiers.insert(key, where.index);
}

// A participant, under the fullUrl by which the other resources name it as their subject.
void readPatient(const Where& where, const QJsonObject& item, PendingImport& pending)
{
    if (auto problem = participantCodeProblem(where.identifier))
        refuse(where, *problem);
    const QString url = stringAt(where, item, "fullUrl"_L1);
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
    const QJsonObject medication = objectAt(where, resource, "medicationCodeableConcept"_L1);
    i.name = stringAt(where, medication, "text"_L1, u"medicationCodeableConcept.text"_s);
    const QJsonObject dosage = onlyObjectAt(where, resource, "dosage"_L1);
    const QJsonObject rate = onlyObjectAt(where, dosage, "doseAndRate"_L1, u"dosage[0].doseAndRate"_s);
    const QJsonObject dose = objectAt(where, rate, "doseQuantity"_L1);
    if (dose.contains(QStringLiteral("value"))) {
        const QString field = u"doseQuantity.value"_s;
        const double value = numberAt(where, dose.value(QStringLiteral("value")), field);
        if (auto problem = InterventionText::doseProblem(value))
            refuseField(where, field, *problem);
        i.dose = value;
        i.unit = stringAt(where, dose, "unit"_L1, u"doseQuantity.unit"_s);
    }
    // The dosage text is "dose unit, frequency": the frequency is what follows the dose.
    QString text = stringAt(where, dosage, "text"_L1, u"dosage[0].text"_s);
    if (i.dose) {
        const int comma = text.indexOf(u", ");
        text = comma < 0 ? QString() : text.mid(comma + 2);
    }
    i.frequency = text;
    return objectAt(where, resource, "effectivePeriod"_L1);
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
    QString periodName = u"effectivePeriod"_s;
    if (where.type == u"MedicationStatement") {
        period = readMedicationStatement(where, resource, i);
    } else if (where.type == u"Procedure") {
        i.name = stringAt(where, objectAt(where, resource, "code"_L1), "text"_L1, u"code.text"_s);
        periodName = u"performedPeriod"_s;
        period = objectAt(where, resource, "performedPeriod"_L1);
    } else {
        i.name = stringAt(where, resource, "valueString"_L1);
        period = objectAt(where, resource, "effectivePeriod"_L1);
    }
    i.start = periodDate(where, period, "start"_L1, periodName);
    i.end = periodDate(where, period, "end"_L1, periodName);
    i.notes = noteOf(where, resource);
    if (!i.start.isValid() || i.name.trimmed().isEmpty())
        refuse(where, FhirImport::tr("an intervention needs a name and a start date"));
    if (i.end.isValid() && i.end < i.start)
        refuseField(where, periodName + u".end",
                    FhirImport::tr("%1 lies before the start %2").arg(isoDate(i.end), isoDate(i.start)));
    return i;
}

// The value of an Observation's valueQuantity, in the unit the export writes for the measure: a UCUM code, or
// for a custom measure its unit as text only (docs/FHIR.md "Resources"), and within the measure's range.
double readQuantity(const Where& where, const QJsonObject& resource, const Measure& m)
{
    const QJsonObject quantity = objectAt(where, resource, "valueQuantity"_L1);
    if (quantity.isEmpty())
        refuse(where, FhirImport::tr("%1 is missing").arg(u"valueQuantity"_s));
    const QString field = u"valueQuantity.value"_s;
    const double value = numberAt(where, quantity.value(QStringLiteral("value")), field);
    const QString ucum = fhir::ucumUnit(m.kind);
    const QString unit = ucum.isEmpty() ? m.unit : ucum;
    const QString system = ucum.isEmpty() ? QString() : QString::fromLatin1(fhir::ucumSystem);
    const QString givenUnit = stringAt(where, quantity, "unit"_L1, u"valueQuantity.unit"_s);
    const QString givenCode = stringAt(where, quantity, "code"_L1, u"valueQuantity.code"_s);
    const QString givenSystem = stringAt(where, quantity, "system"_L1, u"valueQuantity.system"_s);
    if (givenUnit != unit || givenCode != ucum || givenSystem != system)
        refuse(where, FhirImport::tr("valueQuantity has unit “%1”, code “%2”, system “%3”; the export writes %4 with "
                                     "unit “%5”, code “%6”, system “%7”")
                          .arg(givenUnit, givenCode, givenSystem, m.key, unit, ucum, system));
    if (auto problem = MeasureText::validate(m, value, MeasureText::messageLanguage()))
        refuseField(where, field, *problem);
    return value;
}

// The first value of an entry starts it; the others must agree with it on subject, date-time and note, and
// add a measure it does not have yet.
void addToEntry(const Where& where, const PendingEntry& entry, const QString& code, const QString& effective,
                const QString& note, const QString& measure)
{
    const QString entryKey = where.identifier.left(where.identifier.lastIndexOf(u'/'));
    const QString first = QString::number(entry.first.index + 1);
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
    const QString effective = stringAt(where, resource, "effectiveDateTime"_L1);
    if (!readDateTime(effective, date, time))
        refuse(where,
               FhirImport::tr("effectiveDateTime “%1” is not a date-time as the export writes it").arg(effective));
    requireAcceptedDate(where, date, u"effectiveDateTime"_s);
    const QString note = noteOf(where, resource);
    // "<code>/entry-<n>/<measure>": the values of one entry share "<code>/entry-<n>".
    const QString entryKey = where.identifier.left(where.identifier.lastIndexOf(u'/'));
    auto found = pending.entryIndex.constFind(entryKey);
    if (found == pending.entryIndex.cend()) {
        PendingEntry entry{code, {}, effective, where};
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
    const QJsonObject coding = objectAt(where, answer, "valueCoding"_L1, u"answer[0].valueCoding"_s);
    const QString code = stringAt(where, coding, "code"_L1, u"answer[0].valueCoding.code"_s);
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
    for (const QJsonValue& value : arrayAt(where, resource, "item"_L1)) {
        if (auto problem = typeProblem(value, QJsonValue::Object, u"item[]"_s))
            refuse(where, *problem);
        const QJsonObject item = value.toObject();
        const QString linkId = stringAt(where, item, "linkId"_L1, u"item.linkId"_s);
        const qsizetype n = linkIds.indexOf(linkId);
        if (n < 0)
            refuse(where, FhirImport::tr("linkId “%1” is not an item of %2").arg(linkId, name));
        if (answers[n])
            refuse(where, FhirImport::tr("it answers linkId “%1” twice").arg(linkId));
        const QJsonArray answer = arrayAt(where, item, "answer"_L1, u"item.answer"_s);
        if (answer.size() != 1)
            refuse(where, FhirImport::tr("item “%1” has %2 answers; the export writes one")
                              .arg(linkId, QString::number(answer.size())));
        if (auto problem = typeProblem(answer.first(), QJsonValue::Object, u"item.answer[0]"_s))
            refuse(where, *problem);
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
    const QString canonical = stringAt(where, resource, "questionnaire"_L1);
    const auto instrument = instrumentFromString(canonical.mid(canonical.lastIndexOf(u'/') + 1));
    if (!instrument)
        refuse(where, FhirImport::tr("questionnaire “%1” is not one MoodBiome knows").arg(canonical));
    QuestionnaireResponse r;
    r.instrument = *instrument;
    std::optional<QTime> time;
    const QString authored = stringAt(where, resource, "authored"_L1);
    if (!readDateTime(authored, r.date, time))
        refuse(where, FhirImport::tr("authored “%1” is not a date-time as the export writes it").arg(authored));
    requireAcceptedDate(where, r.date, u"authored"_s);
    if (r.date > clock().today())
        refuseField(where, u"authored"_s,
                    FhirImport::tr("%1 lies in the future; a questionnaire is dated the day it was filled in")
                        .arg(isoDate(r.date)));
    r.answers = readItems(where, resource, r.instrument);
    if (auto problem = checkAnswers(r.instrument, r.answers))
        refuse(where, *problem);
    return r;
}

// The type and identifier of the resource in one entry of the Bundle, claimed; refuses what the export does not
// write.
QJsonObject readHeader(const QJsonValue& value, Where& where, PendingImport& pending)
{
    if (auto problem = typeProblem(value, QJsonValue::Object, FhirImport::tr("the entry")))
        refuse(where, *problem);
    const QJsonObject resource = objectAt(where, value.toObject(), "resource"_L1);
    where.type = stringAt(where, resource, "resourceType"_L1);
    static const QStringList written = {u"Patient"_s, u"Observation"_s, u"QuestionnaireResponse"_s,
                                        u"MedicationStatement"_s, u"Procedure"_s};
    if (!written.contains(where.type))
        refuse(where, FhirImport::tr("resource type “%1” is not one the export writes (%2)")
                          .arg(where.type, written.join(u", ")));
    const QJsonObject identifier = identifierOf(where, resource);
    where.identifier = stringAt(where, identifier, "value"_L1, u"identifier.value"_s);
    claimIdentifier(where, stringAt(where, identifier, "system"_L1, u"identifier.system"_s), pending);
    return resource;
}

// One entry of the Bundle, understood into `pending`; refuses (throws) what the export does not write.
void readResource(qsizetype index, const QJsonValue& value, PendingImport& pending, FhirImportSummary& summary)
{
    Where where{index, {}, {}};
    const QJsonObject resource = readHeader(value, where, pending);
    if (where.type == u"Patient") {
        readPatient(where, value.toObject(), pending);
        return;
    }
    const QString subject =
        stringAt(where, objectAt(where, resource, "subject"_L1), "reference"_L1, u"subject.reference"_s);
    const QString code = pending.patients.value(subject).first;
    if (code.isEmpty())
        refuse(where, FhirImport::tr("its subject “%1” is no Patient listed before it").arg(subject));
    const QLatin1StringView kindKey = where.type == u"MedicationStatement" ? "category"_L1 : "code"_L1;
    const QString kindField = QString(kindKey);
    const QString kindCode = ourCode(where, objectAt(where, resource, kindKey), kindField);
    if (kindCode.startsWith(u"intervention-"))
        pending.interventions.append({code, readIntervention(where, resource, kindCode), where});
    else if (where.type == u"Observation")
        readObservation(where, resource, code, kindCode, pending, summary);
    else if (where.type == u"QuestionnaireResponse")
        pending.responses.append({code, readQuestionnaireResponse(where, resource), where});
    else
        refuse(where, FhirImport::tr("its %1 has no intervention code of MoodBiome's CodeSystem").arg(kindField));
}

// Runs write; a refusal of the storage layer that the reading did not foresee is given again naming where.
template <typename Write> void naming(const Where& where, Write write)
{
    try {
        write();
    } catch (const StorageError& e) {
        if (e.code() != Code::InvalidInput && e.code() != Code::NotFound)
            throw;
        QString problem = e.message();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        refuse(where, problem);
    }
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

// The journal entries in one write; when the storage layer refuses it, each is tried alone (and undone) to
// name the one it refuses.
void writeJournal(Store& store, const QList<PendingEntry>& entries, const QList<JournalEntry>& journal,
                  const QString& source)
{
    try {
        store.journal().addMany(journal, source);
    } catch (const StorageError& e) {
        if (e.code() != Code::InvalidInput && e.code() != Code::NotFound)
            throw;
        for (qsizetype n = 0; n < entries.size(); ++n) {
            Transaction tryAlone(store.database()); // never committed
            naming(entries[n].first, [&] { store.journal().addMany({journal[n]}, source); });
        }
        throw;
    }
}

// What identifies a stored item as one the Bundle holds again: every field the export writes, as text.
QString entryKey(const JournalEntry& e)
{
    QStringList parts{isoDate(e.date), e.time ? e.time->toString(u"HH:mm") : QString(), e.note};
    for (auto v = e.values.cbegin(); v != e.values.cend(); ++v)
        parts << v.key() + u'=' + QString::number(v.value(), 'g', 17);
    return parts.join(QChar(0));
}

QString responseKey(const QuestionnaireResponse& r)
{
    QStringList parts{toString(r.instrument), isoDate(r.date)};
    for (int answer : r.answers)
        parts << QString::number(answer);
    return parts.join(QChar(0));
}

QString interventionKey(const Intervention& i)
{
    return QStringList{toString(i.kind),
                       i.name.trimmed(),
                       i.dose ? QString::number(*i.dose, 'g', 17) : QString(),
                       i.unit.trimmed(),
                       i.frequency.trimmed(),
                       isoDate(i.start),
                       i.end.isValid() ? isoDate(i.end) : QString(),
                       i.notes}
        .join(QChar(0));
}

// The keys of what a participant who was there before the import has stored (nothing for one just created).
struct StoredItems {
    QSet<QString> entries, responses, interventions;
};

StoredItems storedItems(Store& store, qint64 participantId)
{
    StoredItems stored;
    for (const JournalEntry& e : store.journal().entries(participantId))
        stored.entries.insert(entryKey(e));
    for (const QuestionnaireResponse& r : store.questionnaires().list(participantId))
        stored.responses.insert(responseKey(r));
    for (const Intervention& i : store.interventions().list(participantId))
        stored.interventions.insert(interventionKey(i));
    return stored;
}

// Writes what was understood and is not stored already; the caller holds the transaction.
void writePending(Store& store, PendingImport& pending, const QString& fileName, FhirImportSummary& summary)
{
    QHash<qint64, StoredItems> stored;
    for (const QString& code : std::as_const(pending.codes))
        if (const auto existing = store.participants().byCode(code))
            stored.insert(existing->id, storedItems(store, existing->id));
    const QHash<QString, qint64> ids = participantIds(store, pending.codes, fileName, summary);
    // Whether the participant had the item's key stored before; counted as left out when so.
    const auto isStored = [&stored, &summary](qint64 participantId, QSet<QString> StoredItems::*kind,
                                              const QString& key) {
        const auto known = stored.constFind(participantId);
        const bool found = known != stored.cend() && ((*known).*kind).contains(key);
        summary.alreadyStored += found;
        return found;
    };
    QList<PendingEntry> entries;
    QList<JournalEntry> journal;
    for (PendingEntry& entry : pending.entries) {
        entry.entry.participantId = ids.value(entry.code);
        if (isStored(entry.entry.participantId, &StoredItems::entries, entryKey(entry.entry))) {
            summary.observations -= entry.entry.values.size();
            continue;
        }
        entries.append(entry);
        journal.append(entry.entry);
    }
    if (!journal.isEmpty())
        writeJournal(store, entries, journal, QStringLiteral("fhir:") + fileName);
    summary.entries = journal.size();
    const QString reason = FhirImport::tr("FHIR import of %1").arg(fileName);
    for (Pending<QuestionnaireResponse>& r : pending.responses) {
        r.item.participantId = ids.value(r.code);
        if (isStored(r.item.participantId, &StoredItems::responses, responseKey(r.item)))
            continue;
        naming(r.where, [&] { store.questionnaires().add(r.item, reason); });
        ++summary.questionnaires;
    }
    for (Pending<Intervention>& i : pending.interventions) {
        i.item.participantId = ids.value(i.code);
        if (isStored(i.item.participantId, &StoredItems::interventions, interventionKey(i.item)))
            continue;
        naming(i.where, [&] { store.interventions().add(i.item, reason); });
        ++summary.interventions;
    }
}

} // namespace

FhirImportSummary FhirImport::run(Store& store, const QByteArray& bytes, const QString& fileName)
{
    const QJsonObject bundle = readBundle(bytes, fileName);
    FhirImportSummary summary;
    PendingImport pending;
    for (const Measure& m : store.measures().list())
        pending.measures.insert(m.key, m);

    const QJsonArray list = bundleEntries(bundle, fileName);
    summary.resources = list.size();
    pending.identifiers.reserve(list.size());
    for (qsizetype index = 0; index < list.size(); ++index)
        readResource(index, list[index], pending, summary);

    Transaction tx(store.database());
    writePending(store, pending, fileName, summary);
    tx.commit();
    return summary;
}

} // namespace mb
