// The FHIR Bundle written resource by resource; observations come straight from one ordered query.
#include "storage/FhirExport.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "storage/ExportWriter.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mb {

namespace {

const QString loinc = QStringLiteral("http://loinc.org");
const QString ucum = QString::fromLatin1(fhir::ucumSystem);

// A JSON string literal, quotes included.
QString jsonString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\"";
            break;
        case '\\':
            out += u"\\\\";
            break;
        case '\n':
            out += u"\\n";
            break;
        case '\r':
            out += u"\\r";
            break;
        case '\t':
            out += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Stable urn:uuid names: the same data give the same Bundle, and references need no lookup table.
const QUuid namespaceUuid = QUuid(QStringLiteral("{6f0c1a52-3b8e-5d47-9a61-0d2e8c4b7f13}"));
QString urnFor(const QString& system, const QString& value)
{
    return u"urn:uuid:" + QUuid::createUuidV5(namespaceUuid, system + u'|' + value).toString(QUuid::WithoutBraces);
}

// ±hh:mm from a number of seconds east of UTC.
QString offsetText(qint64 seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

// The date-time of an entry: the local date, or the local date and time with the offset the entry's UTC
// instant implies.
QString effectiveText(QDate date, const std::optional<QTime>& time, const QDateTime& atUtc)
{
    if (!time)
        return isoDate(date);
    const QDateTime local(date, *time, Qt::UTC);
    const qint64 offset = atUtc.isValid() ? atUtc.secsTo(local) : 0;
    return isoDate(date) + u'T' + time->toString(u"HH:mm:ss") + offsetText(offset);
}

struct InstrumentCodes {
    QString panel;        // LOINC panel code, or empty
    QString total;        // LOINC total-score code, or empty (then our CodeSystem's exportKey)
    QStringList items;    // LOINC item codes in order, or empty (then "<code>-<n>")
    QStringList answerLa; // LOINC answer codes by answer value, or empty (then valueInteger)
};

// Only codes checked against published material (docs/FHIR.md "Codes and how they were checked").
InstrumentCodes codesFor(Instrument instrument)
{
    static const QStringList frequency = {QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"),
                                          QStringLiteral("LA6570-1"), QStringLiteral("LA6571-9")};
    switch (instrument) {
    case Instrument::Phq9:
        return {QStringLiteral("44249-1"), QStringLiteral("44261-6"),
                QStringList{u"44250-9"_s, u"44255-8"_s, u"44259-0"_s, u"44254-1"_s, u"44251-7"_s, u"44258-2"_s,
                            u"44252-5"_s, u"44253-3"_s, u"44260-8"_s},
                frequency};
    case Instrument::Gad7:
        return {QStringLiteral("69737-5"), QStringLiteral("70274-6"),
                QStringList{u"69725-0"_s, u"68509-9"_s, u"69733-4"_s, u"69734-2"_s, u"69735-9"_s, u"69689-8"_s,
                            u"69736-7"_s},
                frequency};
    case Instrument::Pss10:
        return {QStringLiteral("106875-8"), QStringLiteral("106860-0"), {}, {}};
    case Instrument::Who5:
        break;
    }
    return {};
}

QString intervalJson(const Intervention& i)
{
    QJsonObject period{{QStringLiteral("start"), isoDate(i.start)}};
    if (i.end.isValid())
        period.insert(QStringLiteral("end"), isoDate(i.end));
    return compact(period);
}

class BundleWriter {
public:
    BundleWriter(Store& store, const ExportFilter& filter, ExportWriter& writer)
        : m_store(store)
        , m_filter(filter)
        , m_writer(writer)
        , m_system(filter.fhirSystem.isEmpty() ? QString::fromLatin1(fhir::defaultSystem) : filter.fhirSystem)
    {
    }

    void write();

private:
    // One Bundle entry: the resource's JSON with its identifier value (under m_system + suffix).
    void entry(const QString& resourceType, const QString& suffix, const QString& value, const QString& body);
    // An array, except for QuestionnaireResponse, whose identifier is a single value in R4.
    QString identifier(const QString& resourceType, const QString& suffix, const QString& value) const
    {
        const QString one = u"{\"system\":" + jsonString(m_system + suffix) + u",\"value\":" + jsonString(value) + u'}';
        return resourceType == u"QuestionnaireResponse" ? one : u'[' + one + u']';
    }
    QString patientRef(const QString& code) const
    {
        return u"{\"reference\":" + jsonString(urnFor(m_system, code)) + u'}';
    }
    void observations();
    void questionnaires(const Participant& p);
    void interventions(const Participant& p);

    Store& m_store;
    const ExportFilter& m_filter;
    ExportWriter& m_writer;
    QString m_system;
    bool m_first = true;
};

void BundleWriter::entry(const QString& resourceType, const QString& suffix, const QString& value, const QString& body)
{
    const QString system = m_system + suffix;
    QString line = m_first ? QStringLiteral("\n") : QStringLiteral(",\n");
    m_first = false;
    line += u"{\"fullUrl\":" + jsonString(urnFor(system, value)) + u",\"resource\":{\"resourceType\":" +
            jsonString(resourceType) + u",\"identifier\":" + identifier(resourceType, suffix, value) + u',' + body +
            u'}';
    if (m_filter.fhirTransaction)
        line += u",\"request\":{\"method\":\"POST\",\"url\":" + jsonString(resourceType) + u",\"ifNoneExist\":" +
                jsonString(u"identifier=" + QString::fromLatin1(QUrl::toPercentEncoding(system)) + u"%7C" +
                           QString::fromLatin1(QUrl::toPercentEncoding(value))) +
                u'}';
    line += u'}';
    m_writer.write(line);
    m_writer.countRow();
}

void BundleWriter::write()
{
    QList<Participant> participants = m_store.participants().list();
    if (!m_filter.participantCode.isEmpty())
        participants.removeIf([&](const Participant& p) { return p.code != m_filter.participantCode; });
    participants.removeIf([&](const Participant& p) { return !m_filter.includes(p.code); });
    std::sort(participants.begin(), participants.end(),
              [](const Participant& a, const Participant& b) { return QString::compare(a.code, b.code) < 0; });

    m_writer.write(u"{\"resourceType\":\"Bundle\",\"type\":" +
                   jsonString(m_filter.fhirTransaction ? u"transaction"_s : u"collection"_s) +
                   (m_filter.fhirTransaction ? QString() : u",\"timestamp\":" + jsonString(isoUtc(clock().nowUtc()))) +
                   u",\"entry\":[");
    // The Patient carries only the pseudonymous code (never a name): the study system identifies it.
    for (const Participant& p : participants)
        entry(QStringLiteral("Patient"), QString(), p.code, QStringLiteral("\"active\":true"));
    observations();
    for (const Participant& p : participants) {
        questionnaires(p);
        interventions(p);
    }
    m_writer.write(QStringLiteral("\n]}\n"));
}

void BundleWriter::observations()
{
    QHash<QString, Measure> measures;
    for (const Measure& m : m_store.measures().list())
        measures.insert(m.key, m);
    // Participant by participant (CROSS JOIN keeps SQLite to that order): the rows come sorted but for each
    // participant's entries, so nothing larger than one participant is ever sorted or held.
    Statement st = m_store.database().prepare(
        u"SELECT p.code, e.id, e.local_date, e.local_time, e.at_utc, m.key, o.value, e.note "
        u"FROM participant p CROSS JOIN entry e ON e.participant_id = p.id "
        u"CROSS JOIN observation o ON o.entry_id = e.id JOIN measure m ON m.id = o.measure_id "
        u"WHERE e.deleted = 0 AND p.deleted = 0 AND (?1 = '' OR p.code = ?1) "
        u"AND (?2 = '' OR e.local_date >= ?2) AND (?3 = '' OR e.local_date <= ?3) "
        u"ORDER BY p.code, e.local_date, e.local_time, e.id, m.sort_order");
    st.bind(1, m_filter.participantCode.isNull() ? QStringLiteral("") : m_filter.participantCode);
    st.bind(2, m_filter.from.isValid() ? isoDate(m_filter.from) : QStringLiteral(""))
        .bind(3, m_filter.to.isValid() ? isoDate(m_filter.to) : QStringLiteral(""));
    const QString category = QStringLiteral(
        "\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/observation-category\","
        "\"code\":\"survey\"}]}]");
    const QString codeSystem = jsonString(QString::fromLatin1(fhir::codeSystem));
    while (st.step()) {
        const QString code = st.text(0);
        if (!m_filter.includes(code))
            continue;
        const QDate date = requireExportable(st, {.entryId = 1, .date = 2, .measure = 5, .value = 6}, code);
        const std::optional<QTime> time =
            st.isNull(3) ? std::nullopt : std::optional<QTime>(QTime::fromString(st.text(3), u"HH:mm"));
        const QDateTime atUtc = QDateTime::fromString(st.text(4), Qt::ISODate);
        const QString key = st.text(5);
        const double value = st.real(6);
        const QString note = st.text(7);
        const Measure& m = measures[key];
        const QString unit = fhir::ucumUnit(m.kind);
        QString quantity = u"{\"value\":" + plainNumber(value);
        if (!unit.isEmpty())
            quantity +=
                u",\"unit\":" + jsonString(unit) + u",\"system\":\"" + ucum + u"\",\"code\":" + jsonString(unit);
        else if (!m.unit.isEmpty())
            quantity += u",\"unit\":" + jsonString(m.unit);
        quantity += u'}';
        QString body = u"\"status\":\"final\"," + category + u",\"code\":{\"coding\":[{\"system\":" + codeSystem +
                       u",\"code\":" + jsonString(key) + u",\"display\":" + jsonString(m.labelEn) + u"}],\"text\":" +
                       jsonString(m.labelEn) + u"},\"subject\":" + patientRef(code) + u",\"effectiveDateTime\":" +
                       jsonString(effectiveText(date, time, atUtc)) + u",\"valueQuantity\":" + quantity;
        if (!note.isEmpty())
            body += u",\"note\":[{\"text\":" + jsonString(note) + u"}]";
        // The identifier names the entry, so that an import puts an entry's values back together.
        entry(QStringLiteral("Observation"), QStringLiteral("/observation"),
              code + u"/entry-" + QString::number(st.int64(1)) + u'/' + key, body);
    }
}

void BundleWriter::questionnaires(const Participant& p)
{
    const QTimeZone zone = clock().timeZone();
    const QList<QuestionnaireResponse> all = m_store.questionnaires().exportable(p.id, p.code); // newest first
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QuestionnaireResponse& r = *it;
        if (!m_filter.contains(r.date))
            continue;
        const InstrumentDefinition& d = instrumentDefinition(r.instrument);
        const InstrumentCodes codes = codesFor(r.instrument);
        QString authored = isoDate(r.date);
        if (r.atUtc.isValid()) {
            const QDateTime local = r.atUtc.toTimeZone(zone);
            if (local.date() == r.date)
                authored =
                    isoDate(r.date) + u'T' + local.time().toString(u"HH:mm:ss") + offsetText(local.offsetFromUtc());
        }
        const QStringList linkIds = fhir::questionnaireLinkIds(r.instrument);
        QJsonArray items;
        for (int n = 1; n <= r.answers.size(); ++n) {
            const int answer = r.answers[n - 1];
            QJsonObject value;
            if (!codes.answerLa.isEmpty())
                value.insert(QStringLiteral("valueCoding"),
                             QJsonObject{{QStringLiteral("system"), loinc},
                                         {QStringLiteral("code"), codes.answerLa.value(answer)},
                                         {QStringLiteral("display"), d.answers.value(answer).en}});
            else
                value.insert(QStringLiteral("valueInteger"), answer);
            items.append(QJsonObject{{QStringLiteral("linkId"), linkIds.value(n - 1)},
                                     {QStringLiteral("text"), d.items.value(n - 1).en},
                                     {QStringLiteral("answer"), QJsonArray{value}}});
        }
        const QString responseValue = p.code + u'/' + d.code + u"/response-" + QString::number(r.id);
        const QString responseUrn = urnFor(m_system + u"/questionnaire-response", responseValue);
        QString body =
            u"\"questionnaire\":" + jsonString(QString::fromLatin1(fhir::questionnaireBase) + u'/' + d.code) +
            u",\"status\":\"completed\",\"subject\":" + patientRef(p.code) + u",\"authored\":" + jsonString(authored) +
            u",\"item\":" + QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
        entry(QStringLiteral("QuestionnaireResponse"), QStringLiteral("/questionnaire-response"), responseValue, body);

        // The total as an Observation of its own, derived from the response.
        const QString coding =
            codes.total.isEmpty()
                ? QString(u"{\"system\":" + jsonString(QString::fromLatin1(fhir::codeSystem)) + u",\"code\":" +
                          jsonString(d.exportKey()) + u",\"display\":" + jsonString(d.name + u" score") + u'}')
                : QString(u"{\"system\":\"" + loinc + u"\",\"code\":" + jsonString(codes.total) + u",\"display\":" +
                          jsonString(d.name + u" total score") + u'}');
        QString total =
            u"\"status\":\"final\",\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/"
            u"observation-category\",\"code\":\"survey\"}]}],\"code\":{\"coding\":[" +
            coding + u"],\"text\":" + jsonString(d.name + u" total score") + u"},\"subject\":" + patientRef(p.code) +
            u",\"effectiveDateTime\":" + jsonString(authored) + u",\"valueQuantity\":{\"value\":" +
            QString::number(d.exportValue(r.total)) + u",\"unit\":\"{score}\",\"system\":\"" + ucum +
            u"\",\"code\":\"{score}\"},\"derivedFrom\":[{\"reference\":" + jsonString(responseUrn) + u"}]";
        entry(QStringLiteral("Observation"), QStringLiteral("/questionnaire-total"), responseValue, total);
    }
}

// The ",\"dosage\":[…]" member of a MedicationStatement: "dose unit, frequency" as text and the dose as a
// quantity; empty when the intervention has neither dose nor frequency.
QString dosageJson(const Intervention& i)
{
    QStringList text;
    if (i.dose)
        text << plainNumber(*i.dose) + (i.unit.isEmpty() ? QString() : u' ' + i.unit);
    if (!i.frequency.isEmpty())
        text << i.frequency;
    if (text.isEmpty() && !i.dose)
        return {};
    QString dosage = QStringLiteral(",\"dosage\":[{");
    if (!text.isEmpty())
        dosage += u"\"text\":" + jsonString(text.join(u", "));
    if (i.dose) {
        dosage += (text.isEmpty() ? QString() : QStringLiteral(",")) +
                  u"\"doseAndRate\":[{\"doseQuantity\":{\"value\":" + plainNumber(*i.dose) +
                  (i.unit.isEmpty() ? QString() : u",\"unit\":" + jsonString(i.unit)) + u"}}]";
    }
    dosage += QStringLiteral("}]");
    return dosage;
}

void BundleWriter::interventions(const Participant& p)
{
    const QDate today = clock().today();
    const QString codeSystem = jsonString(QString::fromLatin1(fhir::codeSystem));
    for (const Intervention& i : m_store.interventions().exportable(p.id, p.code)) {
        if ((m_filter.to.isValid() && i.start > m_filter.to) ||
            (m_filter.from.isValid() && i.lastDay(today) < m_filter.from))
            continue;
        const QString kind = toString(i.kind);
        const QString value = p.code + u"/intervention-" + QString::number(i.id);
        const QString kindCoding =
            u"{\"system\":" + codeSystem + u",\"code\":" + jsonString(u"intervention-" + kind) + u'}';
        const QString notes = i.notes.isEmpty() ? QString() : u",\"note\":[{\"text\":" + jsonString(i.notes) + u"}]";
        const bool ongoing = i.isOngoing() || i.end >= today;
        const QString type = fhir::interventionResourceType(i.kind);
        switch (i.kind) {
        case InterventionKind::Probiotic:
        case InterventionKind::Prebiotic:
        case InterventionKind::Medication: {
            // Something taken: MedicationStatement, with the product named as text (no product codes here).
            const QString dosage = dosageJson(i);
            entry(type, QStringLiteral("/intervention"), value,
                  u"\"status\":" + jsonString(ongoing ? u"active"_s : u"completed"_s) + u",\"category\":{\"coding\":[" +
                      kindCoding + u"]},\"medicationCodeableConcept\":{\"text\":" + jsonString(i.name) +
                      u"},\"subject\":" + patientRef(p.code) + u",\"effectivePeriod\":" + intervalJson(i) + dosage +
                      notes);
            break;
        }
        case InterventionKind::Fmt:
            // A procedure done to the participant.
            entry(type, QStringLiteral("/intervention"), value,
                  u"\"status\":" + jsonString(ongoing ? u"in-progress"_s : u"completed"_s) +
                      u",\"code\":{\"coding\":[" + kindCoding + u"],\"text\":" + jsonString(i.name) +
                      u"},\"subject\":" + patientRef(p.code) + u",\"performedPeriod\":" + intervalJson(i) + notes);
            break;
        case InterventionKind::Diet:
        case InterventionKind::Lifestyle:
        case InterventionKind::Other:
            // A way of eating or living over a period (NutritionIntake is R5 only): an Observation of it.
            entry(type, QStringLiteral("/intervention"), value,
                  u"\"status\":\"final\",\"code\":{\"coding\":[" + kindCoding + u"],\"text\":" +
                      jsonString(toString(i.kind)) + u"},\"subject\":" + patientRef(p.code) + u",\"effectivePeriod\":" +
                      intervalJson(i) + u",\"valueString\":" + jsonString(i.name) + notes);
            break;
        }
    }
}

} // namespace

QString fhir::ucumUnit(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Scale:
        return QStringLiteral("{score}");
    case MeasureKind::Hours:
        return QStringLiteral("h");
    case MeasureKind::Category:
        return QStringLiteral("{category}");
    case MeasureKind::Grams:
        return QStringLiteral("g");
    case MeasureKind::Servings:
        return QStringLiteral("{servings}");
    case MeasureKind::Count:
        return QStringLiteral("{count}");
    case MeasureKind::Units:
        return QStringLiteral("{alcohol_units}");
    case MeasureKind::Milligrams:
        return QStringLiteral("mg");
    case MeasureKind::Minutes:
        return QStringLiteral("min");
    case MeasureKind::Other:
        break;
    }
    return {};
}

QStringList fhir::questionnaireLinkIds(Instrument instrument)
{
    const InstrumentCodes codes = codesFor(instrument);
    if (!codes.items.isEmpty())
        return codes.items;
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    QStringList linkIds;
    for (qsizetype n = 1; n <= d.items.size(); ++n)
        linkIds.append(d.code + u'-' + QString::number(n));
    return linkIds;
}

QStringList fhir::questionnaireAnswerCodes(Instrument instrument)
{
    return codesFor(instrument).answerLa;
}

QString fhir::interventionResourceType(InterventionKind kind)
{
    switch (kind) {
    case InterventionKind::Probiotic:
    case InterventionKind::Prebiotic:
    case InterventionKind::Medication:
        return QStringLiteral("MedicationStatement");
    case InterventionKind::Fmt:
        return QStringLiteral("Procedure");
    case InterventionKind::Diet:
    case InterventionKind::Lifestyle:
    case InterventionKind::Other:
        break;
    }
    return QStringLiteral("Observation");
}

void writeFhirBundle(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    BundleWriter(store, filter, writer).write();
}

bool isFhirSystemUri(const QString& text)
{
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s|]+$"));
    return uri.match(text).hasMatch();
}

} // namespace mb
