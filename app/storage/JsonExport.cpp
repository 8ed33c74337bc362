// Each participant's data in turn; the arrays are written element by element.
#include "storage/JsonExport.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "storage/ChainAnchor.h"
#include "storage/ExportWriter.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mb {

namespace {

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject measureJson(const Measure& m)
{
    return {{QStringLiteral("key"), m.key},          {QStringLiteral("label_en"), m.labelEn},
            {QStringLiteral("label_nl"), m.labelNl}, {QStringLiteral("kind"), toString(m.kind)},
            {QStringLiteral("unit"), m.unit},        {QStringLiteral("minimum"), m.minimum},
            {QStringLiteral("maximum"), m.maximum},  {QStringLiteral("direction"), toString(m.direction)},
            {QStringLiteral("builtin"), m.builtin}};
}

QJsonObject participantJson(const Participant& p, bool includeNames)
{
    QJsonObject o = JsonCodec::withParticipantCode(JsonCodec::participant(p), p.code);
    if (!includeNames) { // pseudonymous unless asked
        o.remove(QStringLiteral("display_name"));
        o.remove(QStringLiteral("notes"));
    }
    return o;
}

QMap<qint64, QString> tagNamesOf(Store& store)
{
    QMap<qint64, QString> names;
    for (const Tag& t : store.tags().list())
        names.insert(t.id, t.name);
    return names;
}

QJsonObject entryJson(const QString& code, const JournalEntry& e, const QMap<qint64, QString>& tagNames)
{
    return JsonCodec::withTagNames(JsonCodec::withParticipantCode(JsonCodec::entry(e), code), tagNames);
}

QJsonObject interventionJson(Store& store, const QString& code, const Intervention& i, const ExportFilter& filter)
{
    QJsonObject adherence;
    if (i.tracksAdherence()) {
        const QDate from = filter.from.isValid() ? std::max(filter.from, i.start) : i.start;
        const QDate last = i.lastDay(clock().today());
        const QDate to = filter.to.isValid() ? std::min(filter.to, last) : last;
        const auto ticks = store.interventions().exportableAdherence(i.id, from, to, code);
        for (auto it = ticks.cbegin(); it != ticks.cend(); ++it)
            adherence.insert(isoDate(it.key()), it.value());
    }
    QJsonObject o = JsonCodec::withParticipantCode(JsonCodec::intervention(i), code);
    o.insert(QStringLiteral("adherence"), adherence);
    return o;
}

QJsonObject responseJson(const QString& code, const QuestionnaireResponse& r)
{
    QJsonArray answers;
    for (int a : r.answers)
        answers.append(a);
    QJsonValue acknowledgement;
    if (r.acknowledgement)
        acknowledgement = QJsonObject{{QStringLiteral("at_utc"), isoUtc(r.acknowledgement->atUtc)},
                                      {QStringLiteral("by"), r.acknowledgement->by},
                                      {QStringLiteral("note"), r.acknowledgement->note}};
    return {{QStringLiteral("participant"), code},     {QStringLiteral("instrument"), toString(r.instrument)},
            {QStringLiteral("date"), isoDate(r.date)}, {QStringLiteral("answers"), answers},
            {QStringLiteral("total"), r.total},        {QStringLiteral("severity"), r.severity},
            {QStringLiteral("flagged"), r.flagged},    {QStringLiteral("acknowledged"), acknowledgement}};
}

// Writes `"name":[`, then one element a line, then `]` on close().
class ArrayWriter {
public:
    ArrayWriter(ExportWriter& writer, const char* name)
        : m_writer(writer)
    {
        m_writer.write(u"\"" + QString::fromLatin1(name) + u"\":[");
    }
    void add(const QJsonObject& element)
    {
        m_writer.write((m_empty ? QStringLiteral("\n") : QStringLiteral(",\n")) + compact(element));
        m_empty = false;
    }
    void close(bool last = false) { m_writer.write(last ? QStringLiteral("\n]\n") : QStringLiteral("\n],\n")); }

private:
    ExportWriter& m_writer;
    bool m_empty = true;
};

QList<Participant> selected(Store& store, const ExportFilter& filter)
{
    QList<Participant> all = store.participants().list();
    if (!filter.participantCode.isEmpty())
        all.removeIf([&](const Participant& p) { return p.code != filter.participantCode; });
    all.removeIf([&](const Participant& p) { return !filter.includes(p.code); });
    return all;
}

} // namespace

void writeJsonDocument(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    const QList<Participant> participants = selected(store, filter);
    const QJsonObject head{
        {QStringLiteral("format"), QStringLiteral("moodbiome-export")},
        {QStringLiteral("version"), 2}, // 2: the keys of the JSON vocabulary
        {QStringLiteral("exported_utc"), isoUtc(clock().nowUtc())},
        // The head of the audit chain the data come from: verify --anchor EVENTS:HEAD checks the database later.
        {QStringLiteral("audit_chain"), ChainAnchor::head(store.database()).toJson()},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("participant"),
                      filter.participantCode.isEmpty() ? QJsonValue() : QJsonValue(filter.participantCode)},
                     {QStringLiteral("from"), dateOrNull(filter.from)},
                     {QStringLiteral("to"), dateOrNull(filter.to)}}}};
    const QString opening = compact(head);
    writer.write(opening.left(opening.size() - 1) + u",\n"); // the head's members, the object left open
    ArrayWriter measures(writer, "measures");
    for (const Measure& m : store.measures().list())
        measures.add(measureJson(m));
    measures.close();

    ArrayWriter list(writer, "participants");
    for (const Participant& p : participants)
        list.add(participantJson(p, filter.includeNames));
    list.close();

    const QMap<qint64, QString> tagNames = tagNamesOf(store);
    ArrayWriter entries(writer, "entries");
    for (const Participant& p : participants) {
        const QList<JournalEntry> all = store.journal().exportable(p.id, p.code); // newest first
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            if (filter.contains(it->date)) {
                entries.add(entryJson(p.code, *it, tagNames));
                writer.countRow();
            }
    }
    entries.close();

    const QDate today = clock().today();
    ArrayWriter interventions(writer, "interventions");
    for (const Participant& p : participants)
        for (const Intervention& i : store.interventions().exportable(p.id, p.code))
            if ((!filter.to.isValid() || i.start <= filter.to) &&
                (!filter.from.isValid() || i.lastDay(today) >= filter.from)) {
                interventions.add(interventionJson(store, p.code, i, filter));
                writer.countRow();
            }
    interventions.close();

    ArrayWriter responses(writer, "questionnaire_responses");
    for (const Participant& p : participants) {
        const QList<QuestionnaireResponse> all = store.questionnaires().exportable(p.id, p.code); // newest first
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            if (filter.contains(it->date)) {
                responses.add(responseJson(p.code, *it));
                writer.countRow();
            }
    }
    responses.close(true);
    writer.write(QStringLiteral("}\n"));
}

} // namespace mb
